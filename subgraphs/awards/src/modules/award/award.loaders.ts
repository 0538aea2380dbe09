import { defineLoader, defineTableLoaders, loadGrouped } from '@cooplab/kit';
import { Award, Edition, EditionSponsor } from './award.entity.js';

const awards = defineTableLoaders(Award);
/** Awards are a handful: read once per request. */
export const awardById = awards('id');
export const awardByCode = awards('code');

/**
 * Editions (a few a year) and their sponsors are small tables, read once per request: a by-id loader would cost
 * one query per moment the branches of a query ask (a cooperative's applications and prizes both name editions),
 * which varies with their timing.
 */
export const editionById = defineTableLoaders(Edition)('id');

/** An award's editions, by year. */
export const editionsOfAward = defineLoader<string, Edition[]>((em, ids) => loadGrouped(em, Edition, 'award', ids, { orderBy: { year: 'asc' } }));

/** An edition's sponsors, in their order. */
export const sponsorsOfEdition = defineLoader<string, EditionSponsor[]>((em, ids) =>
  loadGrouped(em, EditionSponsor, 'edition', ids, { orderBy: { position: 'asc' } }),
);

export const sponsorById = defineTableLoaders(EditionSponsor)('id');
