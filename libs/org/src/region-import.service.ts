import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthUser, pgTextArray, RegionLevel } from '@gridhr/common';
import { CacheEvictions, SIGNED_IN_USERS } from '@gridhr/queue';
import { finishImport, ImportOutcome, SheetFormat, SheetProblem } from '@gridhr/sheets';
import { villageLevel } from './region-import.rules';
import { readRegionSheet, RegionSheetRow, regionTemplate } from './region-sheet';

interface KnownRegion {
  id: string;
  code: string;
  name: string;
  level: RegionLevel;
  active: boolean;
  parent_code: string | null;
}

interface PlannedRegion {
  id: string;
  code: string;
  name: string;
  level: RegionLevel;
  parent_id: string | null;
}

export interface RegionNotInFile {
  id: string;
  code: string;
  name: string;
  level: RegionLevel;
}

export interface RegionImportOutcome extends ImportOutcome {
  unchanged: number;
  missing: RegionNotInFile[];
}

const DEPTH: Record<RegionLevel, number> = { PROVINCE: 1, CITY: 2, COUNTY: 3, TOWNSHIP: 4, COMMUNITY: 5, VILLAGE: 5 };
/** A region row as the audit trail keeps it (the shape of `snapshot(region)`). */
const snapshotOf = (r: string) =>
  `jsonb_build_object('id', ${r}.id, 'code', ${r}.code, 'name', ${r}.name, 'level', ${r}.level, 'parent', ${r}.parent_id, 'active', ${r}.active,
    'version', ${r}.version, 'createdAt', ${r}.created_at, 'updatedAt', ${r}.updated_at)`;

/**
 * The region tree from the national division table. Every row is checked first against one read of the
 * regions it touches; with no problem, one statement upserts the created and renamed regions and writes
 * their audit entries, so a province's 24,000 rows take seconds, not an ORM entity per row.
 */
@Injectable()
export class RegionImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly evictions: CacheEvictions,
  ) {}

  template() {
    return regionTemplate();
  }

  async import(user: AuthUser, input: { format: SheetFormat; contentBase64: string; dryRun: boolean }): Promise<RegionImportOutcome> {
    const sheet = await readRegionSheet(input);
    const problems = [...sheet.problems];
    const known = await this.known(sheet.rows);
    const { create, update, unchanged } = this.plan(user, sheet, known, problems);
    const missing = this.notInFile(user, sheet.rows, sheet.codes, known);
    const counts = { rows: sheet.lines, created: create.length, updated: update.length };
    const outcome = await finishImport(counts, problems, input.dryRun, async () => {
      const written = await this.write(user, [...create, ...update]);
      Object.assign(counts, written);
    });
    return { ...outcome, ...counts, unchanged, missing };
  }

  /**
   * The regions on record under the file's top rows and their parents, in one query: what the rows
   * update, the parents they hang from, and the regions the file leaves out.
   */
  private async known(rows: RegionSheetRow[]): Promise<Map<string, KnownRegion>> {
    if (!rows.length) return new Map();
    const inFile = new Set(rows.map((r) => r.code));
    const tops = rows.filter((r) => !r.parentCode || !inFile.has(r.parentCode));
    const prefixes = tops.map((r) => `${r.code.slice(0, r.length)}%`);
    const parents = tops.flatMap((r) => (r.parentCode ? [r.parentCode] : []));
    const found = await this.em.execute<KnownRegion[]>(
      `select r.id, r.code, r.name, r.level, r.active, p.code as parent_code
         from region r left join region p on p.id = r.parent_id
        where r.code like any(?::text[]) or r.code = any(?::text[])`,
      [pgTextArray(prefixes), pgTextArray(parents)],
    );
    return new Map(found.map((r) => [r.code, r]));
  }

  private plan(
    user: AuthUser,
    sheet: { rows: RegionSheetRow[]; codes: Set<string> },
    known: Map<string, KnownRegion>,
    problems: SheetProblem[],
  ): { create: PlannedRegion[]; update: PlannedRegion[]; unchanged: number } {
    const ids = new Map<string, string>();
    const idOf = (code: string) => known.get(code)?.id ?? ids.get(code) ?? null;
    for (const row of sheet.rows) if (!known.has(row.code)) ids.set(row.code, randomUUID());
    const create: PlannedRegion[] = [];
    const update: PlannedRegion[] = [];
    let unchanged = 0;
    for (const row of sheet.rows) {
      const problem = (column: string, value: string, text: string) => problems.push({ line: row.line, column, value, problem: text });
      const before = problems.length;
      const existing = known.get(row.code);
      if (!row.code.startsWith(user.scopePrefix)) {
        problem('区划代码', row.code, `不在您的管辖范围内（${user.scopePrefix}…）`);
        continue;
      }
      const level = row.level ?? villageLevel({ ...row, existing: existing && DEPTH[existing.level] === DEPTH.VILLAGE ? existing.level : null });
      if (!level) problem('级别', '', '看不出是社区还是村：请填写“级别”（社区或村）或“城乡分类代码”');
      const parent = row.parentCode ? known.get(row.parentCode) : null;
      if (row.parentCode && !parent && !sheet.codes.has(row.parentCode)) {
        problem('区划代码', row.code, `上级区划 ${row.parentCode} 不在系统中，也不在本文件中`);
      } else if (!existing && parent && !parent.active) {
        problem('区划代码', row.code, `上级区划 ${parent.code}（${parent.name}）已停用`);
      }
      if (problems.length > before || !level) continue;
      const planned = { id: idOf(row.code)!, code: row.code, name: row.name, level, parent_id: row.parentCode ? idOf(row.parentCode) : null };
      if (!existing) create.push(planned);
      else if (existing.name !== row.name || existing.level !== level) update.push(planned);
      else unchanged++;
    }
    return { create, update, unchanged };
  }

  /** Active regions whose parent is in the file but which are not (down to the file's deepest level). */
  private notInFile(user: AuthUser, rows: RegionSheetRow[], codes: Set<string>, known: Map<string, KnownRegion>): RegionNotInFile[] {
    const deepest = Math.max(0, ...rows.map((r) => DEPTH[r.level ?? RegionLevel.VILLAGE]));
    return [...known.values()]
      .filter((r) => r.active && r.parent_code && codes.has(r.parent_code) && !codes.has(r.code) && DEPTH[r.level] <= deepest)
      .filter((r) => r.code.startsWith(user.scopePrefix))
      .sort((a, b) => a.code.localeCompare(b.code))
      .map(({ id, code, name, level }) => ({ id, code, name, level }));
  }

  /** One statement: the upsert, and an audit entry for each region it created or changed. */
  private async write(user: AuthUser, regions: PlannedRegion[]): Promise<{ created: number; updated: number }> {
    if (!regions.length) return { created: 0, updated: 0 };
    const actions = await this.em.transactional((em) =>
      em.execute<{ action: string }[]>(
        `with input as (
           select * from jsonb_to_recordset(?::jsonb) as r(id uuid, code varchar, name varchar, level region_level, parent_id uuid)
         ), before as (
           select region.* from region join input using (code)
         ), written as (
           insert into region (id, code, name, level, parent_id, active, version, created_at, updated_at)
           select id, code, name, level, parent_id, true, 1, now(), now() from input
           on conflict (code) do update set name = excluded.name, level = excluded.level, version = region.version + 1, updated_at = excluded.updated_at
            where region.name <> excluded.name or region.level <> excluded.level
           returning region.*
         )
         insert into audit_entry (at, actor_id, actor_name, actor_role, entity, entity_id, action, before, after, region_code)
         select now(), ?::uuid, ?, ?, 'Region', w.id::text, case when b.id is null then 'IMPORT_CREATE' else 'IMPORT_UPDATE' end,
                case when b.id is null then null else ${snapshotOf('b')} end, ${snapshotOf('w')}, w.code
           from written w left join before b on b.code = w.code
         returning action`,
        [JSON.stringify(regions), user.id, user.username, user.role],
      ),
    );
    const updated = actions.filter((a) => a.action === 'IMPORT_UPDATE').length;
    // A region's level is part of its users' scope: every process reads them afresh.
    if (updated) await this.evictions.evict(SIGNED_IN_USERS, '*');
    return { created: actions.length - updated, updated };
  }
}
