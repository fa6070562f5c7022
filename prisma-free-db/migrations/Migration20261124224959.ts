import { Migration } from '@mikro-orm/migrations';

export class Migration20261124224959 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "campaign_status" as enum ('DRAFT', 'OPEN', 'CLOSED', 'FINISHED');`);
    this.addSql(
      `create type "application_stage" as enum ('REGISTERED', 'ELIGIBILITY', 'EXAM', 'MEDICAL', 'VETTING', 'PUBLICITY', 'TRAINING', 'HIRED', 'REJECTED', 'WITHDRAWN');`,
    );
    this.addSql(`create type "objection_status" as enum ('OPEN', 'UPHELD', 'DISMISSED');`);
    this.addSql(
      `create table "campaign" ("id" uuid not null, "title" varchar(200) not null, "county_id" uuid not null, "region_code" varchar(12) not null, "min_age" int not null, "max_age" int not null, "age_reference_date" date not null, "min_education" "education" null, "residence_prefix" varchar(12) null, "other_requirements" text null, "registration_from" date not null, "registration_to" date not null, "written_weight_percent" int not null, "publicity_working_days" int not null, "status" "campaign_status" not null default 'DRAFT', "publicity_starts_on" date null, "publicity_ends_on" date null, "version" int not null default 1, "created_at" timestamptz not null, constraint "campaign_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "campaign_region_code_idx" on "campaign" ("region_code" text_pattern_ops);`);

    this.addSql(
      `create table "position" ("id" uuid not null, "campaign_id" uuid not null, "title" varchar(100) not null, "region_id" uuid not null, "region_code" varchar(12) not null, "grid_id" uuid null, "category" "worker_category" not null, "headcount" int not null, constraint "position_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "application" ("id" uuid not null, "campaign_id" uuid not null, "position_id" uuid not null, "region_code" varchar(12) not null, "name" varchar(50) not null, "id_number_cipher" text not null, "id_number_hash" varchar(64) not null, "id_number_masked" varchar(18) not null, "birth_date" date not null, "sex" "sex" not null, "phone" varchar(11) not null, "education" "education" null, "home_region_code" varchar(12) null, "cpc_member" boolean not null default false, "professional_title" boolean not null default false, "social_work_certificate" boolean not null default false, "veteran" boolean not null default false, "low_income" boolean not null default false, "under_investigation" boolean not null default false, "criminal_punishment" boolean not null default false, "public_security_punishment" boolean not null default false, "dismissed_from_public_employment" boolean not null default false, "stage" "application_stage" not null default 'REGISTERED', "end_reason" varchar(500) null, "written_score" int null, "interview_score" int null, "composite_score" int null, "rank" int null, "vetted" boolean not null default false, "worker_id" uuid null, "version" int not null default 1, "registered_at" timestamptz not null, constraint "application_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "application_position_id_stage_index" on "application" ("position_id", "stage");`);
    this.addSql(`create index "application_region_code_idx" on "application" ("region_code" text_pattern_ops);`);
    this.addSql(`alter table "application" add constraint "application_campaign_id_id_number_hash_unique" unique ("campaign_id", "id_number_hash");`);

    this.addSql(
      `create table "stage_change" ("id" uuid not null, "application_id" uuid not null, "from_stage" "application_stage" null, "to_stage" "application_stage" not null, "reason" varchar(500) null, "actor" varchar(50) not null, "at" timestamptz not null, constraint "stage_change_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "stage_change_application_id_index" on "stage_change" ("application_id");`);

    this.addSql(
      `create table "objection" ("id" uuid not null, "application_id" uuid not null, "region_code" varchar(12) not null, "content" text not null, "filed_on" date not null, "status" "objection_status" not null default 'OPEN', "decision" text null, "decided_on" date null, constraint "objection_pkey" primary key ("id"));`,
    );

    this.addSql(`alter table "campaign" add constraint "campaign_county_id_foreign" foreign key ("county_id") references "region" ("id") on update cascade;`);

    this.addSql(
      `alter table "position" add constraint "position_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`,
    );
    this.addSql(`alter table "position" add constraint "position_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`);
    this.addSql(
      `alter table "position" add constraint "position_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "application" add constraint "application_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "stage_change" add constraint "stage_change_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "objection" add constraint "objection_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "position" drop constraint "position_campaign_id_foreign";`);

    this.addSql(`alter table "application" drop constraint "application_campaign_id_foreign";`);

    this.addSql(`alter table "application" drop constraint "application_position_id_foreign";`);

    this.addSql(`alter table "stage_change" drop constraint "stage_change_application_id_foreign";`);

    this.addSql(`alter table "objection" drop constraint "objection_application_id_foreign";`);

    this.addSql(`drop table if exists "campaign" cascade;`);

    this.addSql(`drop table if exists "position" cascade;`);

    this.addSql(`drop table if exists "application" cascade;`);

    this.addSql(`drop table if exists "stage_change" cascade;`);

    this.addSql(`drop table if exists "objection" cascade;`);

    this.addSql(`drop type "campaign_status";`);
    this.addSql(`drop type "application_stage";`);
    this.addSql(`drop type "objection_status";`);
  }
}
