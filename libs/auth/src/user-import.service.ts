import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthUser, inScope } from '@gridhr/common';
import { AuditService, snapshot } from '@gridhr/audit';
import { Region } from '@gridhr/org';
import { CacheEvictions, SIGNED_IN_USERS } from '@gridhr/queue';
import { FileDownload, finishImport, ImportOutcome, SheetFormat, SheetProblem } from '@gridhr/sheets';
import { hashPassword } from './auth.service';
import { oneTimePassword, roleGrantProblem, scopeLevelProblem } from './user-import.rules';
import { IssuedPassword, passwordSheet, readUserSheet, userTemplate, UserSheetRow } from './user-sheet';
import { User } from './user.entity';

export interface UserImportOutcome extends ImportOutcome {
  /** The one-time passwords issued, shown here once and never stored in clear. */
  accounts: IssuedPassword[];
  passwordSheet: FileDownload | null;
}

interface PlannedUser {
  row: UserSheetRow;
  region: Region;
  existing: User | null;
  changes: boolean;
}

/**
 * A county's or city's accounts from a sheet. New accounts get a one-time password (stored as a bcrypt
 * hash only) that signs in once and must then be changed; rows are keyed on the username, so a
 * re-import updates the accounts of the importer's subtree. All or nothing, like every import.
 */
@Injectable()
export class UserImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly evictions: CacheEvictions,
  ) {}

  template() {
    return userTemplate();
  }

  async import(actor: AuthUser, input: { format: SheetFormat; contentBase64: string; dryRun: boolean }): Promise<UserImportOutcome> {
    const sheet = await readUserSheet(input);
    const problems = [...sheet.problems];
    const plan = (await this.check(actor, sheet.rows, problems)).filter((p) => p.changes);
    const counts = { rows: sheet.lines, created: plan.filter((p) => !p.existing).length, updated: plan.filter((p) => p.existing).length };
    const accounts: IssuedPassword[] = [];
    const outcome = await finishImport(counts, problems, input.dryRun, async () => {
      accounts.push(...(await this.write(actor, plan)));
    });
    return { ...outcome, accounts, passwordSheet: accounts.length ? await passwordSheet(accounts) : null };
  }

  private async check(actor: AuthUser, rows: UserSheetRow[], problems: SheetProblem[]): Promise<PlannedUser[]> {
    if (!rows.length) return [];
    const regions = new Map((await this.em.find(Region, { code: { $in: [...new Set(rows.map((r) => r.regionCode))] } })).map((r) => [r.code, r]));
    const users = new Map((await this.em.find(User, { username: { $in: rows.map((r) => r.username) } })).map((u) => [u.username, u]));
    const plan: PlannedUser[] = [];
    for (const row of rows) {
      const problem = (column: string, value: string, text: string) => problems.push({ line: row.line, column, value, problem: text });
      const before = problems.length;
      const region = regions.get(row.regionCode);
      if (!region || !inScope(actor, region.code)) problem('区划代码', row.regionCode, '区划代码不存在或不在您的管辖范围内');
      else if (!region.active) problem('区划代码', row.regionCode, '该区划已停用');
      else if (scopeLevelProblem(row.role, region.level)) problem('区划代码', row.regionCode, scopeLevelProblem(row.role, region.level)!);
      const grant = roleGrantProblem(actor.role, row.role);
      if (grant) problem('角色', row.role, grant);
      const existing = users.get(row.username) ?? null;
      // Another office's account is "taken", whoever it is: the sheet must not reveal more about it.
      if (existing && existing.id === actor.id) problem('用户名', row.username, '不能在导入中修改自己的账号');
      else if (existing && (!inScope(actor, existing.regionCode) || roleGrantProblem(actor.role, existing.role)))
        problem('用户名', row.username, '用户名已被占用');
      else if (existing && !existing.active) problem('用户名', row.username, '该账号已停用，须由系统管理员启用');
      if (problems.length > before || !region) continue;
      const changes =
        !existing ||
        row.reset ||
        existing.displayName !== row.displayName ||
        existing.role !== row.role ||
        existing.regionCode !== region.code ||
        existing.phone !== row.phone;
      plan.push({ row, region, existing, changes });
    }
    return plan;
  }

  private async write(actor: AuthUser, plan: PlannedUser[]): Promise<IssuedPassword[]> {
    // bcrypt is slow on purpose: hash before the transaction opens.
    const issued = new Map<number, { password: string; hash: string }>();
    for (const { row, existing } of plan) {
      if (existing && !row.reset) continue;
      const password = oneTimePassword();
      issued.set(row.line, { password, hash: await hashPassword(password) });
    }
    await this.em.transactional(async (em) => {
      for (const { row, region, existing } of plan) {
        const fresh = issued.get(row.line);
        const fields = {
          displayName: row.displayName,
          phone: row.phone,
          role: row.role,
          scopeRegion: em.getReference(Region, region.id),
          regionCode: region.code,
        };
        if (!existing) {
          const user = em.create(User, { ...fields, username: row.username, passwordHash: fresh!.hash, mustChangePassword: true });
          this.audit.record(em, actor, {
            entity: 'User',
            entityId: user.id,
            action: 'IMPORT_CREATE',
            before: null,
            after: snapshot(user),
            regionCode: user.regionCode,
          });
          continue;
        }
        const user = em.merge(existing);
        const before = snapshot(user);
        // Role, scope or password changes revoke the tokens already issued, as updateUser does.
        const revoke = !!fresh || user.role !== row.role || user.regionCode !== region.code;
        Object.assign(user, fields);
        if (fresh) Object.assign(user, { passwordHash: fresh.hash, mustChangePassword: true, oneTimePasswordUsedAt: null });
        if (revoke) user.tokenVersion += 1;
        const action = fresh ? 'IMPORT_UPDATE_WITH_PASSWORD' : 'IMPORT_UPDATE';
        this.audit.record(em, actor, { entity: 'User', entityId: user.id, action, before, after: snapshot(user), regionCode: user.regionCode });
      }
    });
    // The accounts it changed are read afresh in every process (one eviction for the lot).
    if (plan.some((p) => p.existing)) await this.evictions.evict(SIGNED_IN_USERS, '*');
    return plan.flatMap(({ row }) => {
      const fresh = issued.get(row.line);
      return fresh
        ? [
            {
              line: row.line,
              username: row.username,
              displayName: row.displayName,
              role: row.role,
              regionCode: row.regionCode,
              oneTimePassword: fresh.password,
            },
          ]
        : [];
    });
  }
}
