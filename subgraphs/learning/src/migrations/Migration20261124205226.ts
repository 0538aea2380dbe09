import { Migration } from '@mikro-orm/migrations';

export class Migration20261124205226 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "beneficiary" ("cooperative_id" uuid not null, "country_code" varchar(2) not null, "region_code" varchar(6) null, "updated_at" timestamptz not null default now(), constraint "beneficiary_pkey" primary key ("cooperative_id"));`);
    this.addSql(`create index "beneficiary_country_code_index" on "beneficiary" ("country_code");`);
    this.addSql(`create index "beneficiary_region_code_index" on "beneficiary" ("region_code");`);

    this.addSql(`create table "development_action" ("id" uuid not null, "cooperative_id" uuid not null, "dimension" text check ("dimension" in ('MANAGEMENT', 'GOVERNANCE', 'PRODUCTION', 'MARKET_ACCESS', 'FINANCE', 'DIGITAL')) not null, "action" text not null, "due_on" date not null, "status" text check ("status" in ('TODO', 'IN_PROGRESS', 'DONE', 'DROPPED')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "development_action_pkey" primary key ("id"));`);
    this.addSql(`create index "development_action_cooperative_id_due_on_index" on "development_action" ("cooperative_id", "due_on");`);

    this.addSql(`create table "needs_assessment" ("id" uuid not null, "cooperative_id" uuid not null, "assessed_on" date not null, "assessor" text not null, "management" smallint not null, "governance" smallint not null, "production" smallint not null, "market_access" smallint not null, "finance" smallint not null, "digital" smallint not null, "notes" text null, "created_at" timestamptz not null default now(), constraint "needs_assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "needs_assessment_cooperative_id_assessed_on_created_at_index" on "needs_assessment" ("cooperative_id", "assessed_on", "created_at");`);

    this.addSql(`create table "program" ("id" uuid not null, "code" text not null, "name_fr" text not null, "name_ar" text null, "name_en" text null, "kind" text check ("kind" in ('TRAINING', 'COACHING', 'INCUBATION', 'TRAINING_OF_TRAINERS')) not null, "partner_ids" uuid[] not null default '{}', "target_cooperatives" int null, "starts_on" date null, "created_at" timestamptz not null default now(), constraint "program_pkey" primary key ("id"));`);
    this.addSql(`alter table "program" add constraint "program_code_unique" unique ("code");`);
    this.addSql(`create index "program_kind_index" on "program" ("kind");`);

    this.addSql(`create table "cohort" ("id" uuid not null, "program_id" uuid not null, "name" text not null, "starts_on" date not null, "ends_on" date null, "region_codes" text[] not null default '{}', "capacity" int not null, "created_at" timestamptz not null default now(), constraint "cohort_pkey" primary key ("id"));`);
    this.addSql(`create index "cohort_program_id_index" on "cohort" ("program_id");`);
    this.addSql(`create index "cohort_starts_on_index" on "cohort" ("starts_on");`);
    this.addSql(`alter table "cohort" add constraint "cohort_program_id_name_unique" unique ("program_id", "name");`);

    this.addSql(`create table "enrollment" ("id" uuid not null, "cohort_id" uuid not null, "cooperative_id" uuid not null, "status" text check ("status" in ('APPLIED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN')) not null, "applied_on" date not null, "started_on" date null, "completed_on" date null, "withdrawn_on" date null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "enrollment_pkey" primary key ("id"));`);
    this.addSql(`create index "enrollment_cooperative_id_index" on "enrollment" ("cooperative_id");`);
    this.addSql(`create index "enrollment_cohort_id_status_index" on "enrollment" ("cohort_id", "status");`);
    this.addSql(`alter table "enrollment" add constraint "enrollment_cohort_cooperative_unique" unique ("cohort_id", "cooperative_id");`);

    this.addSql(`create table "trainer" ("id" uuid not null, "name" text not null, "search_text" text not null, "country_code" varchar(2) not null, "organization_id" uuid null, "email" text null, "created_at" timestamptz not null default now(), constraint "trainer_pkey" primary key ("id"));`);
    this.addSql(`create index "trainer_country_code_index" on "trainer" ("country_code");`);
    this.addSql(`alter table "trainer" add constraint "trainer_email_unique" unique ("email");`);
    this.addSql(`create index "trainer_name_id_index" on "trainer" ("name", "id");`);

    this.addSql(`create table "coaching_session" ("id" uuid not null, "cooperative_id" uuid not null, "program_id" uuid not null, "trainer_id" uuid null, "coach_name" text null, "held_on" date not null, "minutes" int not null, "topic" text not null, "mode" text check ("mode" in ('ON_SITE', 'REMOTE')) not null, "created_at" timestamptz not null default now(), constraint "coaching_session_pkey" primary key ("id"));`);
    this.addSql(`create index "coaching_session_trainer_id_index" on "coaching_session" ("trainer_id");`);
    this.addSql(`create index "coaching_session_program_id_held_on_index" on "coaching_session" ("program_id", "held_on");`);
    this.addSql(`create index "coaching_session_cooperative_id_held_on_id_index" on "coaching_session" ("cooperative_id", "held_on", "id");`);

    this.addSql(`create table "certification" ("id" uuid not null, "trainer_id" uuid not null, "tool" text check ("tool" in ('THINK_COOP', 'START_COOP', 'MY_COOP', 'MANAGE_COOP')) not null, "level" text check ("level" in ('TRAINER', 'MASTER_TRAINER')) not null, "stage" text check ("stage" in ('PARTICIPANT', 'CANDIDATE', 'COACHED', 'CERTIFIED')) not null, "participated_on" date null, "candidate_on" date null, "coached_on" date null, "issuer_id" uuid not null, "issued_on" date not null, "expires_on" date not null, "stored_status" text check ("stored_status" in ('ACTIVE', 'SUSPENDED', 'REVOKED')) not null, "status_reason" text null, "verification_code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "certification_pkey" primary key ("id"));`);
    this.addSql(`create index "certification_trainer_id_index" on "certification" ("trainer_id");`);
    this.addSql(`create index "certification_tool_index" on "certification" ("tool");`);
    this.addSql(`create index "certification_stored_status_index" on "certification" ("stored_status");`);
    this.addSql(`alter table "certification" add constraint "certification_verification_code_unique" unique ("verification_code");`);
    this.addSql(`create index "certification_expires_on_id_index" on "certification" ("expires_on", "id");`);

    this.addSql(`create table "certification_event" ("id" uuid not null, "certification_id" uuid not null, "action" text check ("action" in ('ISSUED', 'RENEWED', 'SUSPENDED', 'REINSTATED', 'REVOKED')) not null, "from_status" text check ("from_status" in ('ACTIVE', 'SUSPENDED', 'REVOKED')) null, "to_status" text check ("to_status" in ('ACTIVE', 'SUSPENDED', 'REVOKED')) not null, "expires_on" date null, "reason" text null, "actor" text not null, "at" timestamptz not null default clock_timestamp(), constraint "certification_event_pkey" primary key ("id"));`);
    this.addSql(`create index "certification_event_certification_id_at_id_index" on "certification_event" ("certification_id", "at", "id");`);

    this.addSql(`create table "training_session" ("id" uuid not null, "cohort_id" uuid not null, "module" text not null, "held_on" date not null, "hours" double precision not null, "trainer_id" uuid null, "created_at" timestamptz not null default now(), constraint "training_session_pkey" primary key ("id"));`);
    this.addSql(`create index "training_session_held_on_index" on "training_session" ("held_on");`);
    this.addSql(`create index "training_session_trainer_id_index" on "training_session" ("trainer_id");`);
    this.addSql(`create index "training_session_cohort_id_held_on_index" on "training_session" ("cohort_id", "held_on");`);

    this.addSql(`create table "training_attendance" ("id" uuid not null, "session_id" uuid not null, "cooperative_id" uuid not null, "participants_women" int not null, "participants_men" int not null, constraint "training_attendance_pkey" primary key ("id"));`);
    this.addSql(`create index "training_attendance_cooperative_id_index" on "training_attendance" ("cooperative_id");`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_session_id_cooperative_id_unique" unique ("session_id", "cooperative_id");`);

    this.addSql(`alter table "cohort" add constraint "cohort_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade;`);

    this.addSql(`alter table "enrollment" add constraint "enrollment_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`);

    this.addSql(`alter table "coaching_session" add constraint "coaching_session_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade;`);
    this.addSql(`alter table "coaching_session" add constraint "coaching_session_trainer_id_foreign" foreign key ("trainer_id") references "trainer" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "certification" add constraint "certification_trainer_id_foreign" foreign key ("trainer_id") references "trainer" ("id") on update cascade;`);

    this.addSql(`alter table "certification_event" add constraint "certification_event_certification_id_foreign" foreign key ("certification_id") references "certification" ("id") on update cascade;`);

    this.addSql(`alter table "training_session" add constraint "training_session_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`);
    this.addSql(`alter table "training_session" add constraint "training_session_trainer_id_foreign" foreign key ("trainer_id") references "trainer" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "training_attendance" add constraint "training_attendance_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade;`);

    // Hand-written below: what the entities cannot say.
    // Enrolled, trained and coached cooperatives must have a place (see the beneficiary entity); assessments and plans may precede it.
    this.addSql(`alter table "enrollment" add constraint "enrollment_cooperative_id_foreign" foreign key ("cooperative_id") references "beneficiary" ("cooperative_id") on update cascade;`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_cooperative_id_foreign" foreign key ("cooperative_id") references "beneficiary" ("cooperative_id") on update cascade;`);
    this.addSql(`alter table "coaching_session" add constraint "coaching_session_cooperative_id_foreign" foreign key ("cooperative_id") references "beneficiary" ("cooperative_id") on update cascade;`);

    this.addSql(`alter table "beneficiary" add constraint "beneficiary_place_check" check (country_code ~ '^[A-Z]{2}$' and (region_code is null or (country_code = 'MA' and region_code ~ '^MA-(0[1-9]|1[0-2])$')));`);
    this.addSql(`alter table "program" add constraint "program_code_check" check (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$');`);
    this.addSql(`alter table "program" add constraint "program_target_check" check (target_cooperatives is null or target_cooperatives > 0);`);
    this.addSql(`alter table "cohort" add constraint "cohort_capacity_check" check (capacity > 0);`);
    this.addSql(`alter table "cohort" add constraint "cohort_dates_check" check (ends_on is null or ends_on >= starts_on);`);
    this.addSql(`alter table "enrollment" add constraint "enrollment_dates_check" check ((status <> 'ACTIVE' or started_on is not null) and (status <> 'COMPLETED' or completed_on is not null) and (status <> 'WITHDRAWN' or withdrawn_on is not null));`);
    this.addSql(`alter table "needs_assessment" add constraint "needs_assessment_scores_check" check (management between 0 and 4 and governance between 0 and 4 and production between 0 and 4 and market_access between 0 and 4 and finance between 0 and 4 and digital between 0 and 4);`);
    this.addSql(`alter table "training_session" add constraint "training_session_hours_check" check (hours > 0 and hours <= 24);`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_participants_check" check (participants_women >= 0 and participants_men >= 0 and participants_women + participants_men > 0);`);
    this.addSql(`alter table "coaching_session" add constraint "coaching_session_minutes_check" check (minutes > 0);`);
    this.addSql(`alter table "coaching_session" add constraint "coaching_session_coach_check" check (trainer_id is not null or coach_name is not null);`);
    this.addSql(`alter table "certification" add constraint "certification_dates_check" check (expires_on > issued_on);`);
    this.addSql(`alter table "certification" add constraint "certification_reason_check" check (stored_status = 'ACTIVE' or status_reason is not null);`);
    this.addSql(`alter table "certification" add constraint "certification_verification_code_check" check (verification_code ~ '^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$');`);
    // One live (not revoked) certification per trainer, tool and level.
    this.addSql(`create unique index "certification_trainer_tool_level_live_unique" on "certification" ("trainer_id", "tool", "level") where stored_status <> 'REVOKED';`);
    // The status filter (EXPIRED derived from expires_on) reads both columns.
    this.addSql(`create index "certification_stored_status_expires_on_index" on "certification" ("stored_status", "expires_on");`);
    this.addSql(`create index "enrollment_applied_on_index" on "enrollment" ("applied_on");`);

    // Trigram index: case- and accent-insensitive substring search of trainers' names.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create index "trainer_search_text_trgm" on "trainer" using gin ("search_text" gin_trgm_ops);`);

    // The audit trail of certifications is append-only: the code only inserts, and the database refuses the rest.
    this.addSql(`create function "certification_event_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'certification_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end
    $$;`);
    this.addSql(`create trigger "certification_event_no_update_delete" before update or delete on "certification_event" for each row execute function "certification_event_append_only"();`);
    this.addSql(`create trigger "certification_event_no_truncate" before truncate on "certification_event" for each statement execute function "certification_event_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "certification_event_no_update_delete" on "certification_event";`);
    this.addSql(`drop trigger if exists "certification_event_no_truncate" on "certification_event";`);
    this.addSql(`drop function if exists "certification_event_append_only"();`);

    this.addSql(`alter table "cohort" drop constraint "cohort_program_id_foreign";`);

    this.addSql(`alter table "coaching_session" drop constraint "coaching_session_program_id_foreign";`);

    this.addSql(`alter table "enrollment" drop constraint "enrollment_cohort_id_foreign";`);

    this.addSql(`alter table "training_session" drop constraint "training_session_cohort_id_foreign";`);

    this.addSql(`alter table "coaching_session" drop constraint "coaching_session_trainer_id_foreign";`);

    this.addSql(`alter table "certification" drop constraint "certification_trainer_id_foreign";`);

    this.addSql(`alter table "training_session" drop constraint "training_session_trainer_id_foreign";`);

    this.addSql(`alter table "certification_event" drop constraint "certification_event_certification_id_foreign";`);

    this.addSql(`alter table "training_attendance" drop constraint "training_attendance_session_id_foreign";`);

    this.addSql(`drop table if exists "beneficiary" cascade;`);

    this.addSql(`drop table if exists "development_action" cascade;`);

    this.addSql(`drop table if exists "needs_assessment" cascade;`);

    this.addSql(`drop table if exists "program" cascade;`);

    this.addSql(`drop table if exists "cohort" cascade;`);

    this.addSql(`drop table if exists "enrollment" cascade;`);

    this.addSql(`drop table if exists "trainer" cascade;`);

    this.addSql(`drop table if exists "coaching_session" cascade;`);

    this.addSql(`drop table if exists "certification" cascade;`);

    this.addSql(`drop table if exists "certification_event" cascade;`);

    this.addSql(`drop table if exists "training_session" cascade;`);

    this.addSql(`drop table if exists "training_attendance" cascade;`);
  }

}
