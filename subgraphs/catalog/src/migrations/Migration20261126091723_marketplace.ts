import { Migration } from '@mikro-orm/migrations';

export class Migration20261126091723_marketplace extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "delivery_service" ("organization_id" uuid not null, "region_codes" text[] not null, "fee_centimes" int not null, "delay_days" int not null, constraint "delivery_service_pkey" primary key ("organization_id"));`);
    this.addSql(`create index "delivery_service_region_codes_gin" on "delivery_service" using gin ("region_codes");`);

    this.addSql(`create table "buyer" ("id" uuid not null, "name" text not null, "kind" text check ("kind" in ('PERSON', 'SHOP')) not null, "region_code" varchar(6) null, "city" text null, "created_at" timestamptz not null default now(), constraint "buyer_pkey" primary key ("id"));`);
    this.addSql(`create index "buyer_region_code_index" on "buyer" ("region_code");`);

    this.addSql(`create table "sales_order" ("id" uuid not null, "buyer_id" uuid not null, "cooperative_id" uuid not null, "delivery_partner_id" uuid not null, "status" text check ("status" in ('PLACED', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED')) not null, "idempotency_key" text not null, "request_digest" text not null, "delivery_address" text not null, "delivery_region_code" varchar(6) not null, "origin_region_code" varchar(6) not null, "contact_phone" text null, "units" int not null, "subtotal_centimes" int not null, "delivery_fee_centimes" int not null, "total_centimes" int not null, "payment_method" text check ("payment_method" in ('CASH_ON_DELIVERY')) not null default 'CASH_ON_DELIVERY', "delivery_delay_days" int not null, "placed_at" timestamptz not null default now(), "confirmed_at" timestamptz null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "cancelled_at" timestamptz null, "cancelled_by" text check ("cancelled_by" in ('BUYER', 'COOPERATIVE', 'DELIVERY_PARTNER', 'STAFF')) null, "cancel_reason" text null, constraint "sales_order_pkey" primary key ("id"));`);
    this.addSql(`create index "sales_order_status_index" on "sales_order" ("status");`);
    this.addSql(`create index "sales_order_delivery_region_code_index" on "sales_order" ("delivery_region_code");`);
    this.addSql(`create index "sales_order_origin_region_code_index" on "sales_order" ("origin_region_code");`);
    this.addSql(`create index "sales_order_placed_index" on "sales_order" ("placed_at", "id");`);
    this.addSql(`create index "sales_order_partner_placed_index" on "sales_order" ("delivery_partner_id", "placed_at", "id");`);
    this.addSql(`create index "sales_order_cooperative_status_index" on "sales_order" ("cooperative_id", "status");`);
    this.addSql(`create index "sales_order_cooperative_placed_index" on "sales_order" ("cooperative_id", "placed_at", "id");`);
    this.addSql(`create index "sales_order_buyer_placed_index" on "sales_order" ("buyer_id", "placed_at", "id");`);
    this.addSql(`alter table "sales_order" add constraint "sales_order_buyer_idempotency_key_unique" unique ("buyer_id", "idempotency_key");`);

    this.addSql(`create table "sales_order_line" ("id" uuid not null, "order_id" uuid not null, "product_id" uuid not null, "product_name_fr" text not null, "product_name_ar" text null, "product_name_en" text null, "unit" text check ("unit" in ('KILOGRAM', 'GRAM', 'LITRE', 'MILLILITRE', 'PIECE', 'SQUARE_METRE')) not null, "quantity" int not null, "unit_price_centimes" int not null, "amount_centimes" int not null, constraint "sales_order_line_pkey" primary key ("id"));`);
    this.addSql(`create index "sales_order_line_order_id_index" on "sales_order_line" ("order_id");`);
    this.addSql(`create index "sales_order_line_product_id_index" on "sales_order_line" ("product_id");`);

    this.addSql(`alter table "delivery_service" add constraint "delivery_service_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "buyer" add constraint "buyer_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "sales_order" add constraint "sales_order_buyer_id_foreign" foreign key ("buyer_id") references "buyer" ("id") on update cascade;`);
    this.addSql(`alter table "sales_order" add constraint "sales_order_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`);
    this.addSql(`alter table "sales_order" add constraint "sales_order_delivery_partner_id_foreign" foreign key ("delivery_partner_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "sales_order" add constraint "sales_order_delivery_region_code_foreign" foreign key ("delivery_region_code") references "region" ("code") on update cascade;`);
    this.addSql(`alter table "sales_order" add constraint "sales_order_origin_region_code_foreign" foreign key ("origin_region_code") references "region" ("code") on update cascade;`);

    this.addSql(`alter table "sales_order_line" add constraint "sales_order_line_order_id_foreign" foreign key ("order_id") references "sales_order" ("id") on update cascade;`);
    this.addSql(`alter table "sales_order_line" add constraint "sales_order_line_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade;`);

    this.addSql(`alter table "organization" drop constraint if exists "organization_kind_check";`);

    this.addSql(`alter table "organization" add constraint "organization_kind_check" check("kind" in ('PUBLIC_AGENCY', 'MINISTRY', 'INTERNATIONAL_ORGANIZATION', 'FOUNDATION', 'UNIVERSITY', 'SCHOOL', 'COOPERATIVE_NETWORK', 'DELIVERY_PARTNER'));`);

    // Amounts are checked by the database too: stock never below zero (product_amounts_check), totals that add up.
    this.addSql(`alter table "delivery_service" add constraint "delivery_service_amounts_check" check (fee_centimes >= 0 and delay_days >= 0 and cardinality(region_codes) > 0);`);
    this.addSql(`alter table "sales_order" add constraint "sales_order_amounts_check" check (units > 0 and subtotal_centimes >= 0 and delivery_fee_centimes >= 0 and total_centimes = subtotal_centimes + delivery_fee_centimes);`);
    this.addSql(`alter table "sales_order_line" add constraint "sales_order_line_amounts_check" check (quantity > 0 and unit_price_centimes >= 0 and amount_centimes = quantity * unit_price_centimes);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sales_order" drop constraint "sales_order_buyer_id_foreign";`);

    this.addSql(`alter table "sales_order_line" drop constraint "sales_order_line_order_id_foreign";`);

    this.addSql(`drop table if exists "delivery_service" cascade;`);

    this.addSql(`drop table if exists "buyer" cascade;`);

    this.addSql(`drop table if exists "sales_order" cascade;`);

    this.addSql(`drop table if exists "sales_order_line" cascade;`);

    this.addSql(`alter table "organization" drop constraint if exists "organization_kind_check";`);

    this.addSql(`alter table "organization" add constraint "organization_kind_check" check("kind" in ('PUBLIC_AGENCY', 'MINISTRY', 'INTERNATIONAL_ORGANIZATION', 'FOUNDATION', 'UNIVERSITY', 'SCHOOL', 'COOPERATIVE_NETWORK'));`);

  }

}
