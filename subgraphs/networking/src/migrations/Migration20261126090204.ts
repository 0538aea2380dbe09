import { Migration } from '@mikro-orm/migrations';

export class Migration20261126090204 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "expert" ("id" uuid not null, "name" text not null, "organization_id" uuid null, "expertise" text[] not null, "languages" text[] not null, "region_codes" text[] not null, "country_code" varchar(2) not null, "available" boolean not null, "email" text null, "phone" text null, "created_at" timestamptz not null default now(), constraint "expert_pkey" primary key ("id"));`);
    this.addSql(`create index "expert_available_index" on "expert" ("available");`);
    this.addSql(`create index "expert_expertise_gin" on "expert" using gin ("expertise");`);

    this.addSql(`create table "match" ("id" uuid not null, "kind" text check ("kind" in ('COOPERATIVE', 'EXPERT')) not null, "cooperative_id" uuid not null, "partner_cooperative_id" uuid null, "expert_id" uuid null, "status" text check ("status" in ('SUGGESTED', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'MET')) not null, "score" double precision not null, "reasons" text[] not null, "proposed_at" timestamptz null, "responded_at" timestamptz null, "declined_by" text null, "met_at" timestamptz null, "meeting_id" uuid null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "match_pkey" primary key ("id"));`);
    this.addSql(`create index "match_cooperative_id_index" on "match" ("cooperative_id");`);
    this.addSql(`create index "match_status_index" on "match" ("status");`);
    this.addSql(`create index "match_expert_id_index" on "match" ("expert_id");`);
    this.addSql(`create index "match_partner_cooperative_id_index" on "match" ("partner_cooperative_id");`);

    this.addSql(`create table "networking_event" ("id" uuid not null, "name_fr" text not null, "name_ar" text null, "name_en" text null, "starts_on" date not null, "ends_on" date not null, "place" text null, "online" boolean not null, "day_starts_at" text not null, "day_ends_at" text not null, "slot_minutes" smallint not null, "max_meetings_per_participant" smallint not null, "organizer_ids" text[] not null, "created_at" timestamptz not null default now(), constraint "networking_event_pkey" primary key ("id"));`);
    this.addSql(`create index "networking_event_starts_on_index" on "networking_event" ("starts_on");`);

    this.addSql(`create table "meeting" ("id" uuid not null, "event_id" uuid not null, "match_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "created_at" timestamptz not null default now(), constraint "meeting_pkey" primary key ("id"));`);
    this.addSql(`alter table "meeting" add constraint "meeting_match_unique" unique ("match_id");`);
    this.addSql(`create index "meeting_event_id_starts_at_index" on "meeting" ("event_id", "starts_at");`);

    this.addSql(`create table "meeting_seat" ("meeting_id" uuid not null, "participant_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, constraint "meeting_seat_pkey" primary key ("meeting_id", "participant_id"));`);

    this.addSql(`create table "event_participant" ("id" uuid not null, "event_id" uuid not null, "participant_id" uuid not null, "kind" text not null, "created_at" timestamptz not null default now(), constraint "event_participant_pkey" primary key ("id"));`);
    this.addSql(`create index "event_participant_participant_id_index" on "event_participant" ("participant_id");`);
    this.addSql(`alter table "event_participant" add constraint "event_participant_unique" unique ("event_id", "participant_id");`);

    this.addSql(`create table "network_profile" ("cooperative_id" uuid not null, "country_code" varchar(2) not null, "region_code" varchar(6) null, "latitude" double precision null, "longitude" double precision null, "value_chain" text check ("value_chain" in ('ARGAN', 'OLIVE', 'DATES', 'HONEY', 'DAIRY', 'AROMATIC_AND_MEDICINAL_PLANTS', 'CACTUS', 'CEREALS_AND_COUSCOUS', 'SAFFRON', 'SEAFOOD', 'TEXTILE_AND_WEAVING', 'POTTERY_AND_CERAMICS', 'LEATHER', 'WOODWORK', 'TOURISM')) not null, "offers" text[] not null, "needs" text[] not null, "languages" text[] not null, "open_to_meetings" boolean not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "network_profile_pkey" primary key ("cooperative_id"));`);
    this.addSql(`create index "network_profile_country_code_index" on "network_profile" ("country_code");`);
    this.addSql(`create index "network_profile_region_code_index" on "network_profile" ("region_code");`);
    this.addSql(`create index "network_profile_value_chain_index" on "network_profile" ("value_chain");`);
    this.addSql(`create index "network_profile_needs_gin" on "network_profile" using gin ("needs");`);
    this.addSql(`create index "network_profile_offers_gin" on "network_profile" using gin ("offers");`);

    this.addSql(`create table "opportunity" ("id" uuid not null, "match_id" uuid not null, "cooperative_id" uuid not null, "kind" text check ("kind" in ('JOINT_SALE', 'SUPPLY_AGREEMENT', 'SHARED_LOGISTICS', 'CO_BRANDING', 'SUBCONTRACTING', 'TRAINING_EXCHANGE', 'EXPERT_MISSION')) not null, "title" text not null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'WON', 'LOST')) not null, "estimated_value_centimes" bigint not null, "realised_value_centimes" bigint null, "opened_on" date not null, "closed_on" date null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "opportunity_pkey" primary key ("id"));`);
    this.addSql(`create index "opportunity_match_id_index" on "opportunity" ("match_id");`);
    this.addSql(`create index "opportunity_cooperative_id_index" on "opportunity" ("cooperative_id");`);
    this.addSql(`create index "opportunity_status_index" on "opportunity" ("status");`);

    this.addSql(`alter table "meeting" add constraint "meeting_event_id_foreign" foreign key ("event_id") references "networking_event" ("id") on update cascade;`);

    this.addSql(`alter table "meeting_seat" add constraint "meeting_seat_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "event_participant" add constraint "event_participant_event_id_foreign" foreign key ("event_id") references "networking_event" ("id") on update cascade;`);

    this.addSql(`alter table "opportunity" add constraint "opportunity_match_id_foreign" foreign key ("match_id") references "match" ("id") on update cascade;`);

    // Written by hand: rules the entities cannot express, held by the database whoever writes.
    // A match has exactly one partner, of its kind; an expert partner exists.
    this.addSql(`alter table "match" add constraint "match_one_partner" check ((kind = 'COOPERATIVE' and partner_cooperative_id is not null and expert_id is null and partner_cooperative_id <> cooperative_id) or (kind = 'EXPERT' and expert_id is not null and partner_cooperative_id is null));`);
    this.addSql(`alter table "match" add constraint "match_expert_id_foreign" foreign key ("expert_id") references "expert" ("id") on update cascade;`);
    // One match per pair (either way round) that is not declined: concurrent suggestions of one pair cannot both land.
    this.addSql(`create unique index "match_active_pair" on "match" ("kind", least("cooperative_id", coalesce("partner_cooperative_id", "expert_id")), greatest("cooperative_id", coalesce("partner_cooperative_id", "expert_id"))) where "status" <> 'DECLINED';`);
    // The schedule: two seats of one participant never overlap in time (a slot is given once).
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`alter table "meeting_seat" add constraint "meeting_seat_no_overlap" exclude using gist ("participant_id" with =, tstzrange("starts_at", "ends_at") with &&);`);
    this.addSql(`alter table "meeting_seat" add constraint "meeting_seat_times" check ("ends_at" > "starts_at");`);
    this.addSql(`alter table "opportunity" add constraint "opportunity_values" check ("estimated_value_centimes" >= 0 and ("realised_value_centimes" is null or "realised_value_centimes" >= 0));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "opportunity" drop constraint "opportunity_match_id_foreign";`);

    this.addSql(`alter table "meeting" drop constraint "meeting_event_id_foreign";`);

    this.addSql(`alter table "event_participant" drop constraint "event_participant_event_id_foreign";`);

    this.addSql(`alter table "meeting_seat" drop constraint "meeting_seat_meeting_id_foreign";`);

    this.addSql(`drop table if exists "expert" cascade;`);

    this.addSql(`drop table if exists "match" cascade;`);

    this.addSql(`drop table if exists "networking_event" cascade;`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "meeting_seat" cascade;`);

    this.addSql(`drop table if exists "event_participant" cascade;`);

    this.addSql(`drop table if exists "network_profile" cascade;`);

    this.addSql(`drop table if exists "opportunity" cascade;`);
  }

}
