/**
 * Where the world happens: Morocco and its 12 regions (each with the provinces and communes its cooperatives
 * are registered in, and its main sectors), and the partner countries of South-South cooperation.
 */
import type { Sector, WorldCountry, WorldRegion } from './types.js';
import { L } from './util.js';

export const COUNTRIES: WorldCountry[] = [
  { code: 'MA', name: L('Maroc', 'المغرب', 'Morocco') },
  { code: 'CI', name: L("Côte d'Ivoire", 'كوت ديفوار', "Côte d'Ivoire") },
  { code: 'CV', name: L('Cap-Vert', 'الرأس الأخضر', 'Cape Verde') },
  { code: 'GM', name: L('Gambie', 'غامبيا', 'Gambia') },
  { code: 'GN', name: L('Guinée', 'غينيا', 'Guinea') },
  { code: 'IN', name: L('Inde', 'الهند', 'India') },
  { code: 'MG', name: L('Madagascar', 'مدغشقر', 'Madagascar') },
  { code: 'MW', name: L('Malawi', 'مالاوي', 'Malawi') },
  { code: 'SN', name: L('Sénégal', 'السنغال', 'Senegal') },
  { code: 'ZW', name: L('Zimbabwe', 'زيمبابوي', 'Zimbabwe') },
];

export type Place = readonly [province: string, communeFr: string, communeAr: string];
export interface RegionProfile {
  region: WorldRegion;
  count: number;
  places: Place[];
  sectors: readonly (readonly [Sector, number])[];
}

export const REGION_PROFILES: RegionProfile[] = [
  {
    region: { code: 'MA-01', name: L('Tanger-Tétouan-Al Hoceïma', 'طنجة تطوان الحسيمة', 'Tangier-Tetouan-Al Hoceima'), capital: 'Tanger', latitude: 35.7595, longitude: -5.834 },
    count: 60,
    places: [['Chefchaouen', 'Chefchaouen', 'شفشاون'], ['Ouezzane', 'Ouezzane', 'وزان'], ['Larache', 'Ksar El Kébir', 'القصر الكبير'], ['Al Hoceïma', 'Imzouren', 'إمزورن'], ['Tétouan', 'Oued Laou', 'واد لاو']],
    sectors: [['AGRICULTURE', 3], ['FOOD_PROCESSING', 2], ['HANDICRAFT', 2], ['BEEKEEPING', 1], ['FISHING', 1], ['TEXTILE', 1]],
  },
  {
    region: { code: 'MA-02', name: L("L'Oriental", 'الشرق', 'Oriental'), capital: 'Oujda', latitude: 34.6814, longitude: -1.9086 },
    count: 70,
    places: [['Figuig', 'Figuig', 'فجيج'], ['Berkane', 'Berkane', 'بركان'], ['Jerada', 'Jerada', 'جرادة'], ['Taourirt', 'Debdou', 'دبدو'], ['Nador', 'Zaïo', 'زايو']],
    sectors: [['AGRICULTURE', 3], ['LIVESTOCK', 2], ['AROMATIC_AND_MEDICINAL_PLANTS', 2], ['FOOD_PROCESSING', 2], ['HANDICRAFT', 1]],
  },
  {
    region: { code: 'MA-03', name: L('Fès-Meknès', 'فاس مكناس', 'Fez-Meknes'), capital: 'Fès', latitude: 34.0181, longitude: -5.0078 },
    count: 90,
    places: [['Meknès', 'Meknès', 'مكناس'], ['Sefrou', 'Sefrou', 'صفرو'], ['Ifrane', 'Azrou', 'أزرو'], ['Taounate', 'Taounate', 'تاونات'], ['Boulemane', 'Missour', 'ميسور'], ['Fès', 'Fès', 'فاس']],
    sectors: [['AGRICULTURE', 3], ['FOOD_PROCESSING', 2], ['HANDICRAFT', 2], ['DAIRY', 1], ['BEEKEEPING', 1], ['TEXTILE', 1], ['SERVICES', 1]],
  },
  {
    region: { code: 'MA-04', name: L('Rabat-Salé-Kénitra', 'الرباط سلا القنيطرة', 'Rabat-Sale-Kenitra'), capital: 'Rabat', latitude: 34.0209, longitude: -6.8416 },
    count: 55,
    places: [['Khémisset', 'Tiflet', 'تيفلت'], ['Kénitra', 'Mehdia', 'المهدية'], ['Sidi Kacem', 'Sidi Kacem', 'سيدي قاسم'], ['Salé', 'Salé', 'سلا'], ['Rabat', 'Rabat', 'الرباط']],
    sectors: [['FOOD_PROCESSING', 2], ['HANDICRAFT', 2], ['SERVICES', 2], ['DIGITAL', 1], ['AGRICULTURE', 2], ['DAIRY', 1]],
  },
  {
    region: { code: 'MA-05', name: L('Béni Mellal-Khénifra', 'بني ملال خنيفرة', 'Beni Mellal-Khenifra'), capital: 'Béni Mellal', latitude: 32.3373, longitude: -6.3498 },
    count: 75,
    places: [['Azilal', 'Azilal', 'أزيلال'], ['Khénifra', 'Khénifra', 'خنيفرة'], ['Béni Mellal', 'Béni Mellal', 'بني ملال'], ['Fquih Ben Salah', 'Fquih Ben Salah', 'الفقيه بن صالح'], ['Azilal', 'Aït Bouguemez', 'آيت بوكماز']],
    sectors: [['AGRICULTURE', 3], ['FOOD_PROCESSING', 2], ['HANDICRAFT', 2], ['BEEKEEPING', 1], ['DAIRY', 1], ['TOURISM', 1]],
  },
  {
    region: { code: 'MA-06', name: L('Casablanca-Settat', 'الدار البيضاء سطات', 'Casablanca-Settat'), capital: 'Casablanca', latitude: 33.5731, longitude: -7.5898 },
    count: 55,
    places: [['Settat', 'Settat', 'سطات'], ['El Jadida', 'El Jadida', 'الجديدة'], ['Berrechid', 'Berrechid', 'برشيد'], ['Sidi Bennour', 'Sidi Bennour', 'سيدي بنور'], ['Casablanca', 'Casablanca', 'الدار البيضاء']],
    sectors: [['FOOD_PROCESSING', 2], ['DAIRY', 2], ['TEXTILE', 2], ['SERVICES', 2], ['DIGITAL', 1], ['AGRICULTURE', 1]],
  },
  {
    region: { code: 'MA-07', name: L('Marrakech-Safi', 'مراكش آسفي', 'Marrakesh-Safi'), capital: 'Marrakech', latitude: 31.6295, longitude: -7.9811 },
    count: 110,
    places: [['Essaouira', 'Essaouira', 'الصويرة'], ['Al Haouz', 'Amizmiz', 'أمزميز'], ['Safi', 'Safi', 'آسفي'], ['Chichaoua', 'Chichaoua', 'شيشاوة'], ['El Kelâa des Sraghna', 'El Kelâa des Sraghna', 'قلعة السراغنة'], ['Al Haouz', 'Asni', 'أسني']],
    sectors: [['ARGAN', 3], ['HANDICRAFT', 3], ['AGRICULTURE', 2], ['AROMATIC_AND_MEDICINAL_PLANTS', 1], ['FOOD_PROCESSING', 2], ['TOURISM', 1]],
  },
  {
    region: { code: 'MA-08', name: L('Drâa-Tafilalet', 'درعة تافيلالت', 'Draa-Tafilalet'), capital: 'Errachidia', latitude: 31.9314, longitude: -4.4244 },
    count: 95,
    places: [['Tinghir', "Kelaat M'Gouna", 'قلعة مكونة'], ['Zagora', 'Zagora', 'زاكورة'], ['Errachidia', 'Erfoud', 'أرفود'], ['Ouarzazate', 'Taznakht', 'تازناخت'], ['Midelt', 'Midelt', 'ميدلت'], ['Errachidia', 'Rissani', 'الريصاني']],
    sectors: [['AGRICULTURE', 3], ['AROMATIC_AND_MEDICINAL_PLANTS', 2], ['HANDICRAFT', 2], ['FOOD_PROCESSING', 2], ['TOURISM', 1]],
  },
  {
    region: { code: 'MA-09', name: L('Souss-Massa', 'سوس ماسة', 'Souss-Massa'), capital: 'Agadir', latitude: 30.4278, longitude: -9.5981 },
    count: 120,
    places: [['Taroudant', 'Taliouine', 'تالوين'], ['Tiznit', 'Tiznit', 'تيزنيت'], ['Chtouka-Aït Baha', 'Aït Baha', 'آيت باها'], ['Agadir-Ida-Outanane', 'Imouzzer', 'إيموزار'], ['Taroudant', 'Taroudant', 'تارودانت'], ['Tata', 'Tata', 'طاطا']],
    sectors: [['ARGAN', 4], ['AGRICULTURE', 2], ['BEEKEEPING', 2], ['FOOD_PROCESSING', 2], ['HANDICRAFT', 1], ['AROMATIC_AND_MEDICINAL_PLANTS', 1]],
  },
  {
    region: { code: 'MA-10', name: L('Guelmim-Oued Noun', 'كلميم واد نون', 'Guelmim-Oued Noun'), capital: 'Guelmim', latitude: 28.987, longitude: -10.0574 },
    count: 40,
    places: [['Guelmim', 'Guelmim', 'كلميم'], ['Sidi Ifni', 'Sidi Ifni', 'سيدي إفني'], ['Tan-Tan', 'Tan-Tan', 'طانطان'], ['Assa-Zag', 'Assa', 'آسا']],
    sectors: [['LIVESTOCK', 2], ['FOOD_PROCESSING', 2], ['ARGAN', 1], ['HANDICRAFT', 2], ['FISHING', 1]],
  },
  {
    region: { code: 'MA-11', name: L('Laâyoune-Sakia El Hamra', 'العيون الساقية الحمراء', 'Laayoune-Sakia El Hamra'), capital: 'Laâyoune', latitude: 27.1253, longitude: -13.1625 },
    count: 35,
    places: [['Laâyoune', 'Laâyoune', 'العيون'], ['Boujdour', 'Boujdour', 'بوجدور'], ['Es-Semara', 'Es-Semara', 'السمارة'], ['Tarfaya', 'Tarfaya', 'طرفاية']],
    sectors: [['FISHING', 2], ['LIVESTOCK', 2], ['HANDICRAFT', 2], ['FOOD_PROCESSING', 1], ['SERVICES', 1]],
  },
  {
    region: { code: 'MA-12', name: L('Dakhla-Oued Ed-Dahab', 'الداخلة وادي الذهب', 'Dakhla-Oued Ed-Dahab'), capital: 'Dakhla', latitude: 23.6848, longitude: -15.958 },
    count: 35,
    places: [['Oued Ed-Dahab', 'Dakhla', 'الداخلة'], ['Aousserd', 'Bir Gandouz', 'بئر كندوز'], ['Oued Ed-Dahab', 'El Argoub', 'العركوب']],
    sectors: [['FISHING', 3], ['FOOD_PROCESSING', 2], ['LIVESTOCK', 1], ['HANDICRAFT', 1], ['TOURISM', 1]],
  },
];

/** The partner countries of South-South cooperation, with their cooperatives of the demo world. */
export const ABROAD: { country: string; phone: string; towns: string[]; count: number }[] = [
  { country: 'SN', phone: '+221', towns: ['Thiès', 'Kaolack', 'Ziguinchor'], count: 5 },
  { country: 'CI', phone: '+225', towns: ['Bouaké', 'Korhogo', 'Yamoussoukro'], count: 5 },
  { country: 'GN', phone: '+224', towns: ['Kindia', 'Labé', 'Kankan'], count: 4 },
  { country: 'MW', phone: '+265', towns: ['Lilongwe', 'Zomba', 'Mzuzu'], count: 4 },
  { country: 'CV', phone: '+238', towns: ['Praia', 'Mindelo'], count: 3 },
  { country: 'ZW', phone: '+263', towns: ['Bulawayo', 'Mutare'], count: 3 },
  { country: 'IN', phone: '+91', towns: ['Ahmedabad', 'Pune'], count: 3 },
  { country: 'GM', phone: '+220', towns: ['Brikama', 'Banjul'], count: 3 },
  { country: 'MG', phone: '+261', towns: ['Antsirabe', 'Fianarantsoa'], count: 3 },
];

