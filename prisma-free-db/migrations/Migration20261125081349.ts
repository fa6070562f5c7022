import { Migration } from '@mikro-orm/migrations';

export class Migration20261125081349 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "worker" add column "phone_changed_at" timestamptz null, add column "draws_pension" boolean not null default false;`);

    this.addSql(`alter type "contract_kind" add value if not exists 'SERVICE_AGREEMENT' after 'PART_TIME_AGREEMENT';`);

    this.addSql(`alter table "contract" add column "continues_service_of_id" uuid null;`);
    this.addSql(
      `alter table "contract" add constraint "contract_continues_service_of_id_foreign" foreign key ("continues_service_of_id") references "contract" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "contract" drop constraint "contract_continues_service_of_id_foreign";`);

    this.addSql(`alter table "contract" drop column "continues_service_of_id";`);

    this.addSql(`alter table "worker" drop column "phone_changed_at", drop column "draws_pension";`);
  }
}
