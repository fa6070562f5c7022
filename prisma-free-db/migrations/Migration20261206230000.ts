import { Migration } from '@mikro-orm/migrations';

export class Migration20261206230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "failed_logins" int not null default 0, add column "locked_until" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "failed_logins", drop column "locked_until";`);
  }
}
