import { Migration } from '@mikro-orm/migrations';

/**
 * Orders expire unless confirmed: each order's confirmation deadline (`confirm_by`), the SYSTEM actor that
 * cancels an expired order, and a partial index for the sweep (PLACED orders by deadline). Orders already
 * PLACED get one default window (72 hours) from the upgrade rather than from their placing: nobody told their
 * cooperatives of a deadline. (The generator also proposed dropping what earlier migrations wrote by hand —
 * trigram and partial indexes, checks — which the entities do not describe: left out.)
 */
export class Migration20261126130410_order_expiry extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "sales_order" add column "confirm_by" timestamptz null;`);
    this.addSql(`update "sales_order" set "confirm_by" = now() + interval '72 hours' where "status" = 'PLACED';`);
    this.addSql(`alter table "sales_order" drop constraint if exists "sales_order_cancelled_by_check";`);
    this.addSql(`alter table "sales_order" add constraint "sales_order_cancelled_by_check" check("cancelled_by" in ('BUYER', 'COOPERATIVE', 'DELIVERY_PARTNER', 'STAFF', 'SYSTEM'));`);
    this.addSql(`create index "sales_order_placed_confirm_by_index" on "sales_order" ("confirm_by", "id") where "status" = 'PLACED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "sales_order_placed_confirm_by_index";`);
    this.addSql(`alter table "sales_order" drop constraint if exists "sales_order_cancelled_by_check";`);
    this.addSql(`update "sales_order" set "cancelled_by" = 'STAFF' where "cancelled_by" = 'SYSTEM';`);
    this.addSql(`alter table "sales_order" add constraint "sales_order_cancelled_by_check" check("cancelled_by" in ('BUYER', 'COOPERATIVE', 'DELIVERY_PARTNER', 'STAFF'));`);
    this.addSql(`alter table "sales_order" drop column "confirm_by";`);
  }
}
