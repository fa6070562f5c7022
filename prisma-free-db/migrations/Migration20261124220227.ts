import { Migration } from '@mikro-orm/migrations';

export class Migration20261124220227 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "flag_subject_type" as enum ('WORKER', 'CONTRACT', 'GRID', 'REGION');`);
    this.addSql(`create type "flag_severity" as enum ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');`);
    this.addSql(`create type "insurance_kind" as enum ('PENSION', 'MEDICAL', 'UNEMPLOYMENT', 'WORK_INJURY', 'ACCIDENT');`);
    this.addSql(`create type "payer_kind" as enum ('COUNTY', 'TOWNSHIP', 'EMPLOYER', 'WORKER');`);
    this.addSql(`create type "scan_trigger" as enum ('SCHEDULE', 'MANUAL');`);
    this.addSql(`create type "scan_status" as enum ('QUEUED', 'RUNNING', 'DONE', 'FAILED');`);
    this.addSql(`create type "contract_kind" as enum ('LABOR', 'DISPATCH', 'SERVICE_PURCHASE', 'PART_TIME_AGREEMENT');`);
    this.addSql(`create type "employer_kind" as enum ('COUNTY_OFFICE', 'TOWNSHIP', 'LABOR_COMPANY', 'OTHER');`);
    this.addSql(`create type "contract_status" as enum ('DRAFT', 'ACTIVE', 'ENDED', 'TERMINATED');`);
    this.addSql(
      `create table "compliance_flag" ("id" uuid not null, "rule" varchar(64) not null, "subject_type" "flag_subject_type" not null, "subject_id" uuid not null, "worker_id" uuid null, "period" varchar(32) not null, "severity" "flag_severity" not null, "message" text not null, "citation" varchar(300) not null, "details" jsonb not null, "region_code" varchar(12) not null, "found_at" timestamptz not null, "resolved_at" timestamptz null, constraint "compliance_flag_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "compliance_flag_worker_id_index" on "compliance_flag" ("worker_id");`);
    this.addSql(`create index "compliance_flag_subject_id_index" on "compliance_flag" ("subject_id");`);
    this.addSql(`create index "compliance_flag_region_code_idx" on "compliance_flag" ("region_code" text_pattern_ops) where "resolved_at" is null;`);
    this.addSql(`create unique index "compliance_flag_open_unique" on "compliance_flag" ("rule", "subject_id", "period") where "resolved_at" is null;`);

    this.addSql(
      `create table "insurance_policy" ("id" uuid not null, "kind" "insurance_kind" not null, "insurer" varchar(100) not null, "policy_number" varchar(64) not null, "holder_id" uuid not null, "region_code" varchar(12) not null, "payer" "payer_kind" not null, "valid_from" date not null, "valid_to" date null, "premium_fen" bigint not null, "version" int not null default 1, "created_at" timestamptz not null, constraint "insurance_policy_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "insurance_policy_region_code_idx" on "insurance_policy" ("region_code" text_pattern_ops);`);
    this.addSql(`alter table "insurance_policy" add constraint "insurance_policy_insurer_policy_number_unique" unique ("insurer", "policy_number");`);

    this.addSql(
      `create table "scan_run" ("id" uuid not null, "job_id" varchar(200) not null, "trigger" "scan_trigger" not null, "status" "scan_status" not null, "region_code" varchar(12) not null, "rules" jsonb null, "as_of" date null, "requested_by" varchar(50) null, "chunks_done" int not null default 0, "opened" int not null default 0, "updated" int not null default 0, "resolved" int not null default 0, "error" text null, "queued_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, constraint "scan_run_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "scan_run" add constraint "scan_run_job_id_unique" unique ("job_id");`);

    this.addSql(
      `create table "insured_person" ("id" uuid not null, "policy_id" uuid not null, "worker_id" uuid not null, "region_code" varchar(12) not null, "covered_from" date not null, "covered_to" date null, constraint "insured_person_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "insured_person_worker_id_index" on "insured_person" ("worker_id");`);
    this.addSql(`alter table "insured_person" add constraint "insured_person_policy_id_worker_id_unique" unique ("policy_id", "worker_id");`);

    this.addSql(
      `create table "contract" ("id" uuid not null, "worker_id" uuid not null, "region_code" varchar(12) not null, "kind" "contract_kind" not null, "employer_kind" "employer_kind" not null, "employer_name" varchar(100) not null, "signed_on" date null, "start_date" date not null, "end_date" date null, "probation_end_date" date null, "probation_limit_date" date null, "probation_regulated" boolean not null default true, "monthly_base_pay_fen" bigint not null, "status" "contract_status" not null default 'DRAFT', "previous_id" uuid null, "open_ended_reason" varchar(300) null, "ended_on" date null, "termination_reason" varchar(500) null, "notes" varchar(500) null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "contract_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "contract" add constraint "contract_previous_id_unique" unique ("previous_id");`);
    this.addSql(`create index "contract_status_end_date_index" on "contract" ("status", "end_date");`);
    this.addSql(`create index "contract_worker_id_status_index" on "contract" ("worker_id", "status");`);
    this.addSql(`create index "contract_region_code_idx" on "contract" ("region_code" text_pattern_ops);`);

    this.addSql(
      `alter table "insurance_policy" add constraint "insurance_policy_holder_id_foreign" foreign key ("holder_id") references "region" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "insured_person" add constraint "insured_person_policy_id_foreign" foreign key ("policy_id") references "insurance_policy" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "insured_person" add constraint "insured_person_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade;`,
    );

    this.addSql(`alter table "contract" add constraint "contract_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade;`);
    this.addSql(
      `alter table "contract" add constraint "contract_previous_id_foreign" foreign key ("previous_id") references "contract" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "insured_person" drop constraint "insured_person_policy_id_foreign";`);

    this.addSql(`alter table "contract" drop constraint "contract_previous_id_foreign";`);

    this.addSql(`drop table if exists "compliance_flag" cascade;`);

    this.addSql(`drop table if exists "insurance_policy" cascade;`);

    this.addSql(`drop table if exists "scan_run" cascade;`);

    this.addSql(`drop table if exists "insured_person" cascade;`);

    this.addSql(`drop table if exists "contract" cascade;`);

    this.addSql(`drop type "flag_subject_type";`);
    this.addSql(`drop type "flag_severity";`);
    this.addSql(`drop type "insurance_kind";`);
    this.addSql(`drop type "payer_kind";`);
    this.addSql(`drop type "scan_trigger";`);
    this.addSql(`drop type "scan_status";`);
    this.addSql(`drop type "contract_kind";`);
    this.addSql(`drop type "employer_kind";`);
    this.addSql(`drop type "contract_status";`);
  }
}
