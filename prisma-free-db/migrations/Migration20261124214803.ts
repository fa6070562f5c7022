import { Migration } from '@mikro-orm/migrations';

export class Migration20261124214803 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "sex" as enum ('MALE', 'FEMALE');`);
    this.addSql(`create type "education" as enum ('PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'JUNIOR_COLLEGE', 'BACHELOR', 'MASTER', 'DOCTOR');`);
    this.addSql(`create type "political_status" as enum ('CPC_MEMBER', 'CPC_PROBATIONARY', 'CYL_MEMBER', 'DEMOCRATIC_PARTY', 'MASSES');`);
    this.addSql(`create type "social_work_certificate" as enum ('NONE', 'ASSISTANT', 'INTERMEDIATE', 'SENIOR');`);
    this.addSql(`create type "hire_source" as enum ('SERVICE_PURCHASE', 'LABOR_COMPANY', 'VILLAGE_COMMITTEE', 'GRADUATE_SCHEME', 'COMMUNITY_WORKER');`);
    this.addSql(`create type "worker_category" as enum ('GRID_LEADER', 'FULL_TIME', 'PART_TIME', 'PROFESSIONAL', 'AUXILIARY', 'INFORMANT');`);
    this.addSql(`create type "worker_status" as enum ('CANDIDATE', 'ONBOARDING', 'ACTIVE', 'EXITED');`);
    this.addSql(
      `create type "misconduct_kind" as enum ('LEAKING_SECRETS', 'PERSONAL_INFO_ABUSE', 'SELF_DEALING', 'FALSIFICATION_OR_SHIRKING', 'ABUSIVE_CONDUCT', 'OTHER_VIOLATION');`,
    );
    this.addSql(
      `create table "worker" ("id" uuid not null, "name" varchar(50) not null, "id_number_cipher" text not null, "id_number_hash" varchar(64) not null, "id_number_masked" varchar(18) not null, "birth_date" date not null, "sex" "sex" not null, "phone" varchar(11) not null, "education" "education" null, "political_status" "political_status" null, "veteran" boolean not null default false, "low_income" boolean not null default false, "social_work_certificate" "social_work_certificate" not null default 'NONE', "professional_title" varchar(50) null, "home_region_code" varchar(12) null, "hire_source" "hire_source" null, "category" "worker_category" not null, "status" "worker_status" not null, "region_id" uuid not null, "region_code" varchar(12) not null, "hired_on" date null, "exited_on" date null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "worker_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "worker" add constraint "worker_id_number_hash_unique" unique ("id_number_hash");`);
    this.addSql(`create index "worker_phone_index" on "worker" ("phone");`);
    this.addSql(`create index "worker_region_code_idx" on "worker" ("region_code" text_pattern_ops);`);

    this.addSql(
      `create table "misconduct" ("id" uuid not null, "worker_id" uuid not null, "kind" "misconduct_kind" not null, "occurred_on" date not null, "finding" text not null, "decided_by" varchar(100) not null, "region_code" varchar(12) not null, "created_at" timestamptz not null, constraint "misconduct_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "grid_assignment" ("id" uuid not null, "worker_id" uuid not null, "grid_id" uuid not null, "role" "worker_category" not null, "from_date" date not null, "to_date" date null, "region_code" varchar(12) not null, "created_at" timestamptz not null, constraint "grid_assignment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "grid_assignment_grid_id_to_date_index" on "grid_assignment" ("grid_id", "to_date");`);
    this.addSql(`create index "grid_assignment_worker_id_to_date_index" on "grid_assignment" ("worker_id", "to_date");`);

    this.addSql(`alter table "worker" add constraint "worker_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`);

    this.addSql(
      `alter table "misconduct" add constraint "misconduct_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "grid_assignment" add constraint "grid_assignment_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "grid_assignment" add constraint "grid_assignment_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "misconduct" drop constraint "misconduct_worker_id_foreign";`);

    this.addSql(`alter table "grid_assignment" drop constraint "grid_assignment_worker_id_foreign";`);

    this.addSql(`drop table if exists "worker" cascade;`);

    this.addSql(`drop table if exists "misconduct" cascade;`);

    this.addSql(`drop table if exists "grid_assignment" cascade;`);

    this.addSql(`drop type "sex";`);
    this.addSql(`drop type "education";`);
    this.addSql(`drop type "political_status";`);
    this.addSql(`drop type "social_work_certificate";`);
    this.addSql(`drop type "hire_source";`);
    this.addSql(`drop type "worker_category";`);
    this.addSql(`drop type "worker_status";`);
    this.addSql(`drop type "misconduct_kind";`);
  }
}
