import { defineLoader, defineTableLoaders, loadByIds, loadGrouped } from '@cooplab/kit';
import { Award, Edition, EditionSponsor } from './award.entity.js';

const awards = defineTableLoaders(Award);
/** Awards are a handful: read once per request. */
export const awardById = awards('id');
export const awardByCode = awards('code');

export const editionById = defineLoader<string, Edition | null>((em, ids) => loadByIds(em, Edition, ids));

/** An award's editions, by year. */
export const editionsOfAward = defineLoader<string, Edition[]>((em, ids) => loadGrouped(em, Edition, 'award', ids, { orderBy: { year: 'asc' } }));

/** An edition's sponsors, in their order. */
export const sponsorsOfEdition = defineLoader<string, EditionSponsor[]>((em, ids) =>
  loadGrouped(em, EditionSponsor, 'edition', ids, { orderBy: { position: 'asc' } }),
);

export const sponsorById = defineLoader<string, EditionSponsor | null>((em, ids) => loadByIds(em, EditionSponsor, ids));
