import { Migration } from '@mikro-orm/migrations';

/** The order columns of the summary tables (Migration20261126110000_figures), and what one order row adds to each. */
const ORDER_COUNTS: [column: string, value: string][] = [
  ['orders', `(status <> 'CANCELLED')::int`],
  ['delivered', `(status = 'DELIVERED')::int`],
  ['cancelled', `(status = 'CANCELLED')::int`],
  ['same_region', `coalesce(status <> 'CANCELLED' and delivery_region_code = origin_region_code, false)::int`],
  ['units', `case when status <> 'CANCELLED' then units else 0 end`],
  ['sales', `case when status <> 'CANCELLED' then subtotal_centimes else 0 end`],
];

/**
 * The figures' triggers on orders and products, made incremental, so that a marketplace write costs the same
 * whatever the number of orders:
 * - an order written (placed, moved on, cancelled, deleted) adds what its new row counts and takes out what its
 *   old row counted, to its cooperative's row of `figures_by_cooperative` and to the place that row is counted
 *   under — instead of recounting every order of the cooperative (a cost that grew with its sales, twice per order);
 * - a product updated recounts its cooperative only when what the figures count changed (its publication, its
 *   cooperative): a stock reservation or a price change counts nothing.
 * Cooperatives' own writes still recount (they move or drop all a cooperative counted). Every cooperative has its
 * row in `figures_by_cooperative` (its insert trigger makes it), which the order deltas update.
 */
export class Migration20261126130000_figures_incremental extends Migration {
  override async up(): Promise<void> {
    const contribution = (rows: string, sign: string) =>
      `select cooperative_id, ${ORDER_COUNTS.map(([column, value]) => `${sign}${value} as "${column}"`).join(', ')} from ${rows}`;
    const sums = ORDER_COUNTS.map(([c]) => `sum("${c}") as "${c}"`).join(', ');
    const add = (table: string, from: string) => ORDER_COUNTS.map(([c]) => `"${c}" = ${table}."${c}" + ${from}."${c}"`).join(', ');
    const deltas = (parts: string) => `with d as (select cooperative_id, ${sums} from (${parts}) x group by 1),
       c as (update figures_by_cooperative f set ${add('f', 'd')} from d where f.cooperative_id = d.cooperative_id
             returning f.country_code, f.region_code, f.sector, ${ORDER_COUNTS.map(([c]) => `d."${c}"`).join(', ')}),
       g as (select country_code, region_code, sector, ${sums} from c group by 1, 2, 3)
  update figures_by_place p set ${add('p', 'g')}
    from g where p.country_code = g.country_code and p.region_code = g.region_code and p.sector = g.sector;`;
    this.addSql(`create or replace function "figures_sales_order_changed"() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    ${deltas(contribution('new_rows', ''))}
  elsif tg_op = 'DELETE' then
    ${deltas(contribution('old_rows', '-'))}
  else
    ${deltas(`${contribution('new_rows', '')} union all ${contribution('old_rows', '-')}`)}
  end if;
  return null;
end $$;`);

    this.addSql(`create or replace function "figures_product_changed"() returns trigger language plpgsql as $$
declare
  ids uuid[];
begin
  if tg_op = 'INSERT' then
    ids := array(select distinct cooperative_id from new_rows);
  elsif tg_op = 'DELETE' then
    ids := array(select distinct cooperative_id from old_rows);
  else
    -- Only the products whose publication or cooperative changed (or whose id did): the rest count the same.
    ids := array(
      select n.cooperative_id from new_rows n left join old_rows o on o.id = n.id
       where o.id is null or o.published is distinct from n.published or o.cooperative_id is distinct from n.cooperative_id
      union
      select o.cooperative_id from old_rows o left join new_rows n on n.id = o.id
       where n.id is null or o.published is distinct from n.published or o.cooperative_id is distinct from n.cooperative_id);
  end if;
  if cardinality(ids) > 0 then
    perform figures_recount(ids);
  end if;
  return null;
end $$;`);
  }

  override async down(): Promise<void> {
    // Back to recounting the cooperatives every statement touched.
    for (const [table, column] of [
      ['product', 'cooperative_id'],
      ['sales_order', 'cooperative_id'],
    ] as const) {
      this.addSql(`create or replace function "figures_${table}_changed"() returns trigger language plpgsql as $$
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
    }
  }
}
