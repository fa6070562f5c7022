import { Migration } from '@mikro-orm/migrations';

export class Migration20261125090512 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "worker_created_at_id_index" on "worker" ("created_at", "id");`);
    this.addSql(`create index "worker_name_id_index" on "worker" ("name", "id");`);

    this.addSql(`create index "attendance_region_code_idx" on "attendance" ("region_code" text_pattern_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "attendance_region_code_idx";`);

    this.addSql(`drop index "worker_created_at_id_index";`);
    this.addSql(`drop index "worker_name_id_index";`);
  }
}
