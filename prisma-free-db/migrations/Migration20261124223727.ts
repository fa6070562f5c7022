import { Migration } from '@mikro-orm/migrations';

export class Migration20261124223727 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "training_level" as enum ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'DEPARTMENT');`);
    this.addSql(`create type "training_kind" as enum ('PRE_JOB', 'REGULAR', 'SPECIAL');`);
    this.addSql(`create type "attendance_status" as enum ('PRESENT', 'ABSENT', 'EXCUSED');`);
    this.addSql(
      `create table "training_session" ("id" uuid not null, "level" "training_level" not null, "kind" "training_kind" not null, "organiser_id" uuid not null, "region_code" varchar(12) not null, "held_on" date not null, "minutes" int not null, "topic" varchar(200) not null, "trainer" varchar(100) null, "place" varchar(200) null, "department" varchar(100) null, "version" int not null default 1, "created_at" timestamptz not null, constraint "training_session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "training_session_organiser_id_held_on_index" on "training_session" ("organiser_id", "held_on");`);
    this.addSql(`create index "training_session_region_code_idx" on "training_session" ("region_code" text_pattern_ops);`);

    this.addSql(
      `create table "attendance" ("id" uuid not null, "session_id" uuid not null, "worker_id" uuid not null, "region_code" varchar(12) not null, "status" "attendance_status" not null, "note" varchar(200) null, constraint "attendance_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "attendance_worker_id_index" on "attendance" ("worker_id");`);
    this.addSql(`alter table "attendance" add constraint "attendance_session_id_worker_id_unique" unique ("session_id", "worker_id");`);

    this.addSql(
      `alter table "training_session" add constraint "training_session_organiser_id_foreign" foreign key ("organiser_id") references "region" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "attendance" add constraint "attendance_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "attendance" add constraint "attendance_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "attendance" drop constraint "attendance_session_id_foreign";`);

    this.addSql(`drop table if exists "training_session" cascade;`);

    this.addSql(`drop table if exists "attendance" cascade;`);

    this.addSql(`drop type "training_level";`);
    this.addSql(`drop type "training_kind";`);
    this.addSql(`drop type "attendance_status";`);
  }
}
