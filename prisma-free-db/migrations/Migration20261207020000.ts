import { Migration } from '@mikro-orm/migrations';

// The audit trail is append-only at the database level: an update, delete or truncate of audit_entry is
// refused by PostgreSQL itself, whoever connects (issue 16: a trail the application could rewrite proves
// nothing). One update passes: of region_code alone, the scope an entry is filed under, which a region
// move recodes (a division code changes) so the county keeps seeing the history; what it says never changes.
export class Migration20261207020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and (to_jsonb(new) - 'region_code') = (to_jsonb(old) - 'region_code') then
    return new;
  end if;
  raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;`);
    this.addSql(
      `create trigger audit_entry_no_update_or_delete before update or delete on "audit_entry" for each row execute function audit_entry_append_only();`,
    );
    this.addSql(`create trigger audit_entry_no_truncate before truncate on "audit_entry" for each statement execute function audit_entry_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_entry_no_truncate on "audit_entry";`);
    this.addSql(`drop trigger if exists audit_entry_no_update_or_delete on "audit_entry";`);
    this.addSql(`drop function if exists audit_entry_append_only();`);
  }
}
