// The import's check of rows against the database, in a few set-based queries for the whole sheet: the
// places exist and are the caller's, the people are new or the caller's, and the lifecycle's rules hold.
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthUser } from '@gridhr/common';
import { Grid, Region } from '@gridhr/org';
import { SheetProblem } from '@gridhr/sheets';
import { maskIdNumber } from './id-number.rules';
import { PiiCipher } from './pii-cipher';
import { WorkerStatus } from './worker.enums';
import { Worker } from './worker.entity';
import { coversSeveralGrids, mayTransfer, statusChangeProblem, townshipPrefix } from './worker.rules';
import { GridDuty } from './grid-duty.service';
import { WorkerLifecycle } from './worker-lifecycle.service';
import { MANAGING_LEVELS } from './worker-lifecycle.types';
import { PlacedRow } from './worker-import-places';
import { WorkerField } from './worker-sheet-columns';

/** The action an import's update of an existing worker is recorded (and checked) as. */
export const IMPORT_UPDATE_ACTION = 'IMPORT_UPDATE';

export interface ImportPlan {
  row: PlacedRow;
  region: Region;
  grid: Grid | null;
  existing: Worker | null;
}

export interface CheckContext {
  em: EntityManager;
  cipher: PiiCipher;
  lifecycle: WorkerLifecycle;
  duty: GridDuty;
  today: string;
  /** Each field's header in the uploaded sheet. */
  columnName: Record<WorkerField, string>;
}

/** Checks rows against the database; adds problems; returns the write plan. */
export async function checkRows(ctx: CheckContext, user: AuthUser, rows: PlacedRow[], problems: SheetProblem[]): Promise<ImportPlan[]> {
  const { em, today, columnName } = ctx;
  const problem = (row: PlacedRow, column: string, value: string, text: string) => problems.push({ line: row.line, column, value, problem: text });
  const gridCodes = [...new Set(rows.map((r) => r.gridCode).filter((c): c is string => !!c))];
  const grids = new Map((gridCodes.length ? await em.find(Grid, { code: { $in: gridCodes } }) : []).map((g) => [g.code, g]));
  // A row giving only its grid is managed by the grid's community or village.
  const regionCodeOf = (row: PlacedRow) => row.managingRegionCode || (row.gridCode && grids.get(row.gridCode)?.regionCode) || '';
  const regions = new Map((await em.find(Region, { code: { $in: [...new Set(rows.map(regionCodeOf))] } })).map((r) => [r.code, r]));
  const homeCodes = [...new Set(rows.map((r) => r.homeRegionCode).filter((c): c is string => !!c))];
  const homes = new Set(homeCodes.length ? (await em.find(Region, { code: { $in: homeCodes } }, { fields: ['code'] })).map((r) => r.code) : []);
  const hashes = rows.map((r) => ctx.cipher.hash(r.idNumber));
  const existing = new Map((await em.find(Worker, { idNumberHash: { $in: hashes } })).map((w) => [w.idNumberHash, w]));
  const activating = rows.flatMap((row, i) => {
    const worker = existing.get(hashes[i]);
    return worker && row.status === WorkerStatus.ACTIVE && worker.status !== WorkerStatus.ACTIVE ? [worker.id] : [];
  });
  const blocked = await ctx.lifecycle.activationProblems(em, activating);
  // The same exit conditions the register applies (exit: an on-duty worker leaves through an exit case).
  const exitBlocked = new Map<string, string>();
  for (const [i, row] of rows.entries()) {
    const worker = existing.get(hashes[i]);
    if (!worker || row.status !== WorkerStatus.EXITED || worker.status === WorkerStatus.EXITED || exitBlocked.has(worker.id)) continue;
    const reason = await ctx.lifecycle.exitBlocker(em, worker.id, IMPORT_UPDATE_ACTION);
    if (reason) exitBlocked.set(worker.id, reason);
  }
  const current = await ctx.duty.currentAssignments(
    em,
    [...existing.values()].map((w) => w.id),
    today,
  );
  const plan: ImportPlan[] = [];
  rows.forEach((row, i) => {
    const before = problems.length;
    const { regionCell, gridCell } = row;
    const region = regions.get(regionCodeOf(row));
    const grid = row.gridCode ? grids.get(row.gridCode) : null;
    if (!region || !region.code.startsWith(user.scopePrefix)) {
      // A row that gave only a grid which does not exist has said so already.
      if (row.managingRegionCode || grid) problem(row, regionCell.column, regionCell.value, '区划代码不存在或不在您的管辖范围内');
    } else if (!MANAGING_LEVELS.includes(region.level) || !region.active)
      problem(row, regionCell.column, regionCell.value, '须为在用的乡镇（街道）、社区或村的代码');
    if (row.gridCode && gridCell) {
      if (!grid || !grid.regionCode.startsWith(user.scopePrefix)) problem(row, gridCell.column, gridCell.value, '网格编码不存在或不在您的管辖范围内');
      else if (!grid.active) problem(row, gridCell.column, gridCell.value, '该网格已停用');
      else if (region && !grid.regionCode.startsWith(townshipPrefix(region.code)))
        problem(row, gridCell.column, gridCell.value, '网格不在管理区划所属的乡镇（街道）内');
    }
    if (row.homeRegionCode && !homes.has(row.homeRegionCode)) problem(row, columnName.homeRegionCode, row.homeRegionCode, '户籍区划代码不存在');
    if (grid && grid.activeFrom > today) problem(row, gridCell!.column, gridCell!.value, `该网格从${grid.activeFrom}起启用`);
    const worker = existing.get(hashes[i]) ?? null;
    const mine = worker ? current.filter((a) => a.worker.id === worker.id) : [];
    if (worker && !worker.regionCode.startsWith(user.scopePrefix)) {
      problem(row, columnName.idNumber, maskIdNumber(row.idNumber), '该身份证号已由其他单位登记，请联系县级调转人员档案');
    } else if (worker) {
      const change = row.status ? statusChangeProblem(worker.status, row.status) : null;
      if (change) problem(row, columnName.status, row.status!, `状态不能这样变更（${change}）`);
      else if (blocked.has(worker.id)) problem(row, columnName.status, row.status!, `还不能在岗：${blocked.get(worker.id)}`);
      else if (exitBlocked.has(worker.id)) problem(row, columnName.status, row.status!, `不能由导入改为离岗：${exitBlocked.get(worker.id)}`);
      // A move to another township is a transfer, which only the county makes (the lifecycle refuses it too).
      if (region && townshipPrefix(region.code) !== townshipPrefix(worker.regionCode) && !mayTransfer(user.role)) {
        problem(row, regionCell.column, regionCell.value, '调往其他乡镇（街道）须由县级办理调转');
      }
      // Jiangmen [003]: a one-grid worker keeps one grid.
      if (!coversSeveralGrids(row.category) && mine.length > 1 && !row.gridCode)
        problem(row, columnName.category, row.category, `该类人员只能在一个网格，目前在${mine.length}个网格在岗`);
      if (grid && !coversSeveralGrids(row.category) && mine.some((a) => a.fromDate >= today && a.grid.id !== grid.id))
        problem(row, gridCell!.column, gridCell!.value, '今天已安排到其他网格，不能当天再调整');
    }
    const status = row.status ?? worker?.status ?? WorkerStatus.ACTIVE;
    if (gridCell && (status === WorkerStatus.EXITED || status === WorkerStatus.CANDIDATE))
      problem(row, gridCell.column, gridCell.value, '离岗或候选人员不能分配网格');
    if (!worker && status === WorkerStatus.EXITED) problem(row, columnName.status, status, '新登记人员的状态不能为离岗');
    if (problems.length === before && region) plan.push({ row, region, grid: grid ?? null, existing: worker });
  });
  return plan;
}
