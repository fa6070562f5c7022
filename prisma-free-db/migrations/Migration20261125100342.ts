import { Migration } from '@mikro-orm/migrations';

export class Migration20261125100342 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "pay_line" add column "performance_basis" varchar(80) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "pay_line" drop column "performance_basis";`);
  }
}
