import { expect } from 'vitest';
import type { TestSubgraph } from '@cooplab/kit/testing';

const EVERY = '00000000-0000-0000-0000-000000000000';

/** "Every programme" and "every year" where a grouping set rolled the column up. */
const program = `coalesce(program_id, '${EVERY}')`;
const year = `coalesce(year, 0)`;

/**
 * Each summary table the triggers maintain, and the same figures counted from scratch from the rows, as the
 * figures were counted before there were summaries (distinct cooperatives and trainers per group, the most
 * people a cooperative sent to one session of the group): one text key and one text of counts per row.
 */
const TABLES: Record<string, { maintained: string; scratch: string }> = {
  figures_by_place: {
    maintained: `select program_id || '/' || year || '/' || country_code || '/' || region_code as key,
                        concat_ws(' ', enrolled, trained, women_trained, men_trained, coached, coaching_sessions) as counts
                   from figures_by_place where enrolled + trained + coached + coaching_sessions + women_trained + men_trained > 0`,
    scratch: `with enrolment as (
                select b.country_code, coalesce(b.region_code, '') as region_code, c.program_id, extract(year from e.applied_on)::int as year, e.cooperative_id
                  from enrollment e join cohort c on c.id = e.cohort_id join beneficiary b on b.cooperative_id = e.cooperative_id where e.status <> 'WITHDRAWN'
              ), attendance as (
                select b.country_code, coalesce(b.region_code, '') as region_code, c.program_id, extract(year from s.held_on)::int as year, a.cooperative_id,
                       a.participants_women as women, a.participants_men as men
                  from training_attendance a join training_session s on s.id = a.session_id join cohort c on c.id = s.cohort_id
                  join beneficiary b on b.cooperative_id = a.cooperative_id
              ), coaching as (
                select b.country_code, coalesce(b.region_code, '') as region_code, cs.program_id, extract(year from cs.held_on)::int as year, cs.cooperative_id, cs.id
                  from coaching_session cs join beneficiary b on b.cooperative_id = cs.cooperative_id
              ), enrolled as (
                select country_code, region_code, ${program} as program_id, ${year} as year, count(distinct cooperative_id) as enrolled
                  from enrolment group by country_code, region_code, grouping sets ((program_id, year), (program_id), (year), ())
              ), trained as (
                select country_code, region_code, program_id, year, count(*) as trained, sum(women) as women, sum(men) as men from (
                  select country_code, region_code, ${program} as program_id, ${year} as year, cooperative_id, max(women) as women, max(men) as men
                    from attendance group by country_code, region_code, cooperative_id, grouping sets ((program_id, year), (program_id), (year), ())
                ) per_cooperative group by 1, 2, 3, 4
              ), coached as (
                select country_code, region_code, ${program} as program_id, ${year} as year, count(distinct cooperative_id) as coached, count(distinct id) as sessions
                  from coaching group by country_code, region_code, grouping sets ((program_id, year), (program_id), (year), ())
              )
              select program_id || '/' || year || '/' || country_code || '/' || region_code as key,
                     concat_ws(' ', coalesce(enrolled, 0), coalesce(trained, 0), coalesce(women, 0), coalesce(men, 0), coalesce(coached, 0), coalesce(sessions, 0)) as counts
                from enrolled full join trained using (country_code, region_code, program_id, year) full join coached using (country_code, region_code, program_id, year)`,
  },
  figures_by_cohort: {
    maintained: `select cohort_id || '/' || year as key, concat_ws(' ', enrolled, trained, women_trained, men_trained, coached, coaching_sessions) as counts
                   from figures_by_cohort where enrolled + trained + coached + coaching_sessions + women_trained + men_trained > 0`,
    scratch: `with enrolled as (
                select cohort_id, ${year} as year, count(distinct cooperative_id) as enrolled
                  from (select e.cohort_id, extract(year from e.applied_on)::int as year, e.cooperative_id from enrollment e where e.status <> 'WITHDRAWN') e
                 group by cohort_id, grouping sets ((year), ())
              ), trained as (
                select cohort_id, year, count(*) as trained, sum(women) as women, sum(men) as men from (
                  select cohort_id, ${year} as year, cooperative_id, max(women) as women, max(men) as men
                    from (select s.cohort_id, extract(year from s.held_on)::int as year, a.cooperative_id, a.participants_women as women, a.participants_men as men
                            from training_attendance a join training_session s on s.id = a.session_id) a
                   group by cohort_id, cooperative_id, grouping sets ((year), ())
                ) per_cooperative group by 1, 2
              ), coached as (
                select cohort_id, ${year} as year, count(distinct cooperative_id) as coached, count(distinct id) as sessions
                  from (select c.id as cohort_id, extract(year from cs.held_on)::int as year, cs.cooperative_id, cs.id
                          from coaching_session cs join enrollment e on e.cooperative_id = cs.cooperative_id and e.status <> 'WITHDRAWN'
                          join cohort c on c.id = e.cohort_id and c.program_id = cs.program_id) cs
                 group by cohort_id, grouping sets ((year), ())
              )
              select cohort_id || '/' || year as key,
                     concat_ws(' ', coalesce(enrolled, 0), coalesce(trained, 0), coalesce(women, 0), coalesce(men, 0), coalesce(coached, 0), coalesce(sessions, 0)) as counts
                from enrolled full join trained using (cohort_id, year) full join coached using (cohort_id, year)`,
  },
  figures_of_certification: {
    maintained: `select tool || '/' || year || '/' || issuer_id || '/' || country_code as key, trainers::text as counts from figures_of_certification where trainers > 0`,
    scratch: `select coalesce(tool, '') || '/' || ${year} || '/' || coalesce(issuer_id, '${EVERY}') || '/' || country_code as key, count(distinct trainer_id)::text as counts
                from (select x.tool, extract(year from x.issued_on)::int as year, x.issuer_id, t.country_code, t.id as trainer_id
                        from certification x join trainer t on t.id = x.trainer_id where x.stored_status <> 'REVOKED') x
               group by country_code, cube (tool, year, issuer_id)`,
  },
};

async function read(t: TestSubgraph, sql: string): Promise<Record<string, string>> {
  const rows = await t.subgraph.db.orm.em.fork().getConnection().execute<{ key: string; counts: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.key, r.counts]));
}

/**
 * Every learning figure is read from sums the database maintains (triggers of the figures migrations): they must
 * equal the figures counted from scratch from the rows, for every place, programme, cohort, tool and year.
 */
export async function expectFiguresExact(t: TestSubgraph): Promise<void> {
  for (const [table, { maintained, scratch }] of Object.entries(TABLES)) {
    const [kept, counted] = await Promise.all([read(t, maintained), read(t, scratch)]);
    expect(Object.keys(counted).length, `${table} counts something`).toBeGreaterThan(0);
    expect(kept, table).toEqual(counted);
  }
}
