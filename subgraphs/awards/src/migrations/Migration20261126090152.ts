import { Migration } from '@mikro-orm/migrations';

export class Migration20261126090152 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "award" ("id" uuid not null, "code" text not null, "name_fr" text not null, "name_ar" text null, "name_en" text null, "purpose_fr" text not null, "purpose_ar" text null, "purpose_en" text null, "target" text check ("target" in ('WOMEN_COOPERATIVES', 'YOUNG_COOPERATIVES_AND_PROJECT_HOLDERS')) not null, "created_at" timestamptz not null default now(), constraint "award_pkey" primary key ("id"));`);
    this.addSql(`alter table "award" add constraint "award_code_unique" unique ("code");`);

    this.addSql(`create table "edition" ("id" uuid not null, "award_id" uuid not null, "year" int not null, "opens_on" date not null, "closes_on" date not null, "status" text check ("status" in ('DRAFT', 'OPEN', 'REVIEW', 'DECIDED', 'CLOSED')) not null, "prize_count" int not null, "prize_amount_centimes" int not null, "criteria" jsonb not null, "rules" jsonb not null, "decided_at" timestamptz null, "decided_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "edition_pkey" primary key ("id"));`);
    this.addSql(`create index "edition_status_index" on "edition" ("status");`);
    this.addSql(`alter table "edition" add constraint "edition_award_id_year_unique" unique ("award_id", "year");`);

    this.addSql(`create table "application" ("id" uuid not null, "edition_id" uuid not null, "kind" text check ("kind" in ('COOPERATIVE', 'PROJECT_HOLDERS')) not null, "cooperative_id" uuid null, "applicant_key" text not null, "applicant_name" text not null, "project_title" text not null, "country_code" varchar(2) not null, "region_code" varchar(6) null, "women_only" boolean not null, "registered_on" date null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'ELIGIBLE', 'INELIGIBLE', 'SHORTLISTED', 'AWARDED', 'NOT_SELECTED', 'WITHDRAWN')) not null, "ineligible_rule" text check ("ineligible_rule" in ('APPLICANT_KIND', 'WOMEN_ONLY', 'MIN_AGE', 'MAX_AGE', 'YEARS_SINCE_REGISTRATION', 'ALLOWED_COUNTRIES')) null, "ineligible_reason" text null, "submitted_at" timestamptz null, "created_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "application_pkey" primary key ("id"));`);
    this.addSql(`create index "application_cooperative_id_index" on "application" ("cooperative_id");`);
    this.addSql(`create index "application_country_code_index" on "application" ("country_code");`);
    this.addSql(`create index "application_region_code_index" on "application" ("region_code");`);
    this.addSql(`create index "application_edition_id_status_index" on "application" ("edition_id", "status");`);
    this.addSql(`alter table "application" add constraint "application_edition_applicant_unique" unique ("edition_id", "applicant_key");`);

    this.addSql(`create table "edition_sponsor" ("id" uuid not null, "edition_id" uuid not null, "organization_id" uuid not null, "name" text not null, "prize_count" int not null, "position" int not null, constraint "edition_sponsor_pkey" primary key ("id"));`);
    this.addSql(`create index "edition_sponsor_organization_id_index" on "edition_sponsor" ("organization_id");`);
    this.addSql(`alter table "edition_sponsor" add constraint "edition_sponsor_edition_id_organization_id_unique" unique ("edition_id", "organization_id");`);

    this.addSql(`create table "jury_assignment" ("id" uuid not null, "application_id" uuid not null, "juror_subject" text not null, "juror_name" text not null, "assigned_at" timestamptz not null default now(), "conflict_declared_at" timestamptz null, "conflict_reason" text null, constraint "jury_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "jury_assignment_juror_subject_index" on "jury_assignment" ("juror_subject");`);
    this.addSql(`alter table "jury_assignment" add constraint "jury_assignment_application_id_juror_subject_unique" unique ("application_id", "juror_subject");`);

    this.addSql(`create table "jury_score" ("id" uuid not null, "assignment_id" uuid not null, "criterion_code" text not null, "value" int not null, "scored_at" timestamptz not null default now(), constraint "jury_score_pkey" primary key ("id"));`);
    this.addSql(`alter table "jury_score" add constraint "jury_score_assignment_id_criterion_code_unique" unique ("assignment_id", "criterion_code");`);

    this.addSql(`create table "prize" ("id" uuid not null, "edition_id" uuid not null, "application_id" uuid not null, "rank" int not null, "sponsor_id" uuid null, "amount_centimes" int not null, "awarded_on" date not null, constraint "prize_pkey" primary key ("id"));`);
    this.addSql(`alter table "prize" add constraint "prize_application_id_unique" unique ("application_id");`);
    this.addSql(`create index "prize_sponsor_id_index" on "prize" ("sponsor_id");`);
    this.addSql(`create index "prize_edition_id_rank_index" on "prize" ("edition_id", "rank");`);

    this.addSql(`create table "project_holder" ("id" uuid not null, "application_id" uuid not null, "position" int not null, "full_name" text not null, "birth_date" date not null, "nationality" varchar(2) not null, "email" text not null, "phone" text null, constraint "project_holder_pkey" primary key ("id"));`);
    this.addSql(`create index "project_holder_nationality_index" on "project_holder" ("nationality");`);
    this.addSql(`alter table "project_holder" add constraint "project_holder_application_id_position_unique" unique ("application_id", "position");`);

    this.addSql(`alter table "edition" add constraint "edition_award_id_foreign" foreign key ("award_id") references "award" ("id") on update cascade;`);

    this.addSql(`alter table "application" add constraint "application_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`);

    this.addSql(`alter table "edition_sponsor" add constraint "edition_sponsor_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`);

    this.addSql(`alter table "jury_assignment" add constraint "jury_assignment_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade;`);

    this.addSql(`alter table "jury_score" add constraint "jury_score_assignment_id_foreign" foreign key ("assignment_id") references "jury_assignment" ("id") on update cascade;`);

    this.addSql(`alter table "prize" add constraint "prize_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`);
    this.addSql(`alter table "prize" add constraint "prize_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade;`);
    this.addSql(`alter table "prize" add constraint "prize_sponsor_id_foreign" foreign key ("sponsor_id") references "edition_sponsor" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "project_holder" add constraint "project_holder_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "edition" drop constraint "edition_award_id_foreign";`);

    this.addSql(`alter table "application" drop constraint "application_edition_id_foreign";`);

    this.addSql(`alter table "edition_sponsor" drop constraint "edition_sponsor_edition_id_foreign";`);

    this.addSql(`alter table "prize" drop constraint "prize_edition_id_foreign";`);

    this.addSql(`alter table "jury_assignment" drop constraint "jury_assignment_application_id_foreign";`);

    this.addSql(`alter table "prize" drop constraint "prize_application_id_foreign";`);

    this.addSql(`alter table "project_holder" drop constraint "project_holder_application_id_foreign";`);

    this.addSql(`alter table "prize" drop constraint "prize_sponsor_id_foreign";`);

    this.addSql(`alter table "jury_score" drop constraint "jury_score_assignment_id_foreign";`);

    this.addSql(`drop table if exists "award" cascade;`);

    this.addSql(`drop table if exists "edition" cascade;`);

    this.addSql(`drop table if exists "application" cascade;`);

    this.addSql(`drop table if exists "edition_sponsor" cascade;`);

    this.addSql(`drop table if exists "jury_assignment" cascade;`);

    this.addSql(`drop table if exists "jury_score" cascade;`);

    this.addSql(`drop table if exists "prize" cascade;`);

    this.addSql(`drop table if exists "project_holder" cascade;`);
  }

}
