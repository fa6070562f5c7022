import { Migration } from '@mikro-orm/migrations';

// The worker register as a file reads keyset pages in (region code, name, id) order: one range scan a page.
export class Migration20261207120000Files extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "worker_register_order_idx" on "worker" ("region_code", "name", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "worker_register_order_idx";`);
  }
}
