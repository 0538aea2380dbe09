import type { EntityManager } from '@mikro-orm/postgresql';
import type { SeedRun } from '@cooplab/kit';
import { PROGRAMS, cohortId, type World } from '@cooplab/world';
import { Application, ProjectHolder } from '../modules/application/application.entity.js';
import { Award, Edition, EditionSponsor } from '../modules/award/award.entity.js';
import { JuryAssignment } from '../modules/jury/jury.entity.js';
import { Prize } from '../modules/prize/prize.entity.js';
import { buildAwardsSlice, type AwardsSlice, type DemoCooperativeFacts } from './demo.js';

/**
 * The awards slice of a world: its cooperatives as the slice reads them, and the first call's 8 women's
 * cooperatives (F9) from the world's learning slice, so that both subgraphs name the same cooperatives.
 */
export function awardsSliceOf(world: World): AwardsSlice {
  const facts: DemoCooperativeFacts[] = world.cooperatives.map((c) => ({
    registryNumber: c.registryNumber,
    name: c.name.fr,
    countryCode: c.countryCode,
    regionCode: c.regionCode,
    foundedOn: c.foundedOn,
    womenOnly: c.membersTotal > 0 && c.membersWomen === c.membersTotal,
    youthLed: c.membersYouth * 2 > c.membersTotal,
  }));
  const byId = new Map(world.cooperatives.map((c) => [c.id, c]));
  const firstCallCohort = world.learning.cohorts.find((c) => c.programCode === PROGRAMS.firstCall)?.id ?? cohortId('first-call-2020');
  const firstCall = world.learning.enrollments.filter((e) => e.cohortId === firstCallCohort).map((e) => byId.get(e.cooperativeId)!.registryNumber);
  return buildAwardsSlice(facts, firstCall);
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

/** Loads the world's awards slice (into an empty database only, unless merging). */
export async function seedAwards(run: SeedRun): Promise<boolean> {
  if (run.mode === 'if-empty' && (await run.em.count(Award, {})) > 0) return false;
  const slice = awardsSliceOf(run.world);
  await loadAwardsSlice(run.em, slice);
  run.log.info('awards data loaded', { editions: slice.editions.length, applications: slice.applications.length, prizes: slice.prizes.length });
  return true;
}
