import { Migration } from '@mikro-orm/migrations';
import { Migration20261126120000_figures } from './Migration20261126120000_figures.js';

/** "Every programme" in `program_id` of the summaries, and "any issuer" in `issuer_id`. */
const EVERY = '00000000-0000-0000-0000-000000000000';

/** The counted columns of a cooperative and of their sums. */
const COUNTS = [
  'enrolled', // 1 for a cooperative with an enrolment not withdrawn
  'trained', // 1 for a cooperative that attended a training session
  'women_trained', // the most women it sent to one session
  'men_trained', // the most men it sent to one session
  'coached', // 1 for a cooperative that had a coaching session
  'coaching_sessions',
] as const;

const list = COUNTS.map((c) => `"${c}"`).join(', ');
const columns = COUNTS.map((c) => `"${c}" bigint not null`).join(', ');

/**
 * What a cooperative counts in each group of its facts, from `facts (cooperative_id, <keys>, enrolled, women, men,
 * sessions)`: one row per enrolment, attendance and coaching session. The maxima are taken within the group, so a
 * group's figures are those of the rows it holds (the most women sent to one session of that programme and year).
 */
const perCooperative = `max(enrolled) as enrolled, (count(women) > 0)::int as trained, coalesce(max(women), 0) as women_trained,
            coalesce(max(men), 0) as men_trained, (sum(sessions) > 0)::int as coached, sum(sessions) as coaching_sessions`;

interface Maintained {
  /** The per-owner table, its key and its columns (the key first). */
  members: string;
  owner: string;
  memberKey: string[];
  memberColumns: string[];
  /** The summary table, its key (member columns) and its columns as sums of member expressions. */
  summary: string;
  summaryKey: string[];
  sums: Record<string, string>;
}

/**
 * One statement that brings the rows of the owners in `ids` (cooperatives, trainers) in `members` to `fresh`
 * (a query of the member columns) and adds the difference to `summary`: the summary rows that change, each once,
 * in key order (so two transactions lock them in the same order and never deadlock on them), the others untouched.
 */
function maintain(m: Maintained, fresh: string): string {
  const cols = m.memberColumns.join(', ');
  const key = m.summaryKey.join(', ');
  const sums = Object.keys(m.sums);
  const same = m.memberKey.map((k) => `n.${k} = o.${k}`).join(' and ');
  const rest = m.memberColumns.filter((c) => !m.memberKey.includes(c));
  return `with old as (select ${cols} from ${m.members} where ${m.owner} = any(ids)),
       new as (${fresh}),
       dropped as (delete from ${m.members} o where o.${m.owner} = any(ids) and not exists (select 1 from new n where ${same})),
       kept as (insert into ${m.members} (${cols}) select ${cols} from new
                on conflict (${m.memberKey.join(', ')}) do update set ${rest.map((c) => `${c} = excluded.${c}`).join(', ')}),
       delta as (select ${key}, ${Object.entries(m.sums).map(([c, e]) => `sum(sign * ${e}) as ${c}`).join(', ')}
                   from (select 1 as sign, ${cols} from new union all select -1, ${cols} from old) d group by ${key})
  insert into ${m.summary} (${key}, ${sums.join(', ')})
  select ${key}, ${sums.join(', ')} from delta where ${sums.map((c) => `${c} <> 0`).join(' or ')} order by ${key}
  on conflict (${key}) do update set ${sums.map((c) => `${c} = ${m.summary}.${c} + excluded.${c}`).join(', ')};`;
}

const counted = Object.fromEntries(COUNTS.map((c) => [c, c]));

/**
 * Every learning figure answered from sums the database maintains, filtered or not (the first figures migration
 * kept only those over every programme and year):
 * - `figures_by_beneficiary`: what each cooperative counts per programme and year of the fact (`program_id` EVERY
 *   and `year` 0 for "every"), with its place; `figures_by_place`: their sums per place, programme and year. A
 *   region's, a country's or a programme's figures for any filter are a sum of at most one row per place.
 * - `figures_by_cohort_member` and `figures_by_cohort`: the same per cohort and year (a cohort's coaching is its
 *   members' coaching within its programme).
 * - `figures_by_certified_trainer` and `figures_of_certification`: the trainers holding a certification not revoked,
 *   per tool ('' for every tool), year of issue and issuer (EVERY for any), and how many per country.
 * Distinct counts stay exact: a cooperative (a trainer) has one row per group, so a group's sum counts it once,
 * and the rows of different places never share a cooperative (one place each).
 * Statement-level triggers recount the cooperatives (trainers) a statement touched, in its transaction: on
 * `beneficiary`, `enrollment`, `training_attendance` and `coaching_session` (those of the first migration, which
 * call `figures_recount`), on `training_session` and `cohort` (a session's date, a cohort's programme) and on
 * `certification` and `trainer` (a trainer's country). A recount first locks the cooperatives (trainers) it counts,
 * in id order, so that two transactions writing about one cooperative recount it one after the other, the second
 * from what the first committed; it then writes each summary row that changes once, in key order.
 */
export class Migration20261126130000_filtered_figures extends Migration {
  override async up(): Promise<void> {
    // The first migration's tables, keyed by cooperative (or place) alone: replaced by ones keyed by programme and year too.
    this.addSql(`drop table "figures_by_beneficiary";`);
    this.addSql(`drop table "figures_by_place";`);
    this.addSql(
      `create table "figures_by_beneficiary" ("cooperative_id" uuid not null, "program_id" uuid not null, "year" smallint not null, "country_code" varchar(2) not null, "region_code" varchar(6) not null, ${columns}, constraint "figures_by_beneficiary_pkey" primary key ("cooperative_id", "program_id", "year"));`,
    );
    this.addSql(
      `create table "figures_by_place" ("program_id" uuid not null, "year" smallint not null, "country_code" varchar(2) not null, "region_code" varchar(6) not null, ${columns}, constraint "figures_by_place_pkey" primary key ("program_id", "year", "country_code", "region_code"));`,
    );
    this.addSql(
      `create table "figures_by_cohort_member" ("cooperative_id" uuid not null, "cohort_id" uuid not null, "year" smallint not null, ${columns}, constraint "figures_by_cohort_member_pkey" primary key ("cooperative_id", "cohort_id", "year"));`,
    );
    this.addSql(`create table "figures_by_cohort" ("cohort_id" uuid not null, "year" smallint not null, ${columns}, constraint "figures_by_cohort_pkey" primary key ("cohort_id", "year"));`);
    this.addSql(
      `create table "figures_by_certified_trainer" ("trainer_id" uuid not null, "tool" text not null, "year" smallint not null, "issuer_id" uuid not null, "country_code" varchar(2) not null, constraint "figures_by_certified_trainer_pkey" primary key ("trainer_id", "tool", "year", "issuer_id"));`,
    );
    this.addSql(
      `create table "figures_of_certification" ("tool" text not null, "year" smallint not null, "issuer_id" uuid not null, "country_code" varchar(2) not null, "trainers" bigint not null, constraint "figures_of_certification_pkey" primary key ("tool", "year", "issuer_id", "country_code"));`,
    );

    this.addSql(`create or replace function "figures_recount"(ids uuid[]) returns void language plpgsql as $$
begin
  -- Recounts of one cooperative wait for each other (each then reads what the other committed).
  perform 1 from beneficiary where cooperative_id = any(ids) order by cooperative_id for no key update;
  -- Per programme and year, per programme, per year, and over all.
  ${maintain(
    {
      members: 'figures_by_beneficiary',
      owner: 'cooperative_id',
      memberKey: ['cooperative_id', 'program_id', 'year'],
      memberColumns: ['cooperative_id', 'program_id', 'year', 'country_code', 'region_code', ...COUNTS],
      summary: 'figures_by_place',
      summaryKey: ['program_id', 'year', 'country_code', 'region_code'],
      sums: counted,
    },
    `with facts as (
      select e.cooperative_id, c.program_id, extract(year from e.applied_on)::smallint as year, 1 as enrolled, null::int as women, null::int as men, 0 as sessions
        from enrollment e join cohort c on c.id = e.cohort_id where e.cooperative_id = any(ids) and e.status <> 'WITHDRAWN'
      union all
      select a.cooperative_id, c.program_id, extract(year from s.held_on)::smallint, 0, a.participants_women, a.participants_men, 0
        from training_attendance a join training_session s on s.id = a.session_id join cohort c on c.id = s.cohort_id where a.cooperative_id = any(ids)
      union all
      select cs.cooperative_id, cs.program_id, extract(year from cs.held_on)::smallint, 0, null, null, 1
        from coaching_session cs where cs.cooperative_id = any(ids)
    ), per_cooperative as (
      select cooperative_id, coalesce(program_id, '${EVERY}') as program_id, coalesce(year, 0) as year, ${perCooperative}
        from facts group by cooperative_id, grouping sets ((program_id, year), (program_id), (year), ())
    )
    select f.cooperative_id, f.program_id, f.year, b.country_code, coalesce(b.region_code, '') as region_code, ${list}
      from per_cooperative f join beneficiary b on b.cooperative_id = f.cooperative_id`,
  )}
  -- Per cohort and year, and per cohort: its members' enrolment, their attendance of its sessions, and their
  -- coaching within its programme.
  ${maintain(
    {
      members: 'figures_by_cohort_member',
      owner: 'cooperative_id',
      memberKey: ['cooperative_id', 'cohort_id', 'year'],
      memberColumns: ['cooperative_id', 'cohort_id', 'year', ...COUNTS],
      summary: 'figures_by_cohort',
      summaryKey: ['cohort_id', 'year'],
      sums: counted,
    },
    `with facts as (
      select e.cooperative_id, e.cohort_id, extract(year from e.applied_on)::smallint as year, 1 as enrolled, null::int as women, null::int as men, 0 as sessions
        from enrollment e where e.cooperative_id = any(ids) and e.status <> 'WITHDRAWN'
      union all
      select a.cooperative_id, s.cohort_id, extract(year from s.held_on)::smallint, 0, a.participants_women, a.participants_men, 0
        from training_attendance a join training_session s on s.id = a.session_id where a.cooperative_id = any(ids)
      union all
      select cs.cooperative_id, e.cohort_id, extract(year from cs.held_on)::smallint, 0, null, null, 1
        from coaching_session cs
        join enrollment e on e.cooperative_id = cs.cooperative_id and e.status <> 'WITHDRAWN'
        join cohort c on c.id = e.cohort_id and c.program_id = cs.program_id
       where cs.cooperative_id = any(ids)
    )
    select cooperative_id, cohort_id, coalesce(year, 0) as year, ${perCooperative}
      from facts group by cooperative_id, cohort_id, grouping sets ((year), ())`,
  )}
end $$;`);
    this.addSql(`create or replace function "figures_rebuild"() returns trigger language plpgsql as $$
begin
  delete from figures_by_beneficiary;
  delete from figures_by_place;
  delete from figures_by_cohort_member;
  delete from figures_by_cohort;
  perform figures_recount(array(select cooperative_id from beneficiary));
  return null;
end $$;`);

    // A session's date or cohort, a cohort's programme: what its attendants (members) count moves.
    this.addSql(`create function "figures_training_session_changed"() returns trigger language plpgsql as $$
begin
  perform figures_recount(array(
    select distinct a.cooperative_id from training_attendance a
     where a.session_id in (select n.id from new_rows n join old_rows o on o.id = n.id where (n.held_on, n.cohort_id) is distinct from (o.held_on, o.cohort_id))));
  return null;
end $$;`);
    this.addSql(
      `create trigger "training_session_figures_update" after update on "training_session" referencing old table as old_rows new table as new_rows for each statement execute function "figures_training_session_changed"();`,
    );
    this.addSql(`create function "figures_cohort_changed"() returns trigger language plpgsql as $$
begin
  perform figures_recount(array(
    with moved as (select n.id from new_rows n join old_rows o on o.id = n.id where n.program_id is distinct from o.program_id)
    select e.cooperative_id from enrollment e where e.cohort_id in (select id from moved)
    union
    select a.cooperative_id from training_attendance a join training_session s on s.id = a.session_id where s.cohort_id in (select id from moved)));
  return null;
end $$;`);
    this.addSql(
      `create trigger "cohort_figures_update" after update on "cohort" referencing old table as old_rows new table as new_rows for each statement execute function "figures_cohort_changed"();`,
    );

    // Certified trainers.
    this.addSql(`create function "figures_certification_recount"(ids uuid[]) returns void language plpgsql as $$
begin
  perform 1 from trainer where id = any(ids) order by id for no key update;
  ${maintain(
    {
      members: 'figures_by_certified_trainer',
      owner: 'trainer_id',
      memberKey: ['trainer_id', 'tool', 'year', 'issuer_id'],
      memberColumns: ['trainer_id', 'tool', 'year', 'issuer_id', 'country_code'],
      summary: 'figures_of_certification',
      summaryKey: ['tool', 'year', 'issuer_id', 'country_code'],
      sums: { trainers: '1' },
    },
    `with facts as (
      select x.trainer_id, x.tool, extract(year from x.issued_on)::smallint as year, x.issuer_id
        from certification x where x.trainer_id = any(ids) and x.stored_status <> 'REVOKED'
    ), per_trainer as (
      select trainer_id, coalesce(tool, '') as tool, coalesce(year, 0) as year, coalesce(issuer_id, '${EVERY}') as issuer_id
        from facts group by trainer_id, cube (tool, year, issuer_id)
    )
    select p.trainer_id, p.tool, p.year, p.issuer_id, t.country_code from per_trainer p join trainer t on t.id = p.trainer_id`,
  )}
end $$;`);
    this.addSql(`create function "figures_certification_rebuild"() returns trigger language plpgsql as $$
begin
  delete from figures_by_certified_trainer;
  delete from figures_of_certification;
  perform figures_certification_recount(array(select id from trainer));
  return null;
end $$;`);
    this.addSql(`create function "figures_certification_changed"() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform figures_certification_recount(array(select distinct trainer_id from new_rows));
  elsif tg_op = 'DELETE' then
    perform figures_certification_recount(array(select distinct trainer_id from old_rows));
  else
    perform figures_certification_recount(array(select trainer_id from new_rows union select trainer_id from old_rows));
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger "certification_figures_insert" after insert on "certification" referencing new table as new_rows for each statement execute function "figures_certification_changed"();`);
    this.addSql(
      `create trigger "certification_figures_update" after update on "certification" referencing old table as old_rows new table as new_rows for each statement execute function "figures_certification_changed"();`,
    );
    this.addSql(`create trigger "certification_figures_delete" after delete on "certification" referencing old table as old_rows for each statement execute function "figures_certification_changed"();`);
    this.addSql(`create trigger "certification_figures_truncate" after truncate on "certification" for each statement execute function "figures_certification_rebuild"();`);
    this.addSql(`create function "figures_trainer_changed"() returns trigger language plpgsql as $$
begin
  perform figures_certification_recount(array(select n.id from new_rows n join old_rows o on o.id = n.id where n.country_code is distinct from o.country_code));
  return null;
end $$;`);
    this.addSql(
      `create trigger "trainer_figures_update" after update on "trainer" referencing old table as old_rows new table as new_rows for each statement execute function "figures_trainer_changed"();`,
    );

    // The rows that exist.
    this.addSql(`select figures_recount(array(select cooperative_id from beneficiary));`);
    this.addSql(`select figures_certification_recount(array(select id from trainer));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "trainer_figures_update" on "trainer";`);
    this.addSql(`drop function if exists "figures_trainer_changed"();`);
    for (const event of ['insert', 'update', 'delete', 'truncate']) this.addSql(`drop trigger if exists "certification_figures_${event}" on "certification";`);
    this.addSql(`drop function if exists "figures_certification_changed"();`);
    this.addSql(`drop function if exists "figures_certification_rebuild"();`);
    this.addSql(`drop function if exists "figures_certification_recount"(uuid[]);`);
    this.addSql(`drop trigger if exists "cohort_figures_update" on "cohort";`);
    this.addSql(`drop function if exists "figures_cohort_changed"();`);
    this.addSql(`drop trigger if exists "training_session_figures_update" on "training_session";`);
    this.addSql(`drop function if exists "figures_training_session_changed"();`);
    for (const table of ['figures_of_certification', 'figures_by_certified_trainer', 'figures_by_cohort', 'figures_by_cohort_member']) this.addSql(`drop table if exists "${table}";`);
    // Back to the first figures migration's tables, functions and triggers, as it made them.
    const first = new Migration20261126120000_figures(this.driver, this.config);
    await first.down();
    await first.up();
    for (const sql of first.getQueries()) this.addSql(sql);
  }
}
