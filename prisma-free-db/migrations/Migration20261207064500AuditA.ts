import { Migration } from '@mikro-orm/migrations';

// Issue 13 item 5: a region's office-chat robot (WeCom or DingTalk) for the daily digest.
export class Migration20261207064500AuditA extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "chat_robot_kind" as enum ('WECOM', 'DINGTALK');`);
    this.addSql(
      `create table "chat_robot" ("id" uuid not null, "region_id" uuid not null, "region_code" varchar(12) not null, "kind" "chat_robot_kind" not null, "webhook_url_sealed" text not null, "secret_sealed" text null, "webhook_url_masked" varchar(500) not null, "active" boolean not null default true, "last_posted_on" date null, "last_posted_at" timestamptz null, "last_error" text null, "updated_by" varchar(64) not null, "version" int not null default 1, "updated_at" timestamptz not null, constraint "chat_robot_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "chat_robot" add constraint "chat_robot_region_id_unique" unique ("region_id");`);
    this.addSql(
      `alter table "chat_robot" add constraint "chat_robot_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "chat_robot" cascade;`);
    this.addSql(`drop type "chat_robot_kind";`);
  }
}
