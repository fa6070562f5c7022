import { Migration } from '@mikro-orm/migrations';

export class Migration20261207031304 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "exit_reason" as enum ('RESIGNED', 'DISMISSED', 'NO_FAULT', 'CONTRACT_ENDED', 'REPLACED', 'DECEASED', 'OTHER');`);
    this.addSql(`create type "no_fault_ground" as enum ('ILLNESS', 'INCOMPETENT', 'CHANGED_CIRCUMSTANCES');`);
    this.addSql(`create type "exit_notice" as enum ('WRITTEN_NOTICE', 'PAY_IN_LIEU');`);
    this.addSql(`create type "exit_status" as enum ('OPEN', 'DONE');`);
    this.addSql(
      `create type "exit_step_kind" as enum ('HAND_OVER_GRID', 'END_CONTRACT', 'END_INSURANCE', 'FINAL_PAY', 'RETURN_EQUIPMENT', 'CERTIFICATE_AND_TRANSFER');`,
    );
    this.addSql(
      `create table "exit_case" ("id" uuid not null, "worker_id" uuid not null, "region_code" varchar(12) not null, "reason" "exit_reason" not null, "no_fault_ground" "no_fault_ground" null, "notice" "exit_notice" null, "notice_on" date not null, "last_day" date not null, "employer_fault" boolean not null default false, "refused_renewal" boolean not null default false, "criminal_liability" boolean not null default false, "union_notified_on" date null, "misconduct_id" uuid null, "contract_kind" varchar(32) null, "severance_owed" boolean not null default false, "average_monthly_fen" bigint not null default 0, "severance_half_months" int not null default 0, "severance_fen" bigint not null default 0, "pay_in_lieu_fen" bigint not null default 0, "final_month_fen" bigint not null default 0, "transfer_due_on" date not null, "rehire_blocked" boolean not null default false, "note" varchar(500) null, "status" "exit_status" not null default 'OPEN', "completed_on" date null, "opened_by" varchar(64) not null, "version" int not null default 1, "created_at" timestamptz not null, constraint "exit_case_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "exit_case_region_code_idx" on "exit_case" ("region_code" text_pattern_ops);`);
    this.addSql(`alter table "exit_case" add constraint "exit_case_worker_id_unique" unique ("worker_id");`);

    this.addSql(
      `create table "exit_step" ("id" uuid not null, "exit_case_id" uuid not null, "position" int not null, "kind" "exit_step_kind" not null, "grid_id" uuid null, "handed_to_id" uuid null, "vacancy" boolean not null default false, "due_on" date null, "done_on" date null, "done_by" varchar(64) null, "note" varchar(300) null, constraint "exit_step_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "exit_step_exit_case_id_index" on "exit_step" ("exit_case_id");`);

    this.addSql(`alter table "exit_case" add constraint "exit_case_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade;`);
    this.addSql(
      `alter table "exit_case" add constraint "exit_case_misconduct_id_foreign" foreign key ("misconduct_id") references "misconduct" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "exit_step" add constraint "exit_step_exit_case_id_foreign" foreign key ("exit_case_id") references "exit_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "exit_step" add constraint "exit_step_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "exit_step" add constraint "exit_step_handed_to_id_foreign" foreign key ("handed_to_id") references "worker" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "exit_step" drop constraint "exit_step_exit_case_id_foreign";`);

    this.addSql(`drop table if exists "exit_case" cascade;`);

    this.addSql(`drop table if exists "exit_step" cascade;`);

    this.addSql(`drop type "exit_reason";`);
    this.addSql(`drop type "no_fault_ground";`);
    this.addSql(`drop type "exit_notice";`);
    this.addSql(`drop type "exit_status";`);
    this.addSql(`drop type "exit_step_kind";`);
  }
}
