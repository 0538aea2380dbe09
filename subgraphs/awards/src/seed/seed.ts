import type { EntityManager } from '@mikro-orm/postgresql';
import { MOURAFAKA_REGIONS, demoCatalog } from '@cooplab/catalog';
import type { Logger } from '@cooplab/kit';
import { Application, ProjectHolder } from '../modules/application/application.entity.js';
import { Award, Edition, EditionSponsor } from '../modules/award/award.entity.js';
import { JuryAssignment } from '../modules/jury/jury.entity.js';
import { Prize } from '../modules/prize/prize.entity.js';
import { buildAwardsSlice, type AwardsSlice, type DemoCooperativeFacts } from './demo.js';

/**
 * The world's cooperatives as the awards slice reads them, and the first call's 8 women's cooperatives (F9).
 * Until the world workspace lands this reads the catalog's demo data and picks the first call the way the
 * learning seed does (the Mourafaka cohort first, then 8 women's cooperatives founded before 8 March 2020);
 * with the world it reads `world.learning` instead, so that both subgraphs name the same cooperatives.
 */
export function demoAwardsSlice(): AwardsSlice {
  const coops = [...demoCatalog().cooperatives].sort((a, b) => a.registryNumber.localeCompare(b.registryNumber));
  const facts: DemoCooperativeFacts[] = coops.map((c) => ({
    registryNumber: c.registryNumber,
    name: c.name.fr,
    countryCode: c.countryCode,
    regionCode: c.regionCode,
    foundedOn: c.foundedOn,
    womenOnly: c.membersTotal > 0 && c.membersWomen === c.membersTotal,
    youthLed: c.membersYouth * 2 > c.membersTotal,
  }));
  const womenOnly = (c: (typeof coops)[number]) => c.membersTotal > 0 && c.membersWomen === c.membersTotal;
  const mourafaka = new Set(
    coops
      .filter((c) => c.countryCode === 'MA' && MOURAFAKA_REGIONS.includes(c.regionCode ?? '') && c.foundedOn >= '2020-01-01' && c.foundedOn <= '2022-12-31')
      .slice(0, 243)
      .map((c) => c.registryNumber),
  );
  const firstCall = coops.filter((c) => !mourafaka.has(c.registryNumber) && c.countryCode === 'MA' && womenOnly(c) && c.foundedOn < '2020-03-08').slice(0, 8);
  return buildAwardsSlice(facts, firstCall.map((c) => c.registryNumber));
}

async function insertChunks(em: EntityManager, entity: new () => object, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await em.insertMany(entity, rows.slice(i, i + 1000) as never[]);
}

/** Loads a slice into an empty database with bulk inserts, in one transaction. */
export async function loadAwardsSlice(em: EntityManager, slice: AwardsSlice): Promise<void> {
  await em.transactional(async (tx) => {
    await insertChunks(tx, Award, slice.awards.map((a) => ({ id: a.id, code: a.code, name_fr: a.name.fr, name_ar: a.name.ar, name_en: a.name.en, purpose_fr: a.purpose.fr, purpose_ar: a.purpose.ar, purpose_en: a.purpose.en, target: a.target })));
    await insertChunks(tx, Edition, slice.editions.map(({ sponsors: _s, awardId, decidedAt, ...e }) => ({ ...e, award: awardId, decidedAt: decidedAt ? new Date(decidedAt) : null, decidedBy: decidedAt ? 'staff-demo' : null })));
    await insertChunks(tx, EditionSponsor, slice.editions.flatMap((e) => e.sponsors.map((s) => ({ ...s, edition: e.id }))));
    await insertChunks(tx, Application, slice.applications.map(({ holders: _h, editionId, submittedAt, ...a }) => ({ ...a, edition: editionId, submittedAt: new Date(submittedAt), createdBy: 'staff-demo' })));
    await insertChunks(tx, ProjectHolder, slice.applications.flatMap((a) => a.holders.map((h, position) => ({ ...h, application: a.id, position, phone: null }))));
    await insertChunks(tx, Prize, slice.prizes.map(({ editionId, applicationId, sponsorId, ...p }) => ({ ...p, edition: editionId, application: applicationId, sponsor: sponsorId })));
    await insertChunks(tx, JuryAssignment, slice.assignments.map(({ applicationId, ...a }) => ({ ...a, application: applicationId })));
  });
}

/** Loads the demo data into an empty database. Returns false if there is data already. */
export async function seedAwards(em: EntityManager, log: Logger): Promise<boolean> {
  if ((await em.count(Award, {})) > 0) return false;
  const slice = demoAwardsSlice();
  await loadAwardsSlice(em, slice);
  log.info('awards demo data', { editions: slice.editions.length, applications: slice.applications.length, prizes: slice.prizes.length });
  return true;
}
