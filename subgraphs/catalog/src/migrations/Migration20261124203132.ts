import { Migration } from '@mikro-orm/migrations';

export class Migration20261124203132 extends Migration {

  override async up(): Promise<void> {
    // Trigram indexes make the case- and accent-insensitive substring search of names fast.
    this.addSql(`create extension if not exists pg_trgm;`);

    this.addSql(`create table "country" ("code" varchar(2) not null, "name_fr" text not null, "name_ar" text null, "name_en" text null, constraint "country_pkey" primary key ("code"));`);

    this.addSql(`create table "organization" ("id" uuid not null, "acronym" text not null, "name_fr" text not null, "name_ar" text null, "name_en" text null, "kind" text check ("kind" in ('PUBLIC_AGENCY', 'MINISTRY', 'INTERNATIONAL_ORGANIZATION', 'FOUNDATION', 'UNIVERSITY', 'SCHOOL', 'COOPERATIVE_NETWORK')) not null, "country_code" varchar(2) not null, "website" text null, constraint "organization_pkey" primary key ("id"));`);
    this.addSql(`alter table "organization" add constraint "organization_acronym_unique" unique ("acronym");`);

    this.addSql(`create table "region" ("code" varchar(6) not null, "name_fr" text not null, "name_ar" text null, "name_en" text null, "country_code" varchar(2) not null, "capital" text not null, "latitude" double precision not null, "longitude" double precision not null, constraint "region_pkey" primary key ("code"));`);
    this.addSql(`create index "region_country_code_index" on "region" ("country_code");`);

    this.addSql(`create table "cooperative" ("id" uuid not null, "registry_number" text not null, "name_fr" text not null, "name_ar" text null, "name_en" text null, "search_text" text not null, "sector" text check ("sector" in ('AGRICULTURE', 'ARGAN', 'AROMATIC_AND_MEDICINAL_PLANTS', 'BEEKEEPING', 'LIVESTOCK', 'DAIRY', 'FOOD_PROCESSING', 'HANDICRAFT', 'TEXTILE', 'FISHING', 'FORESTRY', 'SERVICES', 'TOURISM', 'DIGITAL', 'HOUSING')) not null, "activity" text not null, "region_code" varchar(6) null, "province" text null, "commune" text null, "country_code" varchar(2) not null, "founded_on" date not null, "members_total" int not null, "members_women" int not null, "members_youth" int not null, "status" text check ("status" in ('ACTIVE', 'INACTIVE', 'SUSPENDED', 'DISSOLVED')) not null, "phone" text null, "email" text null, "address" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "cooperative_pkey" primary key ("id"));`);
    this.addSql(`alter table "cooperative" add constraint "cooperative_registry_number_unique" unique ("registry_number");`);
    this.addSql(`create index "cooperative_sector_index" on "cooperative" ("sector");`);
    this.addSql(`create index "cooperative_region_code_index" on "cooperative" ("region_code");`);
    this.addSql(`create index "cooperative_country_code_index" on "cooperative" ("country_code");`);
    this.addSql(`create index "cooperative_status_index" on "cooperative" ("status");`);
    this.addSql(`create index "cooperative_founded_on_id_index" on "cooperative" ("founded_on", "id");`);
    this.addSql(`create index "cooperative_name_fr_id_index" on "cooperative" ("name_fr", "id");`);

    this.addSql(`create table "product" ("id" uuid not null, "cooperative_id" uuid not null, "category" text check ("category" in ('ARGAN_OIL', 'OLIVE_OIL', 'SAFFRON', 'HONEY', 'DATES', 'COUSCOUS_AND_PASTA', 'AMLOU_AND_SPREADS', 'ROSE_PRODUCTS', 'AROMATIC_HERBS_AND_SPICES', 'DRIED_FRUITS_AND_NUTS', 'DAIRY_PRODUCTS', 'COSMETICS', 'CARPETS_AND_WEAVING', 'POTTERY_AND_CERAMICS', 'LEATHER_GOODS', 'WOODWORK', 'TEXTILES_AND_EMBROIDERY', 'OTHER')) not null, "name_fr" text not null, "name_ar" text null, "name_en" text null, "description_fr" text not null, "description_ar" text null, "description_en" text null, "search_text" text not null, "unit" text check ("unit" in ('KILOGRAM', 'GRAM', 'LITRE', 'MILLILITRE', 'PIECE', 'SQUARE_METRE')) not null, "price_centimes" int not null, "labels" text[] not null default '{}', "published" boolean not null default false, "stock" int not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "product_pkey" primary key ("id"));`);
    this.addSql(`create index "product_cooperative_id_index" on "product" ("cooperative_id");`);
    this.addSql(`create index "product_category_index" on "product" ("category");`);
    this.addSql(`create index "product_price_centimes_index" on "product" ("price_centimes");`);
    this.addSql(`create index "product_published_index" on "product" ("published");`);
    this.addSql(`create index "product_name_fr_id_index" on "product" ("name_fr", "id");`);

    this.addSql(`create table "organization_membership" ("id" uuid not null, "organization_id" uuid not null, "cooperative_id" uuid not null, "joined_on" date not null, constraint "organization_membership_pkey" primary key ("id"));`);
    this.addSql(`create index "organization_membership_organization_id_index" on "organization_membership" ("organization_id");`);
    this.addSql(`create index "organization_membership_cooperative_id_index" on "organization_membership" ("cooperative_id");`);
    this.addSql(`alter table "organization_membership" add constraint "organization_membership_organization_id_cooperative_id_unique" unique ("organization_id", "cooperative_id");`);

    this.addSql(`alter table "organization" add constraint "organization_country_code_foreign" foreign key ("country_code") references "country" ("code") on update cascade;`);

    this.addSql(`alter table "region" add constraint "region_country_code_foreign" foreign key ("country_code") references "country" ("code") on update cascade;`);

    this.addSql(`alter table "cooperative" add constraint "cooperative_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "cooperative" add constraint "cooperative_country_code_foreign" foreign key ("country_code") references "country" ("code") on update cascade;`);

    this.addSql(`alter table "product" add constraint "product_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`);

    this.addSql(`alter table "organization_membership" add constraint "organization_membership_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "organization_membership" add constraint "organization_membership_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`);
    this.addSql(`create index "cooperative_search_text_trgm" on "cooperative" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "product_search_text_trgm" on "product" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "product_labels_gin" on "product" using gin ("labels");`);
    // Women-only and youth-led are derived from the member counts, never stored: partial indexes serve their filters.
    this.addSql(`create index "cooperative_women_only_index" on "cooperative" ("region_code") where members_total > 0 and members_women = members_total;`);
    this.addSql(`create index "cooperative_youth_led_index" on "cooperative" ("region_code") where members_youth * 2 > members_total;`);
    this.addSql(`alter table "cooperative" add constraint "cooperative_members_check" check (members_total > 0 and members_women between 0 and members_total and members_youth between 0 and members_total);`);
    this.addSql(`alter table "product" add constraint "product_amounts_check" check (price_centimes >= 0 and stock >= 0);`);
  }

}
