import { Migration } from '@mikro-orm/migrations';

// Issue 13 item 4: reports written to files by jobs, downloaded once through a link that expires.
export class Migration20261207065500AuditA extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "report_file_status" as enum ('QUEUED', 'RUNNING', 'DONE', 'FAILED');`);
    this.addSql(
      `create table "report_file" ("id" uuid not null, "report" varchar(64) not null, "params" jsonb not null, "format" varchar(8) not null, "user_id" uuid not null, "username" varchar(64) not null, "role" varchar(32) not null, "scope_prefix" varchar(12) not null, "region_code" varchar(12) not null, "status" "report_file_status" not null default 'QUEUED', "progress" int not null default 0, "rows" int null, "file_name" varchar(200) null, "size_bytes" bigint null, "token_hash" varchar(64) not null, "expires_at" timestamptz null, "downloaded_at" timestamptz null, "error" text null, "created_at" timestamptz not null, constraint "report_file_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "report_file_expires_at_index" on "report_file" ("expires_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "report_file" cascade;`);
    this.addSql(`drop type "report_file_status";`);
  }
}
