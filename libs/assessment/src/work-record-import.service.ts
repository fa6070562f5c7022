// The grid platform's export, imported in bulk: one line per worker and week (visit round) or month
// (events, satisfaction), keyed by ID number. Every line is checked first; with any bad line nothing is
// written and every problem comes back by line, ID numbers masked.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthUser, Clock, scopeWhere } from '@gridhr/common';
import { maskIdNumber, PiiCipher, Worker } from '@gridhr/workers';
import { FileDownload, problemsFile, readUploadedSheet, SheetFormat, SheetProblem, templateWorkbook, XLSX_MIME, yesNo } from '@gridhr/sheets';
import { randomUUID } from 'node:crypto';
import { workPeriodLabel } from './cycle-period.rules';
import { checkRecord, WorkFigures } from './work-record.rules';
import { RecordToWrite, WorkRecordsService } from './work-records.service';

const COLUMNS = {
  idNumber: ['身份证号', '身份证号码'],
  name: ['姓名'],
  week: ['周次', '周'],
  visit: ['是否全域走访', '全域走访', '走访全覆盖'],
  month: ['月份', '月'],
  reported: ['上报事件数', '上报事件'],
  closed: ['按时办结数', '按时办结事件数', '按时办结'],
  satisfaction: ['满意度', '群众满意度'],
};

/** The sheet column (and cell) of each figure a check can refuse. */
const FIELD_CELLS: Record<string, [string, 'visit' | 'reported' | 'closed' | 'satisfaction' | null]> = {
  period: ['周次/月份', null],
  fullAreaVisit: ['是否全域走访', 'visit'],
  eventsReported: ['上报事件数', 'reported'],
  eventsClosedOnTime: ['按时办结数', 'closed'],
  satisfaction: ['满意度', 'satisfaction'],
};

export interface WorkRecordImportReport {
  written: boolean;
  rows: number;
  created: number;
  updated: number;
  problems: SheetProblem[];
  problemSheet: FileDownload | null;
}

@Injectable()
export class WorkRecordImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly cipher: PiiCipher,
    private readonly records: WorkRecordsService,
  ) {}

  async template(): Promise<FileDownload> {
    const content = await templateWorkbook(
      '工作记录',
      [
        { header: '身份证号', required: true, width: 22, note: '18位身份证号，按文本填写' },
        { header: '姓名', required: false, width: 10, note: '与身份证号登记的姓名一致' },
        { header: '周次', required: false, width: 12, note: '走访记录按周：2026-W05，或该周任意一天 2026-01-28' },
        { header: '是否全域走访', required: false, width: 14, note: '该周是否走访完整个网格：是/否', choices: ['是', '否'] },
        { header: '月份', required: false, width: 10, note: '事件和满意度按月：2026-03' },
        { header: '上报事件数', required: false, width: 12, note: '当月上报事件数，整数' },
        { header: '按时办结数', required: false, width: 12, note: '当月按时办结的事件数，整数' },
        { header: '满意度', required: false, width: 10, note: '当月群众满意度得分，0-100，最多两位小数' },
      ],
      [
        '每行填一个网格员的一周（周次、是否全域走访）或一个月（月份及事件、满意度）。',
        '同一人同一周或同一月再次导入时，以新数据为准。',
        '已定稿考核周期内的记录不能再导入。',
      ],
    );
    return { fileName: '网格员工作记录导入模板.xlsx', mimeType: XLSX_MIME, contentBase64: content.toString('base64') };
  }

  async import(user: AuthUser, input: { format: SheetFormat; contentBase64: string; source: string; dryRun: boolean }): Promise<WorkRecordImportReport> {
    const sheet = await readUploadedSheet(input, COLUMNS, ['idNumber']);
    if (sheet.missing) return { written: false, rows: 0, created: 0, updated: 0, problems: [sheet.missing], problemSheet: await problemsFile([sheet.missing]) };
    const today = this.clock.today();
    const hashes = sheet.rows.map((r) => this.cipher.hash(r.cell.idNumber.toUpperCase()));
    // Only workers in the caller's scope: the sheet must not tell whether an ID number is a worker elsewhere.
    const workers = new Map((await this.em.find(Worker, { idNumberHash: { $in: hashes }, ...scopeWhere(user) })).map((w) => [w.idNumberHash, w]));
    const locked = await this.records.lockedPeriods(
      this.em,
      [...workers.values()].map((w) => w.regionCode),
    );
    const problems: SheetProblem[] = [];
    const rows: RecordToWrite[] = [];
    const seen = new Map<string, number>();
    sheet.rows.forEach((row, i) => {
      const { idNumber, name, week, visit, month, reported, closed, satisfaction } = row.cell;
      const problem = (column: string, value: string, text: string) => problems.push({ line: row.line, column, value, problem: text });
      const worker = workers.get(hashes[i]);
      if (!worker) return problem('身份证号', idNumber ? maskIdNumber(idNumber) : '', '您的管辖范围内没有这个身份证号的网格员');
      if (name && worker.name !== name) return problem('姓名', name, '与身份证号登记的姓名不符');
      if (!week === !month) return problem('周次/月份', week || month, '每行填周次或月份，二者填且只填一个');
      const visitValue = visit ? yesNo(visit) : null;
      if (visit && visitValue === undefined) return problem('是否全域走访', visit, '请填“是”或“否”');
      // @gridhr/sheets marks a non-whole number cell ("#NUMBER:90.5") so an ID number typed as a number is caught; a score is one.
      const number = (text: string) => (text ? Number(text.replace(/^#NUMBER:(?=-?\d{1,6}(\.\d+)?$)/, '')) : null);
      const figures: WorkFigures = {
        fullAreaVisit: visitValue,
        eventsReported: number(reported),
        eventsClosedOnTime: number(closed),
        satisfaction: number(satisfaction),
      };
      const checked = checkRecord(week || month, figures, today);
      if ('problem' in checked) {
        const [column, cell] = FIELD_CELLS[checked.field];
        return problem(column, cell ? row.cell[cell] : week || month, checked.problem);
      }
      const key = `${worker.id}:${checked.periodKind}:${checked.periodStart}`;
      if (seen.has(key)) return problem('周次/月份', week || month, `与第${seen.get(key)}行是同一人同一期间`);
      seen.set(key, row.line);
      const lock = this.records.lockFor(locked, worker, checked);
      if (lock) return problem('周次/月份', workPeriodLabel(checked.periodKind, checked.periodStart), `属于已定稿的${lock.label}考核周期，不能再导入`);
      rows.push({ ...checked, worker });
    });
    if (problems.length) return { rows: sheet.rows.length, created: 0, updated: 0, written: false, problems, problemSheet: await problemsFile(problems) };
    if (input.dryRun) return { rows: sheet.rows.length, ...(await this.records.wouldWrite(this.em, rows)), written: false, problems: [], problemSheet: null };
    const written = await this.em.transactional((em) => this.records.write(em, user, rows, input.source.trim(), randomUUID()));
    return { rows: sheet.rows.length, ...written, written: true, problems: [], problemSheet: null };
  }
}
