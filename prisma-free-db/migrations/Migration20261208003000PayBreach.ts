import { Migration } from '@mikro-orm/migrations';

// The scan's pay.below-floor looks at a worker's latest lines only when the worker has a line below a floor
// at all: an index of those workers, so the other 150,000 of a province cost one index probe each.
export class Migration20261208003000PayBreach extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "pay_line_breach_worker_idx" on "pay_line" ("worker_id") where "breach";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "pay_line_breach_worker_idx";`);
  }
}
