import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AWARDS, AWARDS_SCALE_TARGETS, PROGRAMS, REGIONAL_PROGRAM, SCALE_TARGETS, awardId, buildWorld, demoWorld, programId, type World } from '../src/index.js';

const demo = demoWorld();
const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const country = new Map(demo.cooperatives.map((c) => [c.id, c.countryCode]));

/** The figures of a programme as the learning subgraph counts them, from the world's records. */
function programFigures(w: World, code: string) {
  const l = w.learning;
  const program = l.programs.find((p) => p.code === code)!;
  const cohorts = new Set(l.cohorts.filter((c) => c.programId === program.id).map((c) => c.id));
  const sessions = new Set(l.trainingSessions.filter((s) => cohorts.has(s.cohortId)).map((s) => s.id));
  const mostWomen = new Map<string, number>();
  for (const a of l.attendance) if (sessions.has(a.sessionId)) mostWomen.set(a.cooperativeId, Math.max(mostWomen.get(a.cooperativeId) ?? 0, a.participantsWomen));
  const enrolled = new Set(l.enrollments.filter((e) => cohorts.has(e.cohortId) && e.status !== 'WITHDRAWN').map((e) => e.cooperativeId));
  const coaching = l.coachingSessions.filter((s) => s.programId === program.id);
  return {
    program,
    enrolled,
    trained: mostWomen.size,
    womenTrained: [...mostWomen.values()].reduce((s, n) => s + n, 0),
    coached: new Set(coaching.map((s) => s.cooperativeId)).size,
    coachingSessions: coaching.length,
    cohorts: l.cohorts.filter((c) => c.programId === program.id),
  };
}

describe('the published figures at demo size', () => {
  it('F4: South-South cooperation supported 33 cooperatives of 9 countries and trained 1,500 women', () => {
    const f = programFigures(demo, PROGRAMS.southSouth);
    expect(f.enrolled.size).toBe(33);
    expect(new Set([...f.enrolled].map((id) => country.get(id))).size).toBe(9);
    expect([...new Set([...f.enrolled].map((id) => country.get(id)))].sort()).toEqual(['CI', 'CV', 'GM', 'GN', 'IN', 'MG', 'MW', 'SN', 'ZW']);
    expect(f.trained).toBe(33);
    expect(f.womenTrained).toBe(1500);
  });

  it('F7: Mourafaka reaches its target of 600 in three phases over the 12 regions; its first cohort is 243 cooperatives in 4 regions', () => {
    const f = programFigures(demo, PROGRAMS.mourafaka);
    expect(f.program.targetCooperatives).toBe(600);
    expect(f.enrolled.size).toBe(600);
    expect(f.cohorts.map((c) => c.regionCodes.length)).toEqual([4, 4, 4]);
    expect(new Set(f.cohorts.flatMap((c) => c.regionCodes)).size).toBe(12);
    const first = f.cohorts[0]!;
    expect(demo.learning.enrollments.filter((e) => e.cohortId === first.id)).toHaveLength(243);
    const byId = new Map(demo.cooperatives.map((c) => [c.id, c]));
    for (const cohort of f.cohorts) {
      for (const e of demo.learning.enrollments.filter((x) => x.cohortId === cohort.id)) {
        const c = byId.get(e.cooperativeId)!;
        expect(cohort.regionCodes).toContain(c.regionCode);
        // Newly created cooperatives: of 2020–2022 for the first cohort (as published), before their phase for the others.
        expect(c.foundedOn >= '2020-01-01', c.registryNumber).toBe(true);
        expect(c.foundedOn < (cohort === first ? '2023-01-01' : cohort.startsOn), c.registryNumber).toBe(true);
      }
    }
  });

  it('F11: more than 800 distinct cooperatives enrolled in at least one programme, Moroccan and of the partner countries', () => {
    const enrolled = new Set(demo.learning.enrollments.map((e) => e.cooperativeId));
    expect(enrolled.size).toBeGreaterThan(800);
    const countries = new Set([...enrolled].map((id) => country.get(id)));
    expect(countries.size).toBe(10);
  });

  it('names the programmes of the published material: BootCoop, the 2020 remote support, the training of advisers', () => {
    const boot = programFigures(demo, PROGRAMS.bootCoop);
    expect(boot).toMatchObject({ trained: 60, coached: 60, coachingSessions: 300 });
    const remote = programFigures(demo, PROGRAMS.remoteSupport);
    expect(remote.enrolled.size).toBe(36);
    const byId = new Map(demo.cooperatives.map((c) => [c.id, c]));
    for (const id of remote.enrolled) expect(['AGRICULTURE', 'ARGAN', 'AROMATIC_AND_MEDICINAL_PLANTS', 'BEEKEEPING', 'LIVESTOCK', 'DAIRY']).toContain(byId.get(id)!.sector);
    const advisers = programFigures(demo, PROGRAMS.advisers);
    expect(advisers.program.kind).toBe('TRAINING_OF_TRAINERS');
    expect(advisers.cohorts[0]!.regionCodes).toHaveLength(12);
    expect(demo.learning.trainers.filter((t) => t.key.startsWith('adviser-'))).toHaveLength(24);
  });

  it('keeps the records of every collection unique by id', () => {
    const collections = { cooperatives: demo.cooperatives, products: demo.products, ...demo.learning, ...demo.awards };
    for (const [name, rows] of Object.entries(collections)) expect(new Set(rows.map((r) => r.id)).size, name).toBe(rows.length);
  });
});

describe('the scale size', () => {
  it('is deterministic and contains the demo world unchanged (small factor, with cohorts of its own)', () => {
    const small = buildWorld('scale', { factor: 0.06 });
    expect(hash(buildWorld('scale', { factor: 0.06 }))).toBe(hash(small));
    expectContainsDemo(small);
    expect(small.products.length).toBeGreaterThanOrEqual(SCALE_TARGETS.products * 0.06);
    expect(small.learning.enrollments.length).toBeGreaterThanOrEqual(SCALE_TARGETS.enrollments * 0.06);
    expect(small.learning.cohorts.some((c) => c.programCode === REGIONAL_PROGRAM)).toBe(true);
  });

  it('reaches a country: 60,000 cooperatives, 300,000 products, 20,000 enrolments with coaching, around the demo world', () => {
    const scale = buildWorld('scale');
    expect(scale.cooperatives.length).toBeGreaterThanOrEqual(SCALE_TARGETS.cooperatives);
    expect(scale.products.length).toBeGreaterThanOrEqual(SCALE_TARGETS.products);
    expect(scale.learning.enrollments.length).toBeGreaterThanOrEqual(SCALE_TARGETS.enrollments);
    // Every cooperative the scale size enrols is coached in its programme.
    const regional = programId(REGIONAL_PROGRAM);
    const cohorts = new Set(scale.learning.cohorts.filter((c) => c.programId === regional).map((c) => c.id));
    const coached = new Set(scale.learning.coachingSessions.filter((s) => s.programId === regional).map((s) => s.cooperativeId));
    const added = scale.learning.enrollments.filter((e) => cohorts.has(e.cohortId));
    expect(added.length).toBe(scale.learning.enrollments.length - demo.learning.enrollments.length);
    expect(added.filter((e) => !coached.has(e.cooperativeId))).toEqual([]);
    expect(new Set(scale.cooperatives.map((c) => c.registryNumber)).size).toBe(scale.cooperatives.length);
    expect(new Set(scale.products.map((p) => p.id)).size).toBe(scale.products.length);
    expectContainsDemo(scale);
    // The added cohorts belong to a programme of their own: the demo programmes keep their published figures.
    expect(programFigures(scale, PROGRAMS.coaching)).toMatchObject({ trained: 214, coached: 197, coachingSessions: 2681 });
    expect(programFigures(scale, PROGRAMS.southSouth)).toMatchObject({ womenTrained: 1500 });
    // Awards: 10,000 applications more, in an award of their own, one edition under review with 1,200 shortlisted
    // applications scored by 5 jurors each; the demo awards keep their editions.
    const awards = scale.awards;
    expect(awards.applications.length - demo.awards.applications.length).toBeGreaterThanOrEqual(AWARDS_SCALE_TARGETS.applications);
    const scaleEditions = new Set(awards.editions.filter((e) => e.awardId === awardId(AWARDS.scale)).map((e) => e.id));
    expect(awards.editions.filter((e) => !scaleEditions.has(e.id))).toEqual(demo.awards.editions);
    const review = awards.editions.find((e) => scaleEditions.has(e.id) && e.status === 'REVIEW')!;
    const shortlist = awards.applications.filter((x) => x.editionId === review.id && x.status === 'SHORTLISTED');
    expect(shortlist.length).toBe(AWARDS_SCALE_TARGETS.reviewShortlist);
    const jurors = new Map<string, number>();
    for (const j of awards.juryAssignments) jurors.set(j.applicationId, (jurors.get(j.applicationId) ?? 0) + 1);
    for (const x of shortlist) expect(jurors.get(x.id)).toBe(5);
    expect(awards.juryScores.length).toBe(shortlist.length * 5 * review.criteria.length);
    const registry = new Set(scale.cooperatives.map((c) => c.id));
    expect(awards.applications.every((x) => !x.cooperativeId || registry.has(x.cooperativeId))).toBe(true);
    expect(new Set(awards.applications.map((x) => `${x.editionId}|${x.applicantKey}`)).size).toBe(awards.applications.length);
  });
});

/** Every record of the demo world is in `w`, with the same values. */
function expectContainsDemo(w: World) {
  const same = <T extends { id: string }>(name: string, big: T[], small: T[]) => {
    const byId = new Map(big.map((r) => [r.id, r]));
    for (const r of small) expect(byId.get(r.id), `${name} ${r.id}`).toEqual(r);
  };
  expect(w.countries).toEqual(demo.countries);
  expect(w.regions).toEqual(demo.regions);
  expect(w.organizations).toEqual(demo.organizations);
  same('cooperative', w.cooperatives, demo.cooperatives);
  same('product', w.products, demo.products);
  for (const key of Object.keys(demo.learning) as (keyof World['learning'])[]) same(key, w.learning[key] as { id: string }[], demo.learning[key] as { id: string }[]);
  for (const key of Object.keys(demo.awards) as (keyof World['awards'])[]) same(key, w.awards[key] as { id: string }[], demo.awards[key] as { id: string }[]);
  expect(programId(PROGRAMS.mourafaka)).toBe(demo.learning.programs.find((p) => p.code === 'MOURAFAKA')!.id);
}
