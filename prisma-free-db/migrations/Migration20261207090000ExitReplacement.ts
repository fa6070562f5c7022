import { Migration } from '@mikro-orm/migrations';

// A REPLACED exit names the county's replacement decision it carries out (assessment consequence REPLACEMENT).
export class Migration20261207090000ExitReplacement extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "exit_case" add column "replacement_id" uuid null;`);
    this.addSql(
      `alter table "exit_case" add constraint "exit_case_replacement_id_foreign" foreign key ("replacement_id") references "assessment_consequence" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "exit_case" drop constraint "exit_case_replacement_id_foreign";`);
    this.addSql(`alter table "exit_case" drop column "replacement_id";`);
  }
}
