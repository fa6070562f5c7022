import { Migration } from '@mikro-orm/migrations';

// The public roster as dated publications (Zigong art. 21, Jiangmen art. 14): grids gain their service
// items and the day their roster fields last changed; a worker's phone-change time becomes the day the
// name, phone or status last changed.
export class Migration20261125083823 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "roster_publication" ("id" uuid not null, "township_id" uuid not null, "region_code" varchar(12) not null, "published_on" date not null, "posted_at" varchar(200) not null, "content" jsonb not null, "fingerprint" varchar(32) not null, "published_by" varchar(64) not null, "created_at" timestamptz not null, constraint "roster_publication_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "roster_publication_township_id_published_on_index" on "roster_publication" ("township_id", "published_on");`);
    this.addSql(
      `alter table "roster_publication" add constraint "roster_publication_township_id_foreign" foreign key ("township_id") references "region" ("id") on update cascade;`,
    );

    this.addSql(`alter table "grid" add column "service_items" text null, add column "roster_changed_on" date null;`);
    this.addSql(`update "grid" set "roster_changed_on" = greatest("active_from", ("updated_at" at time zone 'Asia/Shanghai')::date);`);
    this.addSql(`alter table "grid" alter column "roster_changed_on" set not null;`);

    this.addSql(`alter table "worker" rename column "phone_changed_at" to "roster_changed_on";`);
    this.addSql(`alter table "worker" alter column "roster_changed_on" type date using ("roster_changed_on" at time zone 'Asia/Shanghai')::date;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "roster_publication" cascade;`);
    this.addSql(`alter table "grid" drop column "service_items", drop column "roster_changed_on";`);
    this.addSql(`alter table "worker" alter column "roster_changed_on" type timestamptz using "roster_changed_on"::timestamptz;`);
    this.addSql(`alter table "worker" rename column "roster_changed_on" to "phone_changed_at";`);
  }
}
