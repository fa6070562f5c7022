import { Migration } from '@mikro-orm/migrations';

export class Migration20261125105905 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "job_outbox" ("id" varchar(200) not null, "queue" varchar(64) not null, "name" varchar(64) not null, "data" jsonb not null, "options" jsonb not null, "created_at" timestamptz not null, "attempts" int not null default 0, "last_error" text null, constraint "job_outbox_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "job_outbox_created_at_index" on "job_outbox" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "job_outbox" cascade;`);
  }
}
