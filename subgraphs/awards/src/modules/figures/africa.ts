/**
 * Sub-Saharan Africa as the United Nations geoscheme (M49 region 202) lists it, by ISO 3166-1 alpha-2 code:
 * the classification the published figures use ("projects carried by sub-Saharan nationals").
 */
export const SUB_SAHARAN_AFRICA: readonly string[] = [
  // Eastern Africa
  'BI', 'KM', 'DJ', 'ER', 'ET', 'KE', 'MG', 'MW', 'MU', 'YT', 'MZ', 'RE', 'RW', 'SC', 'SO', 'SS', 'UG', 'TZ', 'ZM', 'ZW', 'IO', 'TF',
  // Middle Africa
  'AO', 'CM', 'CF', 'TD', 'CG', 'CD', 'GQ', 'GA', 'ST',
  // Southern Africa
  'BW', 'SZ', 'LS', 'NA', 'ZA',
  // Western Africa
  'BJ', 'BF', 'CV', 'CI', 'GM', 'GH', 'GN', 'GW', 'LR', 'ML', 'MR', 'NE', 'NG', 'SH', 'SN', 'SL', 'TG',
];
