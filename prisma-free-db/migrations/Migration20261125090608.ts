import { Migration } from '@mikro-orm/migrations';

export class Migration20261125090608 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "cycle_kind" as enum ('YEAR', 'HALF_YEAR', 'QUARTER');`);
    this.addSql(`create type "cycle_status" as enum ('OPEN', 'FINALISED');`);
    this.addSql(
      `create type "protection_kind" as enum ('OCCUPATIONAL_HEALTH_CHECK', 'OCCUPATIONAL_INJURY', 'MEDICAL_TREATMENT_PERIOD', 'PREGNANCY', 'MATERNITY', 'NURSING', 'LONG_SERVICE_NEAR_RETIREMENT', 'OTHER_STATUTORY');`,
    );
    this.addSql(`create type "assessment_level" as enum ('EXCELLENT', 'COMPETENT', 'BASIC', 'INCOMPETENT');`);
    this.addSql(`create type "consequence_kind" as enum ('IMPROVEMENT', 'REPLACEMENT', 'GRID_REMOVAL', 'FILL_VACANCY', 'HONOURS');`);
    this.addSql(`create type "consequence_status" as enum ('PENDING', 'DONE', 'WITHDRAWN');`);
    this.addSql(`create type "work_period_kind" as enum ('WEEK', 'MONTH');`);
    this.addSql(
      `create table "assessment_template" ("id" uuid not null, "name" varchar(50) not null, "region_id" uuid not null, "region_code" varchar(12) not null, "indicators" jsonb not null, "version" int not null default 1, "created_at" timestamptz not null, constraint "assessment_template_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "assessment_template" add constraint "assessment_template_region_code_name_unique" unique ("region_code", "name");`);

    this.addSql(
      `create table "assessment_cycle" ("id" uuid not null, "region_id" uuid not null, "region_code" varchar(12) not null, "kind" "cycle_kind" not null, "year" int not null, "part" int not null, "label" varchar(8) not null, "period_start" date not null, "period_end" date not null, "template_name" varchar(50) not null, "indicators" jsonb not null, "status" "cycle_status" not null default 'OPEN', "measured_to" date null, "computed_at" timestamptz null, "finalised_on" date null, "finalised_by" varchar(64) null, "thresholds" jsonb null, "excellent_quota_percent" int null, "reopenings" int not null default 0, "opened_by" varchar(64) not null, "version" int not null default 1, "created_at" timestamptz not null, constraint "assessment_cycle_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "assessment_cycle_region_code_idx" on "assessment_cycle" ("region_code" text_pattern_ops);`);
    this.addSql(
      `alter table "assessment_cycle" add constraint "assessment_cycle_region_code_kind_year_part_unique" unique ("region_code", "kind", "year", "part");`,
    );

    this.addSql(
      `create table "labour_protection" ("id" uuid not null, "worker_id" uuid not null, "region_code" varchar(12) not null, "kind" "protection_kind" not null, "from_date" date not null, "to_date" date null, "evidence" varchar(300) not null, "recorded_by" varchar(64) not null, "version" int not null default 1, "created_at" timestamptz not null, constraint "labour_protection_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "labour_protection_region_code_idx" on "labour_protection" ("region_code" text_pattern_ops);`);
    this.addSql(`create index "labour_protection_worker_id_from_date_index" on "labour_protection" ("worker_id", "from_date");`);

    this.addSql(
      `create table "assessment_result" ("id" uuid not null, "cycle_id" uuid not null, "worker_id" uuid not null, "region_code" varchar(12) not null, "category" "worker_category" not null, "rated" boolean not null default true, "measures" jsonb null, "indicator_scores" jsonb not null, "entered" jsonb not null, "computed_x100" int null, "adjusted_x100" int null, "adjustment_reason" varchar(500) null, "final_x100" int null, "level" "assessment_level" null, "stars" int null, "version" int not null default 1, constraint "assessment_result_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "assessment_result_region_code_idx" on "assessment_result" ("region_code" text_pattern_ops);`);
    this.addSql(`create index "assessment_result_worker_id_index" on "assessment_result" ("worker_id");`);
    this.addSql(`alter table "assessment_result" add constraint "assessment_result_cycle_id_worker_id_unique" unique ("cycle_id", "worker_id");`);

    this.addSql(
      `create table "assessment_consequence" ("id" uuid not null, "cycle_id" uuid not null, "result_id" uuid not null, "worker_id" uuid not null, "region_code" varchar(12) not null, "kind" "consequence_kind" not null, "status" "consequence_status" not null default 'PENDING', "legal_basis" varchar(300) not null, "grid_id" uuid null, "since" date null, "details" jsonb not null, "done_on" date null, "done_by" varchar(64) null, "note" varchar(500) null, "version" int not null default 1, "created_at" timestamptz not null, constraint "assessment_consequence_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "assessment_consequence_region_code_idx" on "assessment_consequence" ("region_code" text_pattern_ops);`);
    this.addSql(`create index "assessment_consequence_cycle_id_status_index" on "assessment_consequence" ("cycle_id", "status");`);
    this.addSql(`create index "assessment_consequence_worker_id_kind_index" on "assessment_consequence" ("worker_id", "kind");`);

    this.addSql(
      `create table "work_record" ("id" uuid not null, "worker_id" uuid not null, "region_code" varchar(12) not null, "period_kind" "work_period_kind" not null, "period_start" date not null, "full_area_visit" boolean null, "events_reported" int null, "events_closed_on_time" int null, "satisfaction_x100" int null, "source" varchar(100) not null, "import_id" uuid null, "recorded_by" varchar(64) not null, "version" int not null default 1, "updated_at" timestamptz not null, constraint "work_record_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "work_record_region_code_idx" on "work_record" ("region_code" text_pattern_ops);`);
    this.addSql(
      `alter table "work_record" add constraint "work_record_worker_id_period_kind_period_start_unique" unique ("worker_id", "period_kind", "period_start");`,
    );

    this.addSql(
      `alter table "assessment_template" add constraint "assessment_template_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "assessment_cycle" add constraint "assessment_cycle_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "labour_protection" add constraint "labour_protection_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "assessment_result" add constraint "assessment_result_cycle_id_foreign" foreign key ("cycle_id") references "assessment_cycle" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "assessment_result" add constraint "assessment_result_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "assessment_consequence" add constraint "assessment_consequence_cycle_id_foreign" foreign key ("cycle_id") references "assessment_cycle" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "assessment_consequence" add constraint "assessment_consequence_result_id_foreign" foreign key ("result_id") references "assessment_result" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "assessment_consequence" add constraint "assessment_consequence_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "assessment_consequence" add constraint "assessment_consequence_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "work_record" add constraint "work_record_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "assessment_result" drop constraint "assessment_result_cycle_id_foreign";`);

    this.addSql(`alter table "assessment_consequence" drop constraint "assessment_consequence_cycle_id_foreign";`);

    this.addSql(`alter table "assessment_consequence" drop constraint "assessment_consequence_result_id_foreign";`);

    this.addSql(`drop table if exists "assessment_template" cascade;`);

    this.addSql(`drop table if exists "assessment_cycle" cascade;`);

    this.addSql(`drop table if exists "labour_protection" cascade;`);

    this.addSql(`drop table if exists "assessment_result" cascade;`);

    this.addSql(`drop table if exists "assessment_consequence" cascade;`);

    this.addSql(`drop table if exists "work_record" cascade;`);

    this.addSql(`drop type "cycle_kind";`);
    this.addSql(`drop type "cycle_status";`);
    this.addSql(`drop type "protection_kind";`);
    this.addSql(`drop type "assessment_level";`);
    this.addSql(`drop type "consequence_kind";`);
    this.addSql(`drop type "consequence_status";`);
    this.addSql(`drop type "work_period_kind";`);
  }
}
