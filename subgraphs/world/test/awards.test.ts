import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AWARDS, DEMO_JUROR, PROGRAMS, buildWorld, demoWorld, editionId, organizationId } from '../src/index.js';

const demo = demoWorld();
const a = demo.awards;
const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const edition = (code: string, year: number) => a.editions.find((e) => e.id === editionId(code, year))!;
const prizesOf = (id: string) => a.prizes.filter((p) => p.editionId === id).sort((x, y) => x.rank - y.rank);
const sponsorOf = (e: ReturnType<typeof edition>, sponsorId: string) => e.sponsors.find((s) => s.id === sponsorId)!;
const applicationById = new Map(a.applications.map((x) => [x.id, x]));

describe('the awards slice at demo size', () => {
  it('is deterministic and its records are unique by id', () => {
    expect(hash(buildWorld('demo').awards)).toBe(hash(a));
    for (const [name, rows] of Object.entries(a)) expect(new Set((rows as { id: string }[]).map((r) => r.id)).size, name).toBe(rows.length);
    const perApplicant = new Set(a.applications.map((x) => `${x.editionId}|${x.applicantKey}`));
    expect(perApplicant.size).toBe(a.applications.length);
  });

  it('F5: Lalla Al Moutaaouina, 50,000 MAD per prize; the OCP Foundation funds 8 winners a year, 24 over 2020–2022', () => {
    const ocp = organizationId('ocp-foundation');
    let foundation = 0;
    for (const year of [2020, 2021, 2022]) {
      const e = edition(AWARDS.lalla, year);
      expect(e.status).toBe('CLOSED');
      const prizes = prizesOf(e.id);
      expect(prizes).toHaveLength(e.prizeCount);
      for (const p of prizes) expect(p.amountCentimes).toBe(5_000_000);
      const funded = prizes.filter((p) => sponsorOf(e, p.sponsorId).organizationId === ocp);
      expect(funded.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      foundation += funded.length;
    }
    expect(foundation).toBe(24);
    expect(edition(AWARDS.lalla, 2020).opensOn).toBe('2020-03-08');
  });

  it('F6: Jil Moutadamine 2022: 288 young cooperatives and 139 projects applied; 39 prizes; 4 carried by sub-Saharan nationals of 5 countries', () => {
    const e = edition(AWARDS.jil, 2022);
    const applications = a.applications.filter((x) => x.editionId === e.id);
    expect(applications.filter((x) => x.kind === 'COOPERATIVE')).toHaveLength(288);
    expect(applications.filter((x) => x.kind === 'PROJECT_HOLDERS')).toHaveLength(139);
    const winners = prizesOf(e.id).map((p) => applicationById.get(p.applicationId)!);
    expect(winners).toHaveLength(39);
    const subSaharan = winners.filter((w) => w.holders.some((h) => !['MA'].includes(h.nationality)));
    expect(subSaharan).toHaveLength(4);
    expect([...new Set(subSaharan.flatMap((w) => w.holders.map((h) => h.nationality)))].sort()).toEqual(['CI', 'CV', 'GM', 'GN', 'SN']);
  });

  it('F9: the first call’s 8 cooperatives (the learning slice’s) are the OCP-funded 2020 winners, ranks 1–8', () => {
    const cohorts = new Set(demo.learning.cohorts.filter((c) => c.programCode === PROGRAMS.firstCall).map((c) => c.id));
    const firstCall = demo.learning.enrollments.filter((x) => cohorts.has(x.cohortId)).map((x) => x.cooperativeId);
    expect(firstCall).toHaveLength(8);
    const e = edition(AWARDS.lalla, 2020);
    const top = prizesOf(e.id).slice(0, 8);
    expect(top.map((p) => applicationById.get(p.applicationId)!.cooperativeId)).toEqual(firstCall);
    for (const p of top) expect(sponsorOf(e, p.sponsorId).organizationId).toBe(organizationId('ocp-foundation'));
  });

  it('applies only with cooperatives of the registry; the 2025 shortlist is the demo juror’s', () => {
    const registry = new Set(demo.cooperatives.map((c) => c.id));
    for (const x of a.applications) if (x.cooperativeId) expect(registry.has(x.cooperativeId), x.applicantName).toBe(true);
    const shortlist = a.applications.filter((x) => x.editionId === editionId(AWARDS.lalla, 2025) && x.status === 'SHORTLISTED');
    expect(shortlist).toHaveLength(10);
    expect(a.juryAssignments.filter((j) => j.jurorSubject === DEMO_JUROR).map((j) => j.applicationId).sort()).toEqual(shortlist.map((x) => x.id).sort());
  });
});
