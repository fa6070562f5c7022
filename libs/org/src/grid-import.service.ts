import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthUser, Clock, RegionLevel, scopePrefix } from '@gridhr/common';
import { AuditService, snapshot } from '@gridhr/audit';
import { finishImport, ImportOutcome, SheetFormat, SheetProblem } from '@gridhr/sheets';
import { Grid, GridSetting } from './grid.entity';
import { GridSheetRow, gridTemplate, readGridSheet } from './grid-sheet';
import { GridsService, ROSTER_FIELDS } from './grids.service';
import { Region } from './region.entity';
import { RegionStatsRequests } from './region-stats.jobs';

export interface GridImportOutcome extends ImportOutcome {
  /** Sizing advice per line: reported, never refused. */
  warnings: SheetProblem[];
}

interface PlannedGrid {
  row: GridSheetRow;
  region: Region;
  fields: Pick<Grid, 'name' | 'kind' | 'exclusiveUnit' | 'setting' | 'households' | 'population' | 'boundary' | 'supervisionPhone' | 'serviceItems'>;
  existing: Grid | null;
  /** False for a grid on record that the row leaves as it is. */
  changes: boolean;
}

/**
 * The county's grids from a sheet. Rows are keyed on the grid code: a re-import updates the grids
 * already drawn. Every row is checked in a few queries for the whole sheet before anything is written.
 */
@Injectable()
export class GridImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly grids: GridsService,
    private readonly statsRequests: RegionStatsRequests,
  ) {}

  template() {
    return gridTemplate();
  }

  async import(user: AuthUser, input: { format: SheetFormat; contentBase64: string; dryRun: boolean }): Promise<GridImportOutcome> {
    const sheet = await readGridSheet(input);
    const problems = [...sheet.problems];
    const plan = await this.check(user, sheet.rows, problems);
    const warnings = await this.warnings(plan);
    const changing = plan.filter((p) => p.changes);
    const counts = { rows: sheet.lines, created: changing.filter((p) => !p.existing).length, updated: changing.filter((p) => p.existing).length };
    const outcome = await finishImport(counts, problems, input.dryRun, () => this.write(user, changing));
    return { ...outcome, warnings };
  }

  private async check(user: AuthUser, rows: GridSheetRow[], problems: SheetProblem[]): Promise<PlannedGrid[]> {
    if (!rows.length) return [];
    const regions = new Map((await this.em.find(Region, { code: { $in: [...new Set(rows.map((r) => r.regionCode))] } })).map((r) => [r.code, r]));
    const grids = new Map((await this.em.find(Grid, { code: { $in: rows.map((r) => r.code) } })).map((g) => [g.code, g]));
    const plan: PlannedGrid[] = [];
    for (const row of rows) {
      const problem = (column: string, value: string, text: string) => problems.push({ line: row.line, column, value, problem: text });
      const before = problems.length;
      const region = regions.get(row.regionCode);
      if (!region || !region.code.startsWith(user.scopePrefix)) problem('所属社区（村）代码', row.regionCode, '区划代码不存在或不在您的管辖范围内');
      else if (region.level !== RegionLevel.COMMUNITY && region.level !== RegionLevel.VILLAGE)
        problem('所属社区（村）代码', row.regionCode, '网格须属于社区或村');
      else if (!region.active) problem('所属社区（村）代码', row.regionCode, '该社区（村）已停用');
      const existing = grids.get(row.code) ?? null;
      if (existing && !existing.regionCode.startsWith(user.scopePrefix)) {
        problem('网格编码', row.code, '该网格编码已被其他单位使用');
      } else if (existing && !existing.active) {
        problem('网格编码', row.code, '该网格已停用，不能再导入');
      } else if (existing && region && existing.regionCode !== region.code) {
        problem('所属社区（村）代码', row.regionCode, `该网格现属 ${existing.regionCode}；调整所属社区（村）请用“移动网格”`);
      }
      if (problems.length > before || !region) continue;
      const fields = {
        name: row.name,
        kind: row.kind,
        exclusiveUnit: row.exclusiveUnit,
        setting: row.setting ?? (region.level === RegionLevel.COMMUNITY ? GridSetting.URBAN : GridSetting.RURAL),
        households: row.households,
        population: row.population,
        boundary: row.boundary,
        supervisionPhone: row.supervisionPhone,
        serviceItems: row.serviceItems ?? existing?.serviceItems ?? null,
      };
      const changes = !existing || (Object.keys(fields) as (keyof typeof fields)[]).some((key) => existing[key] !== fields[key]);
      plan.push({ row, region, fields, existing, changes });
    }
    return plan;
  }

  /** Sizing advice as a grid on record gets it (GridsService.warnings: the region's policy, one lookup). */
  private async warnings(plan: PlannedGrid[]): Promise<SheetProblem[]> {
    if (!plan.length) return [];
    const advice = await this.grids.warnings(plan.map(({ fields, region }) => Object.assign(new Grid(), fields, { regionCode: region.code })));
    return plan.flatMap(({ row }, i) =>
      advice[i].map((text) => ({ line: row.line, column: '户数', value: `${row.households}户 ${row.population}人`, problem: text })),
    );
  }

  private async write(user: AuthUser, plan: PlannedGrid[]): Promise<void> {
    const today = this.clock.today();
    await this.em.transactional(async (em) => {
      for (const { row, region, fields, existing } of plan) {
        if (existing) {
          const grid = em.merge(existing);
          const before = snapshot(grid);
          // What the public roster shows changed: the township must post it again.
          if (ROSTER_FIELDS.some((key) => grid[key] !== fields[key])) grid.rosterChangedOn = today;
          Object.assign(grid, fields);
          this.audit.record(em, user, {
            entity: 'Grid',
            entityId: grid.id,
            action: 'IMPORT_UPDATE',
            before,
            after: snapshot(grid),
            regionCode: grid.regionCode,
          });
        } else {
          const grid = em.create(Grid, {
            ...fields,
            code: row.code,
            region: em.getReference(Region, region.id),
            regionCode: region.code,
            activeFrom: row.activeFrom ?? today,
            rosterChangedOn: row.activeFrom ?? today,
          });
          this.audit.record(em, user, {
            entity: 'Grid',
            entityId: grid.id,
            action: 'IMPORT_CREATE',
            before: null,
            after: snapshot(grid),
            regionCode: grid.regionCode,
          });
        }
      }
    });
    // Stats are kept per county; the worker recounts each county the sheet touched.
    for (const county of new Set(plan.map((p) => scopePrefix(p.region.code, RegionLevel.COUNTY)))) await this.statsRequests.refresh(county);
  }
}
