import { Migration } from '@mikro-orm/migrations';

/** The counted columns, as both summary tables hold them (the place table sums the beneficiary table). */
const COUNTS = [
  'enrolled', // 1 for a cooperative with an enrolment not withdrawn
  'trained', // 1 for a cooperative that attended a training session
  'women_trained', // the most women it sent to one session
  'men_trained', // the most men it sent to one session
  'coached', // 1 for a cooperative that had a coaching session
  'coaching_sessions',
] as const;

const list = COUNTS.map((c) => `"${c}"`).join(', ');
const sums = COUNTS.map((c) => `sum("${c}") as "${c}"`).join(', ');

/**
 * The learning figures of regions and countries over every programme and year (`learningFigures` without a
 * programme or year: the partner dashboard) kept up to date by the database in the transaction that changes what
 * they count, so that reading them costs the same whatever the number of enrolments and sessions:
 * - `figures_by_beneficiary`: what each cooperative with a recorded place counts, with that place;
 * - `figures_by_place`: their sums per country and region ('' for none).
 * Statement-level triggers on `beneficiary`, `enrollment`, `training_attendance` and `coaching_session` (every
 * write path, bulk loads included) recount the cooperatives a statement touched. Figures filtered by programme or
 * year are still counted from the rows.
 */
export class Migration20261126120000_figures extends Migration {
  override async up(): Promise<void> {
    const columns = COUNTS.map((c) => `"${c}" bigint not null`).join(', ');
    this.addSql(
      `create table "figures_by_beneficiary" ("cooperative_id" uuid not null, "country_code" varchar(2) not null, "region_code" varchar(6) not null, ${columns}, constraint "figures_by_beneficiary_pkey" primary key ("cooperative_id"));`,
    );
    this.addSql(
      `create table "figures_by_place" ("country_code" varchar(2) not null, "region_code" varchar(6) not null, ${columns}, constraint "figures_by_place_pkey" primary key ("country_code", "region_code"));`,
    );
    this.addSql(`create index "figures_by_place_region_code_index" on "figures_by_place" ("region_code");`);

    const decrement = COUNTS.map((c) => `"${c}" = p."${c}" - g."${c}"`).join(', ');
    const increment = COUNTS.map((c) => `"${c}" = "figures_by_place"."${c}" + excluded."${c}"`).join(', ');
    this.addSql(`create function "figures_recount"(ids uuid[]) returns void language plpgsql as $$
begin
  -- Take out what these cooperatives counted.
  with gone as (delete from figures_by_beneficiary where cooperative_id = any(ids) returning *),
       g as (select country_code, region_code, ${sums} from gone group by 1, 2)
  update figures_by_place p set ${decrement}
    from g where p.country_code = g.country_code and p.region_code = g.region_code;
  -- Count them again as they are now.
  with fresh as (
    insert into figures_by_beneficiary (cooperative_id, country_code, region_code, ${list})
    select b.cooperative_id, b.country_code, coalesce(b.region_code, ''),
           (e.cooperative_id is not null)::int, (a.cooperative_id is not null)::int, coalesce(a.women, 0), coalesce(a.men, 0),
           (s.cooperative_id is not null)::int, coalesce(s.sessions, 0)
      from beneficiary b
      left join (select distinct cooperative_id from enrollment where cooperative_id = any(ids) and status <> 'WITHDRAWN') e on e.cooperative_id = b.cooperative_id
      left join (select cooperative_id, max(participants_women) as women, max(participants_men) as men from training_attendance
                  where cooperative_id = any(ids) group by 1) a on a.cooperative_id = b.cooperative_id
      left join (select cooperative_id, count(*) as sessions from coaching_session where cooperative_id = any(ids) group by 1) s on s.cooperative_id = b.cooperative_id
     where b.cooperative_id = any(ids)
    returning *)
  insert into figures_by_place (country_code, region_code, ${list})
  select country_code, region_code, ${sums} from fresh group by 1, 2 order by 1, 2
  on conflict (country_code, region_code) do update set ${increment};
end $$;`);
    this.addSql(`create function "figures_rebuild"() returns trigger language plpgsql as $$
begin
  delete from figures_by_beneficiary;
  delete from figures_by_place;
  perform figures_recount(array(select cooperative_id from beneficiary));
  return null;
end $$;`);
    for (const table of TABLES) {
      const fn = `figures_${table}_changed`;
      this.addSql(`create function "${fn}"() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform figures_recount(array(select distinct cooperative_id from new_rows));
  elsif tg_op = 'DELETE' then
    perform figures_recount(array(select distinct cooperative_id from old_rows));
  else
    perform figures_recount(array(select cooperative_id from new_rows union select cooperative_id from old_rows));
  end if;
  return null;
end $$;`);
      this.addSql(`create trigger "${table}_figures_insert" after insert on "${table}" referencing new table as new_rows for each statement execute function "${fn}"();`);
      this.addSql(`create trigger "${table}_figures_update" after update on "${table}" referencing old table as old_rows new table as new_rows for each statement execute function "${fn}"();`);
      this.addSql(`create trigger "${table}_figures_delete" after delete on "${table}" referencing old table as old_rows for each statement execute function "${fn}"();`);
      this.addSql(`create trigger "${table}_figures_truncate" after truncate on "${table}" for each statement execute function "figures_rebuild"();`);
    }
    // The rows that exist.
    this.addSql(`select figures_recount(array(select cooperative_id from beneficiary));`);
  }

  override async down(): Promise<void> {
    for (const table of TABLES) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) this.addSql(`drop trigger if exists "${table}_figures_${event}" on "${table}";`);
      this.addSql(`drop function if exists "figures_${table}_changed"();`);
    }
    this.addSql(`drop function if exists "figures_rebuild"();`);
    this.addSql(`drop function if exists "figures_recount"(uuid[]);`);
    this.addSql(`drop table if exists "figures_by_place";`);
    this.addSql(`drop table if exists "figures_by_beneficiary";`);
  }
}

/** The tables whose rows the figures count, each naming the cooperative in `cooperative_id`. */
const TABLES = ['beneficiary', 'enrollment', 'training_attendance', 'coaching_session'];
