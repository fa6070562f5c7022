import { Migration } from '@mikro-orm/migrations';

export class Migration20261124030624 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "region_level" as enum ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'COMMUNITY', 'VILLAGE');`);
    this.addSql(`create type "grid_kind" as enum ('COMPREHENSIVE', 'EXCLUSIVE');`);
    this.addSql(`create type "grid_setting" as enum ('URBAN', 'RURAL');`);
    this.addSql(`create type "user_role" as enum ('TOWNSHIP_STAFF', 'COUNTY_PLC', 'FINANCE', 'CITY_ADMIN', 'SYSADMIN');`);
    this.addSql(
      `create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null, "actor_id" uuid null, "actor_name" varchar(64) not null, "actor_role" varchar(32) not null, "entity" varchar(64) not null, "entity_id" varchar(64) not null, "action" varchar(32) not null, "before" jsonb null, "after" jsonb null, "region_code" varchar(12) null);`,
    );
    this.addSql(`create index "audit_entry_entity_entity_id_at_index" on "audit_entry" ("entity", "entity_id", "at");`);

    this.addSql(
      `create table "policy_setting" ("id" uuid not null, "region_code" varchar(12) not null, "key" varchar(64) not null, "value" jsonb not null, "effective_from" date not null, "source" varchar(500) null, "version" int not null default 1, "created_at" timestamptz not null, constraint "policy_setting_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "policy_setting" add constraint "policy_setting_region_code_key_effective_from_unique" unique ("region_code", "key", "effective_from");`,
    );

    this.addSql(
      `create table "region" ("id" uuid not null, "code" varchar(12) not null, "name" varchar(100) not null, "level" "region_level" not null, "parent_id" uuid null, "active" boolean not null default true, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "region_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "region" add constraint "region_code_unique" unique ("code");`);
    this.addSql(`create index "region_code_pattern_idx" on "region" ("code" text_pattern_ops);`);

    this.addSql(
      `create table "grid" ("id" uuid not null, "code" varchar(32) not null, "name" varchar(100) not null, "kind" "grid_kind" not null, "exclusive_unit" varchar(100) null, "setting" "grid_setting" not null, "households" int not null, "population" int not null, "boundary" text null, "supervision_phone" varchar(20) null, "region_id" uuid not null, "region_code" varchar(12) not null, "active_from" date not null, "active_to" date null, "active" boolean not null default true, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "grid_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "grid" add constraint "grid_code_unique" unique ("code");`);
    this.addSql(`create index "grid_region_code_idx" on "grid" ("region_code" text_pattern_ops);`);

    this.addSql(
      `create table "region_stats" ("region_id" uuid not null, "active_grids" int not null, "households" int not null, "population" int not null, "computed_at" timestamptz not null, constraint "region_stats_pkey" primary key ("region_id"));`,
    );

    this.addSql(
      `create table "app_user" ("id" uuid not null, "username" varchar(64) not null, "display_name" varchar(100) not null, "password_hash" varchar(100) not null, "role" "user_role" not null, "scope_region_id" uuid not null, "region_code" varchar(12) not null, "active" boolean not null default true, "token_version" int not null default 1, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(
      `alter table "region" add constraint "region_parent_id_foreign" foreign key ("parent_id") references "region" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "grid" add constraint "grid_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`);

    this.addSql(
      `alter table "app_user" add constraint "app_user_scope_region_id_foreign" foreign key ("scope_region_id") references "region" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "region" drop constraint "region_parent_id_foreign";`);

    this.addSql(`alter table "grid" drop constraint "grid_region_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_scope_region_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "policy_setting" cascade;`);

    this.addSql(`drop table if exists "region" cascade;`);

    this.addSql(`drop table if exists "grid" cascade;`);

    this.addSql(`drop table if exists "region_stats" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop type "region_level";`);
    this.addSql(`drop type "grid_kind";`);
    this.addSql(`drop type "grid_setting";`);
    this.addSql(`drop type "user_role";`);
  }
}
