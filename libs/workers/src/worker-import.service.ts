import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthUser, Clock, InvalidInput, Role } from '@gridhr/common';
import { Grid, Region } from '@gridhr/org';
import { GridAssignment, onDutyOn } from './grid-assignment.entity';
import { maskIdNumber, parseIdNumber } from './id-number.rules';
import { PiiCipher } from './pii-cipher';
import { WorkerStatus } from './worker.enums';
import { Worker } from './worker.entity';
import { coversSeveralGrids, statusChangeProblem, townshipPrefix } from './worker.rules';
import { readWorkerSheet, WorkerSheetRow, workerTemplate } from './worker-sheet';
import { WorkerLifecycle } from './worker-lifecycle.service';
import { FACT_KEYS, MANAGING_LEVELS } from './worker-lifecycle.types';
import { decodeUpload, FileDownload, problemsFile, SheetFormat, SheetProblem, XLSX_MIME } from '@gridhr/sheets';

export interface ImportReport {
  written: boolean;
  rows: number;
  created: number;
  updated: number;
  problems: SheetProblem[];
  problemSheet: FileDownload | null;
}

/**
 * Bulk import of the township spreadsheet. Every row is checked (the sheet, then against the database)
 * before anything is written; with any problem nothing is written. Rows are keyed on the ID number, so
 * a re-import updates the people already registered.
 */
@Injectable()
export class WorkerImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly cipher: PiiCipher,
    private readonly lifecycle: WorkerLifecycle,
  ) {}

  async template() {
    return { fileName: '网格员名册导入模板.xlsx', mimeType: XLSX_MIME, contentBase64: (await workerTemplate()).toString('base64') };
  }

  async import(user: AuthUser, input: { format: SheetFormat; contentBase64: string; dryRun: boolean }): Promise<ImportReport> {
    const content = decodeUpload(input.contentBase64);
    const today = this.clock.today();
    let sheet: { rows: WorkerSheetRow[]; problems: SheetProblem[] };
    try {
      sheet = await readWorkerSheet(content, input.format, today);
    } catch {
      throw new InvalidInput('input.contentBase64', `is not a readable ${input.format} file`);
    }
    const problems = [...sheet.problems];
    const plan = await this.check(user, sheet.rows, problems);
    const report = {
      rows: sheet.rows.length + new Set(sheet.problems.map((p) => p.line)).size,
      created: plan.filter((p) => !p.existing).length,
      updated: plan.filter((p) => p.existing).length,
    };
    if (problems.length) {
      problems.sort((a, b) => a.line - b.line);
      return { ...report, written: false, problems, problemSheet: await problemsFile(problems) };
    }
    if (!input.dryRun) await this.write(user, plan, today);
    return { ...report, written: !input.dryRun, problems: [], problemSheet: null };
  }

  /** Checks rows against the database in a few set-based queries; adds problems; returns the write plan. */
  private async check(user: AuthUser, rows: WorkerSheetRow[], problems: SheetProblem[]) {
    const problem = (row: WorkerSheetRow, column: string, value: string, text: string) => problems.push({ line: row.line, column, value, problem: text });
    const regions = new Map((await this.em.find(Region, { code: { $in: [...new Set(rows.map((r) => r.managingRegionCode))] } })).map((r) => [r.code, r]));
    const gridCodes = [...new Set(rows.map((r) => r.gridCode).filter((c): c is string => !!c))];
    const grids = new Map((gridCodes.length ? await this.em.find(Grid, { code: { $in: gridCodes } }) : []).map((g) => [g.code, g]));
    const hashes = rows.map((r) => this.cipher.hash(r.idNumber));
    const existing = new Map((await this.em.find(Worker, { idNumberHash: { $in: hashes } })).map((w) => [w.idNumberHash, w]));
    const activating = rows.flatMap((row, i) => {
      const worker = existing.get(hashes[i]);
      return worker && row.status === WorkerStatus.ACTIVE && worker.status !== WorkerStatus.ACTIVE ? [worker.id] : [];
    });
    const blocked = await this.lifecycle.activationProblems(this.em, activating);
    const today = this.clock.today();
    const current = await this.lifecycle.currentAssignments(
      this.em,
      [...existing.values()].map((w) => w.id),
      today,
    );
    const plan: { row: WorkerSheetRow; hash: string; region: Region; grid: Grid | null; existing: Worker | null }[] = [];
    rows.forEach((row, i) => {
      const before = problems.length;
      const region = regions.get(row.managingRegionCode);
      if (!region || !region.code.startsWith(user.scopePrefix)) problem(row, '管理区划代码', row.managingRegionCode, '区划代码不存在或不在您的管辖范围内');
      else if (!MANAGING_LEVELS.includes(region.level) || !region.active)
        problem(row, '管理区划代码', row.managingRegionCode, '须为在用的乡镇（街道）、社区或村的代码');
      const grid = row.gridCode ? grids.get(row.gridCode) : null;
      if (row.gridCode) {
        if (!grid || !grid.regionCode.startsWith(user.scopePrefix)) problem(row, '所属网格编码', row.gridCode, '网格编码不存在或不在您的管辖范围内');
        else if (!grid.active) problem(row, '所属网格编码', row.gridCode, '该网格已停用');
        else if (region && !grid.regionCode.startsWith(townshipPrefix(region.code)))
          problem(row, '所属网格编码', row.gridCode, '网格不在管理区划所属的乡镇（街道）内');
      }
      if (grid && grid.activeFrom > today) problem(row, '所属网格编码', row.gridCode!, `该网格从${grid.activeFrom}起启用`);
      const worker = existing.get(hashes[i]) ?? null;
      const mine = worker ? current.filter((a) => a.worker.id === worker.id) : [];
      if (worker && !worker.regionCode.startsWith(user.scopePrefix)) {
        problem(row, '身份证号', maskIdNumber(row.idNumber), '该身份证号已由其他单位登记，请联系县级调转人员档案');
      } else if (worker) {
        const change = row.status ? statusChangeProblem(worker.status, row.status) : null;
        if (change) problem(row, '状态', row.status!, `状态不能这样变更（${change}）`);
        else if (blocked.has(worker.id)) problem(row, '状态', row.status!, `还不能在岗：${blocked.get(worker.id)}`);
        // A move to another township is a transfer, which only the county makes (the lifecycle refuses it too).
        if (
          region &&
          townshipPrefix(region.code) !== townshipPrefix(worker.regionCode) &&
          ![Role.COUNTY_PLC, Role.CITY_ADMIN, Role.SYSADMIN].includes(user.role)
        ) {
          problem(row, '管理区划代码', row.managingRegionCode, '调往其他乡镇（街道）须由县级办理调转');
        }
        // Jiangmen [003]: a one-grid worker keeps one grid.
        if (!coversSeveralGrids(row.category) && mine.length > 1 && !row.gridCode)
          problem(row, '人员类别', row.category, `该类人员只能在一个网格，目前在${mine.length}个网格在岗`);
        if (grid && !coversSeveralGrids(row.category) && mine.some((a) => a.fromDate >= today && a.grid.id !== grid.id))
          problem(row, '所属网格编码', row.gridCode!, '今天已安排到其他网格，不能当天再调整');
      }
      const status = row.status ?? worker?.status ?? WorkerStatus.ACTIVE;
      if (row.gridCode && (status === WorkerStatus.EXITED || status === WorkerStatus.CANDIDATE))
        problem(row, '所属网格编码', row.gridCode, '离岗或候选人员不能分配网格');
      if (!worker && status === WorkerStatus.EXITED) problem(row, '状态', status, '新登记人员的状态不能为离岗');
      if (problems.length === before && region) plan.push({ row, hash: hashes[i], region, grid: grid ?? null, existing: worker });
    });
    return plan;
  }

  private async write(user: AuthUser, plan: Awaited<ReturnType<WorkerImportService['check']>>, today: string): Promise<void> {
    await this.em.transactional(async (em) => {
      for (const { row, region, grid, existing } of plan) {
        // Blank optional cells leave what is on record.
        const cells = row as unknown as Record<string, unknown>;
        const facts = Object.fromEntries([...FACT_KEYS, 'hiredOn'].filter((k) => k in cells && cells[k] !== null).map((k) => [k, cells[k]]));
        let worker: Worker;
        if (existing) {
          worker = await this.lifecycle.change(
            em,
            user,
            em.merge(existing),
            { ...facts, name: row.name, phone: row.phone, category: row.category, region, ...(row.status ? { status: row.status } : {}) },
            'IMPORT_UPDATE',
            { flush: false },
          );
        } else {
          const id = parseIdNumber(row.idNumber, today);
          if (!id.ok) throw new Error(`row ${row.line} passed the sheet check with a bad ID number`);
          const status = row.status ?? WorkerStatus.ACTIVE;
          worker = await this.lifecycle.register(
            em,
            user,
            { ...facts, name: row.name, identity: this.lifecycle.seal(id.value), phone: row.phone, category: row.category, status, region },
            'IMPORT_CREATE',
            { personChecked: true },
          );
        }
        if (grid && !(await em.count(GridAssignment, { worker, grid, ...onDutyOn(today) })))
          await this.lifecycle.assignToGrid(em, user, worker, grid, today, true);
      }
    });
  }
}
