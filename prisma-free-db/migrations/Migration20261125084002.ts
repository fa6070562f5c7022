import { Migration } from '@mikro-orm/migrations';

export class Migration20261125084002 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "app_user" add column "must_change_password" boolean not null default false, add column "one_time_password_used_at" timestamptz null, add column "phone" varchar(20) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "must_change_password", drop column "one_time_password_used_at", drop column "phone";`);
  }
}
