import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, AuthUser, Clock, DomainError, InvalidInput } from '@gridhr/common';
import { decodeUpload, FileDownload, MappingRequest, problemsFile, SheetFormat, SheetMappings, SheetProblem, SheetReading, XLSX_MIME } from '@gridhr/sheets';
import { GridAssignment, onDutyOn } from './grid-assignment.entity';
import { parseIdNumber } from './id-number.rules';
import { PiiCipher } from './pii-cipher';
import { WorkerStatus } from './worker.enums';
import { Worker } from './worker.entity';
import { readWorkerSheet, WorkerSheet } from './worker-sheet';
import { WORKER_SHEET, workerTemplate } from './worker-sheet-columns';
import { checkRows, IMPORT_UPDATE_ACTION, ImportPlan } from './worker-import-check';
import { placeRows } from './worker-import-places';
import { GridDuty } from './grid-duty.service';
import { WorkerLifecycle } from './worker-lifecycle.service';
import { FACT_KEYS } from './worker-lifecycle.types';

export interface ImportReport {
  written: boolean;
  rows: number;
  created: number;
  updated: number;
  problems: SheetProblem[];
  problemSheet: FileDownload | null;
  /** How the sheet was read (imports that read fixed columns leave it out). */
  sheet?: SheetReading | null;
}

/**
 * Bulk import of the township spreadsheet, the template or the township's own sheet. Every row is
 * checked (the sheet, the places it names, then against the database) before anything is written; with
 * any problem nothing is written. Rows are keyed on the ID number, so a re-import updates the people
 * already registered.
 */
@Injectable()
export class WorkerImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly cipher: PiiCipher,
    private readonly lifecycle: WorkerLifecycle,
    private readonly duty: GridDuty,
    private readonly mappings: SheetMappings,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async template() {
    return { fileName: '网格员名册导入模板.xlsx', mimeType: XLSX_MIME, contentBase64: (await workerTemplate()).toString('base64') };
  }

  async import(user: AuthUser, input: { format: SheetFormat; contentBase64: string; dryRun: boolean } & MappingRequest): Promise<ImportReport> {
    const content = decodeUpload(input.contentBase64);
    const today = this.clock.today();
    const mapping = await this.mappings.forUpload(user, WORKER_SHEET, input);
    let sheet: WorkerSheet;
    try {
      sheet = await readWorkerSheet(content, input.format, today, mapping);
    } catch (error) {
      // Over a limit (unpacked size, rows): its own message, which states the limit.
      if (error instanceof DomainError) throw error;
      throw new InvalidInput('input.contentBase64', `is not a readable ${input.format} file`);
    }
    // The mapping belongs to the unit, not to this sheet's rows: saved once it reads the columns, even when rows are bad.
    if (!input.dryRun) await this.mappings.saveIfAsked(user, WORKER_SHEET, input, sheet.reading, sheet.headerOk);
    const placed = await placeRows(this.em, user, sheet);
    const problems = [...sheet.problems, ...placed.problems];
    const plan = await checkRows(
      { em: this.em, cipher: this.cipher, lifecycle: this.lifecycle, duty: this.duty, today, columnName: sheet.columnName },
      user,
      placed.rows,
      problems,
    );
    const report = {
      rows: sheet.dataLines,
      created: plan.filter((p) => !p.existing).length,
      updated: plan.filter((p) => p.existing).length,
      sheet: sheet.reading,
    };
    if (problems.length) {
      problems.sort((a, b) => a.line - b.line);
      return { ...report, written: false, problems, problemSheet: await problemsFile(problems) };
    }
    if (!input.dryRun) await this.write(user, plan, today);
    return { ...report, written: !input.dryRun, problems: [], problemSheet: null };
  }

  /**
   * Writes the plan in one transaction, IMPORT_WRITE_BATCH rows at a time: each batch is flushed and the unit of
   * work cleared, so a 5,000-row sheet never holds 5,000 changed workers and their audit entries at once
   * (issue 15: the api's memory at an import).
   */
  private async write(user: AuthUser, plan: ImportPlan[], today: string): Promise<void> {
    await this.em.transactional(async (em) => {
      const size = this.config.importWriteBatch;
      for (let i = 0; i < plan.length; i += size) {
        for (const step of plan.slice(i, i + size)) await this.writeRow(em, user, step, today);
        await em.flush();
        em.clear();
      }
    });
  }

  private async writeRow(em: EntityManager, user: AuthUser, { row, region, grid, existing }: ImportPlan, today: string): Promise<void> {
    // Blank optional cells leave what is on record.
    const cells = row as unknown as Record<string, unknown>;
    const facts = Object.fromEntries([...FACT_KEYS, 'hiredOn'].filter((k) => k in cells && cells[k] !== null).map((k) => [k, cells[k]]));
    let worker: Worker;
    if (existing) {
      worker = await this.lifecycle.change(
        em,
        user,
        em.merge(existing),
        { ...facts, name: row.name, phone: row.phone, category: row.category, region: em.merge(region), ...(row.status ? { status: row.status } : {}) },
        IMPORT_UPDATE_ACTION,
        { flush: false },
      );
    } else {
      const id = parseIdNumber(row.idNumber, today);
      if (!id.ok) throw new Error(`row ${row.line} passed the sheet check with a bad ID number`);
      const status = row.status ?? WorkerStatus.ACTIVE;
      worker = await this.lifecycle.register(
        em,
        user,
        { ...facts, name: row.name, identity: this.lifecycle.seal(id.value), phone: row.phone, category: row.category, status, region: em.merge(region) },
        'IMPORT_CREATE',
        { personChecked: true },
      );
    }
    if (grid && !(await em.count(GridAssignment, { worker, grid, ...onDutyOn(today) })))
      await this.duty.assignToGrid(em, user, worker, em.merge(grid), today, true);
  }
}
