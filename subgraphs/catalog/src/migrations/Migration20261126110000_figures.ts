import { Migration } from '@mikro-orm/migrations';

/** The counted columns, as both summary tables hold them (the place table sums the cooperative table). */
const COUNTS = [
  'cooperatives', // 1 for a cooperative not dissolved
  'women_only',
  'youth_led',
  'members',
  'women',
  'youth',
  'published_products', // of a cooperative not dissolved
  'orders', // not cancelled, whatever the cooperative's status
  'delivered',
  'cancelled',
  'same_region',
  'units',
  'sales',
] as const;

const list = () => COUNTS.map((c) => `"${c}"`).join(', ');
const sums = COUNTS.map((c) => `sum("${c}") as "${c}"`).join(', ');

/**
 * The figures of regions, countries and cooperatives (`cooperativeFigures`, `marketplaceFigures`, `salesFigures`)
 * kept up to date by the database in the transaction that changes what they count, so that reading them costs
 * the same whatever the size of the registry:
 * - `figures_by_cooperative`: what each cooperative counts (its members, its published products, its orders),
 *   with the place and sector it was counted under;
 * - `figures_by_place`: the sums of these per country, region ('' for none) and sector.
 * Statement-level triggers on `cooperative`, `product` and `sales_order` (every write path, bulk loads included)
 * recount the cooperatives a statement touched: take out what they counted, count them again as they are now.
 * A cooperative moving region or sector, dissolved, or deleted moves or drops all it counted.
 */
export class Migration20261126110000_figures extends Migration {
  override async up(): Promise<void> {
    const columns = COUNTS.map((c) => `"${c}" bigint not null`).join(', ');
    this.addSql(
      `create table "figures_by_cooperative" ("cooperative_id" uuid not null, "country_code" varchar(2) not null, "region_code" varchar(6) not null, "sector" text not null, ${columns}, constraint "figures_by_cooperative_pkey" primary key ("cooperative_id"));`,
    );
    this.addSql(
      `create table "figures_by_place" ("country_code" varchar(2) not null, "region_code" varchar(6) not null, "sector" text not null, ${columns}, constraint "figures_by_place_pkey" primary key ("country_code", "region_code", "sector"));`,
    );
    this.addSql(`create index "figures_by_place_region_code_index" on "figures_by_place" ("region_code");`);

    const decrement = COUNTS.map((c) => `"${c}" = p."${c}" - g."${c}"`).join(', ');
    const increment = COUNTS.map((c) => `"${c}" = "figures_by_place"."${c}" + excluded."${c}"`).join(', ');
    this.addSql(`create function "figures_recount"(ids uuid[]) returns void language plpgsql as $$
begin
  -- Take out what these cooperatives counted.
  with gone as (delete from figures_by_cooperative where cooperative_id = any(ids) returning *),
       g as (select country_code, region_code, sector, ${sums} from gone group by 1, 2, 3)
  update figures_by_place p set ${decrement}
    from g where p.country_code = g.country_code and p.region_code = g.region_code and p.sector = g.sector;
  -- Count them again as they are now.
  with fresh as (
    insert into figures_by_cooperative (cooperative_id, country_code, region_code, sector, ${list()})
    select c.id, c.country_code, coalesce(c.region_code, ''), c.sector,
           l.live, l.live * (c.members_total > 0 and c.members_women = c.members_total)::int, l.live * (c.members_youth * 2 > c.members_total)::int,
           l.live * c.members_total, l.live * c.members_women, l.live * c.members_youth,
           l.live * coalesce(p.published, 0),
           coalesce(o.orders, 0), coalesce(o.delivered, 0), coalesce(o.cancelled, 0), coalesce(o.same_region, 0), coalesce(o.units, 0), coalesce(o.sales, 0)
      from cooperative c
      cross join lateral (select (c.status <> 'DISSOLVED')::int as live) l
      left join (select cooperative_id, count(*) as published from product
                  where cooperative_id = any(ids) and published group by 1) p on p.cooperative_id = c.id
      left join (select cooperative_id,
                        count(*) filter (where status <> 'CANCELLED') as orders,
                        count(*) filter (where status = 'DELIVERED') as delivered,
                        count(*) filter (where status = 'CANCELLED') as cancelled,
                        count(*) filter (where status <> 'CANCELLED' and delivery_region_code = origin_region_code) as same_region,
                        coalesce(sum(units) filter (where status <> 'CANCELLED'), 0) as units,
                        coalesce(sum(subtotal_centimes) filter (where status <> 'CANCELLED'), 0) as sales
                   from sales_order where cooperative_id = any(ids) group by 1) o on o.cooperative_id = c.id
     where c.id = any(ids)
    returning *)
  insert into figures_by_place (country_code, region_code, sector, ${list()})
  select country_code, region_code, sector, ${sums} from fresh group by 1, 2, 3 order by 1, 2, 3
  on conflict (country_code, region_code, sector) do update set ${increment};
end $$;`);

    this.addSql(`create function "figures_rebuild"() returns trigger language plpgsql as $$
begin
  delete from figures_by_cooperative;
  delete from figures_by_place;
  perform figures_recount(array(select id from cooperative));
  return null;
end $$;`);
    // One function per table and event: a trigger with transition tables has one event, and names its table.
    const triggers: [table: string, column: string][] = [
      ['cooperative', 'id'],
      ['product', 'cooperative_id'],
      ['sales_order', 'cooperative_id'],
    ];
    for (const [table, column] of triggers) {
      const fn = `figures_${table}_changed`;
      this.addSql(`create function "${fn}"() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform figures_recount(array(select distinct ${column} from new_rows));
  elsif tg_op = 'DELETE' then
    perform figures_recount(array(select distinct ${column} from old_rows));
  else
    perform figures_recount(array(select ${column} from new_rows union select ${column} from old_rows));
  end if;
  return null;
end $$;`);
      this.addSql(`create trigger "${table}_figures_insert" after insert on "${table}" referencing new table as new_rows for each statement execute function "${fn}"();`);
      this.addSql(`create trigger "${table}_figures_update" after update on "${table}" referencing old table as old_rows new table as new_rows for each statement execute function "${fn}"();`);
      this.addSql(`create trigger "${table}_figures_delete" after delete on "${table}" referencing old table as old_rows for each statement execute function "${fn}"();`);
      this.addSql(`create trigger "${table}_figures_truncate" after truncate on "${table}" for each statement execute function "figures_rebuild"();`);
    }
    // The rows that exist.
    this.addSql(`select figures_recount(array(select id from cooperative));`);
  }

  override async down(): Promise<void> {
    for (const table of ['cooperative', 'product', 'sales_order']) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) this.addSql(`drop trigger if exists "${table}_figures_${event}" on "${table}";`);
      this.addSql(`drop function if exists "figures_${table}_changed"();`);
    }
    this.addSql(`drop function if exists "figures_rebuild"();`);
    this.addSql(`drop function if exists "figures_recount"(uuid[]);`);
    this.addSql(`drop table if exists "figures_by_place";`);
    this.addSql(`drop table if exists "figures_by_cooperative";`);
  }
}
