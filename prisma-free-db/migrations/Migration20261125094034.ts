import { Migration } from '@mikro-orm/migrations';

export class Migration20261125094034 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "budget" ("id" uuid not null, "region_id" uuid not null, "region_code" varchar(12) not null, "year" int not null, "accident_premiums_fen" bigint not null, "training_funds_fen" bigint not null, "note" varchar(500) null, "updated_by" varchar(64) not null, "version" int not null default 1, "updated_at" timestamptz not null, constraint "budget_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "budget" add constraint "budget_region_id_year_unique" unique ("region_id", "year");`);

    this.addSql(
      `create table "budget_line" ("id" uuid not null, "budget_id" uuid not null, "category" "worker_category" not null, "headcount" int not null, "monthly_pay_fen" bigint not null, "monthly_employer_insurance_fen" bigint not null, "months" int not null, constraint "budget_line_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "budget_line" add constraint "budget_line_budget_id_category_unique" unique ("budget_id", "category");`);

    this.addSql(`alter table "budget" add constraint "budget_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`);

    this.addSql(
      `alter table "budget_line" add constraint "budget_line_budget_id_foreign" foreign key ("budget_id") references "budget" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "budget_line" drop constraint "budget_line_budget_id_foreign";`);

    this.addSql(`drop table if exists "budget" cascade;`);

    this.addSql(`drop table if exists "budget_line" cascade;`);
  }
}
