import { Migration } from '@mikro-orm/migrations';

// Issue 14: an exit's severance (art. 47) and pay in lieu of notice (art. 40) are pay items of the exit
// month, and the payroll line carries them apart from wages.
export class Migration20261207063000AuditA extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "pay_item_kind" add value if not exists 'SEVERANCE';`);
    this.addSql(`alter type "pay_item_kind" add value if not exists 'PAY_IN_LIEU';`);
    this.addSql(`alter table "pay_line" add column "exit_pay_fen" bigint not null default 0;`);
    this.addSql(`alter table "pay_line" alter column "exit_pay_fen" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "pay_line" drop column "exit_pay_fen";`);
    // PostgreSQL cannot drop an enum value: SEVERANCE and PAY_IN_LIEU stay in pay_item_kind, unused.
    this.addSql(`delete from "pay_item" where "kind" in ('SEVERANCE', 'PAY_IN_LIEU');`);
  }
}
