import { Migration } from '@mikro-orm/migrations';

export class Migration20261207021500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "worker" add column "work_phone" varchar(20) null, add column "phone_publish_consent" boolean not null default false, add column "phone_publish_consent_on" date null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "worker" drop column "work_phone", drop column "phone_publish_consent", drop column "phone_publish_consent_on";`);
  }
}
