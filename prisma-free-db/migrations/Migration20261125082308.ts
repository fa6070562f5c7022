import { Migration } from '@mikro-orm/migrations';

export class Migration20261125082308 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "calendar_day_kind" as enum ('HOLIDAY', 'WORKDAY');`);
    this.addSql(
      `create table "publicity_round" ("id" uuid not null, "campaign_id" uuid not null, "round" int not null, "region_code" varchar(12) not null, "starts_on" date not null, "ends_on" date not null, "already_posted_reason" varchar(500) null, "opened_by" varchar(64) not null, "opened_at" timestamptz not null, "version" int not null default 1, constraint "publicity_round_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "publicity_round" add constraint "publicity_round_campaign_id_round_unique" unique ("campaign_id", "round");`);

    this.addSql(
      `create table "working_calendar_day" ("day" date not null, "year" int not null, "kind" "calendar_day_kind" not null, constraint "working_calendar_day_pkey" primary key ("day"));`,
    );
    this.addSql(`create index "working_calendar_day_year_index" on "working_calendar_day" ("year");`);

    this.addSql(
      `create table "working_calendar_year" ("year" int not null, "source" varchar(300) not null, "entered_by" varchar(64) not null, "version" int not null default 1, "updated_at" timestamptz not null, constraint "working_calendar_year_pkey" primary key ("year"));`,
    );

    this.addSql(
      `alter table "publicity_round" add constraint "publicity_round_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`,
    );

    // Campaigns made before: the defaults of the policies in force then.
    this.addSql(
      `alter table "campaign" add column "disqualifications" jsonb null, add column "priority_rule" jsonb null, add column "employer_kind" "employer_kind" null, add column "employer_name" varchar(100) null;`,
    );
    this.addSql(
      `update "campaign" set "disqualifications" = '["UNDER_INVESTIGATION","CRIMINAL_PUNISHMENT","PUBLIC_SECURITY_PUNISHMENT","DISMISSED_FROM_PUBLIC_EMPLOYMENT"]', "priority_rule" = '{"mode":"ORDER","order":["cpcMember","professionalTitle","socialWorkCertificate","veteran","lowIncome"],"writtenScoreBreaksTies":true}';`,
    );
    this.addSql(`alter table "campaign" alter column "disqualifications" set not null, alter column "priority_rule" set not null;`);

    this.addSql(`alter table "position" add column "employer_kind" "employer_kind" null, add column "employer_name" varchar(100) null;`);

    this.addSql(
      `alter table "application" add column "extra_exam_score" int null, add column "tied" boolean not null default false, add column "vetted_on" date null, add column "publicity_round_id" uuid null;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_publicity_round_id_foreign" foreign key ("publicity_round_id") references "publicity_round" ("id") on update cascade on delete set null;`,
    );

    // A campaign's one publicity period becomes its first round, listing who went through it.
    this.addSql(`insert into "publicity_round" ("id", "campaign_id", "round", "region_code", "starts_on", "ends_on", "opened_by", "opened_at", "version")
      select gen_random_uuid(), c."id", 1, c."region_code", c."publicity_starts_on", c."publicity_ends_on", 'migration', now(), 1 from "campaign" c where c."publicity_starts_on" is not null;`);
    this.addSql(`update "application" a set "publicity_round_id" = r."id" from "publicity_round" r
      where r."campaign_id" = a."campaign_id" and exists (select 1 from "stage_change" sc where sc."application_id" = a."id" and sc."to_stage" = 'PUBLICITY');`);
    this.addSql(
      `update "application" a set "vetted_on" = (select min(sc."at")::date from "stage_change" sc where sc."application_id" = a."id" and sc."from_stage" = 'VETTING' and sc."to_stage" = 'VETTING') where a."vetted";`,
    );
    this.addSql(`alter table "campaign" drop column "publicity_starts_on", drop column "publicity_ends_on";`);

    // The working-day calendar, from the State Council General Office's notices (it was a file before).
    this.addSql(
      `insert into "working_calendar_year" ("year", "source", "entered_by", "version", "updated_at") values (2025, '国务院办公厅关于2025年部分节假日安排的通知', 'migration', 1, now());`,
    );
    this.addSql(
      `insert into "working_calendar_day" ("day", "year", "kind") values ('2025-01-01', 2025, 'HOLIDAY'), ('2025-01-28', 2025, 'HOLIDAY'), ('2025-01-29', 2025, 'HOLIDAY'), ('2025-01-30', 2025, 'HOLIDAY'), ('2025-01-31', 2025, 'HOLIDAY'), ('2025-02-01', 2025, 'HOLIDAY'), ('2025-02-02', 2025, 'HOLIDAY'), ('2025-02-03', 2025, 'HOLIDAY'), ('2025-02-04', 2025, 'HOLIDAY'), ('2025-04-04', 2025, 'HOLIDAY'), ('2025-04-05', 2025, 'HOLIDAY'), ('2025-04-06', 2025, 'HOLIDAY'), ('2025-05-01', 2025, 'HOLIDAY'), ('2025-05-02', 2025, 'HOLIDAY'), ('2025-05-03', 2025, 'HOLIDAY'), ('2025-05-04', 2025, 'HOLIDAY'), ('2025-05-05', 2025, 'HOLIDAY'), ('2025-05-31', 2025, 'HOLIDAY'), ('2025-06-01', 2025, 'HOLIDAY'), ('2025-06-02', 2025, 'HOLIDAY'), ('2025-10-01', 2025, 'HOLIDAY'), ('2025-10-02', 2025, 'HOLIDAY'), ('2025-10-03', 2025, 'HOLIDAY'), ('2025-10-04', 2025, 'HOLIDAY'), ('2025-10-05', 2025, 'HOLIDAY'), ('2025-10-06', 2025, 'HOLIDAY'), ('2025-10-07', 2025, 'HOLIDAY'), ('2025-10-08', 2025, 'HOLIDAY'), ('2025-01-26', 2025, 'WORKDAY'), ('2025-02-08', 2025, 'WORKDAY'), ('2025-04-27', 2025, 'WORKDAY'), ('2025-09-28', 2025, 'WORKDAY'), ('2025-10-11', 2025, 'WORKDAY');`,
    );
    this.addSql(
      `insert into "working_calendar_year" ("year", "source", "entered_by", "version", "updated_at") values (2026, '国务院办公厅关于2026年部分节假日安排的通知', 'migration', 1, now());`,
    );
    this.addSql(
      `insert into "working_calendar_day" ("day", "year", "kind") values ('2026-01-01', 2026, 'HOLIDAY'), ('2026-01-02', 2026, 'HOLIDAY'), ('2026-01-03', 2026, 'HOLIDAY'), ('2026-02-15', 2026, 'HOLIDAY'), ('2026-02-16', 2026, 'HOLIDAY'), ('2026-02-17', 2026, 'HOLIDAY'), ('2026-02-18', 2026, 'HOLIDAY'), ('2026-02-19', 2026, 'HOLIDAY'), ('2026-02-20', 2026, 'HOLIDAY'), ('2026-02-21', 2026, 'HOLIDAY'), ('2026-02-22', 2026, 'HOLIDAY'), ('2026-02-23', 2026, 'HOLIDAY'), ('2026-04-04', 2026, 'HOLIDAY'), ('2026-04-05', 2026, 'HOLIDAY'), ('2026-04-06', 2026, 'HOLIDAY'), ('2026-05-01', 2026, 'HOLIDAY'), ('2026-05-02', 2026, 'HOLIDAY'), ('2026-05-03', 2026, 'HOLIDAY'), ('2026-05-04', 2026, 'HOLIDAY'), ('2026-05-05', 2026, 'HOLIDAY'), ('2026-06-19', 2026, 'HOLIDAY'), ('2026-06-20', 2026, 'HOLIDAY'), ('2026-06-21', 2026, 'HOLIDAY'), ('2026-09-25', 2026, 'HOLIDAY'), ('2026-09-26', 2026, 'HOLIDAY'), ('2026-09-27', 2026, 'HOLIDAY'), ('2026-10-01', 2026, 'HOLIDAY'), ('2026-10-02', 2026, 'HOLIDAY'), ('2026-10-03', 2026, 'HOLIDAY'), ('2026-10-04', 2026, 'HOLIDAY'), ('2026-10-05', 2026, 'HOLIDAY'), ('2026-10-06', 2026, 'HOLIDAY'), ('2026-10-07', 2026, 'HOLIDAY'), ('2026-01-04', 2026, 'WORKDAY'), ('2026-02-14', 2026, 'WORKDAY'), ('2026-02-28', 2026, 'WORKDAY'), ('2026-05-09', 2026, 'WORKDAY'), ('2026-09-20', 2026, 'WORKDAY'), ('2026-10-10', 2026, 'WORKDAY');`,
    );
  }

  override async down(): Promise<void> {
    // Each campaign keeps the dates of its last publicity round.
    this.addSql(`alter table "campaign" add column "publicity_starts_on" date null, add column "publicity_ends_on" date null;`);
    this.addSql(`update "campaign" c set "publicity_starts_on" = r."starts_on", "publicity_ends_on" = r."ends_on" from "publicity_round" r
      where r."campaign_id" = c."id" and r."round" = (select max("round") from "publicity_round" x where x."campaign_id" = c."id");`);
    this.addSql(`alter table "application" drop constraint "application_publicity_round_id_foreign";`);
    this.addSql(`drop table if exists "publicity_round" cascade;`);
    this.addSql(`drop table if exists "working_calendar_day" cascade;`);
    this.addSql(`drop table if exists "working_calendar_year" cascade;`);
    this.addSql(`alter table "application" drop column "extra_exam_score", drop column "tied", drop column "vetted_on", drop column "publicity_round_id";`);
    this.addSql(
      `alter table "campaign" drop column "disqualifications", drop column "priority_rule", drop column "employer_kind", drop column "employer_name";`,
    );
    this.addSql(`alter table "position" drop column "employer_kind", drop column "employer_name";`);
    this.addSql(`drop type "calendar_day_kind";`);
  }
}
