import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@cooplab/kit/testing';
import { awardsSubgraph } from '../src/subgraph.js';
import { demoWorld } from '@cooplab/world';

let awards: TestSubgraph;
beforeAll(async () => {
  awards = await startTestSubgraph(awardsSubgraph, inject('postgresUrl'), { seed: true });
});
afterAll(async () => {
  await awards?.stop();
});

describe('the demo data (the world’s awards slice)', () => {
  it('F6 in the subgraph: 288 + 139 applications, 39 winners, 4 carried by sub-Saharan nationals of 5 countries', async () => {
    const res = await awards.query<any>(
      `{ award(code: "JIL-MOUTADAMINE") { edition(year: 2022) { prizeCount figures { applicationsByCooperatives applicationsByProjectHolders projectHolders winners } subSaharanWinners { winners countries { code } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const e = res.data.award.edition;
    expect(e.figures).toMatchObject({ applicationsByCooperatives: 288, applicationsByProjectHolders: 139, winners: 39 });
    expect(e.figures.projectHolders).toBe(140);
    expect(e.subSaharanWinners).toEqual({ winners: 4, countries: ['CI', 'CV', 'GM', 'GN', 'SN'].map((code) => ({ code })) });
  });

  it('every demo application meets its edition’s rules as its status says', async () => {
    const slice = demoWorld().awards;
    const { checkEligibility } = await import('../src/modules/application/eligibility.rules.js');
    const editions = new Map(slice.editions.map((e) => [e.id, e]));
    for (const a of slice.applications) {
      const e = editions.get(a.editionId)!;
      const result = checkEligibility(e.rules as never, { kind: a.kind as never, countryCode: a.countryCode, womenOnly: a.womenOnly, registeredOn: a.registeredOn, holderBirthDates: a.holders.map((h) => h.birthDate) }, e.closesOn);
      expect(result.eligible, `${a.applicantName} in ${e.year}`).toBe(a.status !== 'INELIGIBLE');
    }
  });
});
