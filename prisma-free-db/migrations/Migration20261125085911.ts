import { Migration } from '@mikro-orm/migrations';

export class Migration20261125085911 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "sheet_mapping" ("id" uuid not null, "kind" varchar(40) not null, "region_code" varchar(12) not null, "entries" jsonb not null, "updated_by" varchar(50) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "sheet_mapping_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "sheet_mapping" add constraint "sheet_mapping_kind_region_code_unique" unique ("kind", "region_code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sheet_mapping" cascade;`);
  }
}
