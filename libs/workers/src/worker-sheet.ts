// The township's worker register as a spreadsheet: its columns, reading it, and its blank template.
import { choiceOf, labelsNote, parseSheetDate, readSheetLines, SheetFormat, SheetProblem, templateWorkbook, yesNo } from '@gridhr/sheets';
import { normalizePhone, parseIdNumber } from './id-number.rules';
import { Education, HireSource, LABELS, PoliticalStatus, SocialWorkCertificate, WorkerCategory, WorkerStatus } from './worker.enums';

export interface WorkerSheetRow {
  line: number;
  name: string;
  idNumber: string;
  phone: string;
  category: WorkerCategory;
  status: WorkerStatus | null;
  managingRegionCode: string;
  gridCode: string | null;
  education: Education | null;
  politicalStatus: PoliticalStatus | null;
  veteran: boolean | null;
  lowIncome: boolean | null;
  socialWorkCertificate: SocialWorkCertificate | null;
  professionalTitle: string | null;
  homeRegionCode: string | null;
  hireSource: HireSource | null;
  hiredOn: string | null;
}

interface Column {
  header: string;
  aliases: string[];
  required: boolean;
  width: number;
  note: string;
}

const COLUMNS = {
  name: { header: '姓名', aliases: [], required: true, width: 10, note: '必填，最多50个字' },
  idNumber: { header: '身份证号', aliases: ['身份证号码', '公民身份号码'], required: true, width: 22, note: '必填，18位；请把本列设为文本格式' },
  phone: { header: '手机号', aliases: ['手机号码', '联系电话', '电话'], required: true, width: 14, note: '必填，11位手机号' },
  category: { header: '人员类别', aliases: ['类别'], required: true, width: 12, note: labelsNote(LABELS.category) },
  status: { header: '状态', aliases: ['在岗状态'], required: false, width: 8, note: `留空：新人为在岗，已登记的不变；${labelsNote(LABELS.status)}` },
  managingRegionCode: {
    header: '管理区划代码',
    aliases: ['所属社区（村）代码', '区划代码'],
    required: true,
    width: 16,
    note: '必填，12位统计用区划代码（乡镇、社区或村）',
  },
  gridCode: { header: '所属网格编码', aliases: ['网格编码'], required: false, width: 18, note: '可空；填写则安排到该网格' },
  education: { header: '学历', aliases: [], required: false, width: 10, note: labelsNote(LABELS.education) },
  politicalStatus: { header: '政治面貌', aliases: [], required: false, width: 12, note: labelsNote(LABELS.politicalStatus) },
  veteran: { header: '退役军人', aliases: ['是否退役军人'], required: false, width: 8, note: '是/否' },
  lowIncome: { header: '低保', aliases: ['是否低保'], required: false, width: 8, note: '是/否' },
  socialWorkCertificate: { header: '社工证', aliases: ['社会工作者职业资格'], required: false, width: 14, note: labelsNote(LABELS.socialWorkCertificate) },
  professionalTitle: { header: '职称', aliases: [], required: false, width: 12, note: '可空，最多50个字' },
  homeRegionCode: { header: '户籍区划代码', aliases: [], required: false, width: 16, note: '可空，12位区划代码' },
  hireSource: { header: '人员来源', aliases: [], required: false, width: 14, note: labelsNote(LABELS.hireSource) },
  hiredOn: { header: '入职日期', aliases: [], required: false, width: 12, note: '可空，如 2024-03-01' },
} satisfies Record<string, Column>;

type Key = keyof typeof COLUMNS;
const KEYS = Object.keys(COLUMNS) as Key[];

/** Reads the register; `problems` lists every bad cell. Throws only when the file cannot be read at all. */
export async function readWorkerSheet(content: Buffer, format: SheetFormat, today: string): Promise<{ rows: WorkerSheetRow[]; problems: SheetProblem[] }> {
  const lines = await readSheetLines(content, format);
  const problems: SheetProblem[] = [];
  const headerIndex = lines.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  if (headerIndex < 0) return { rows: [], problems: [{ line: 1, column: '', value: '', problem: '表格是空的' }] };
  const header = lines[headerIndex].map((h) => h.replace(/\s|\*/g, ''));
  const position = new Map<Key, number>();
  for (const key of KEYS) {
    const column: Column = COLUMNS[key];
    const index = header.findIndex((h) => h === column.header || column.aliases.includes(h));
    if (index >= 0) position.set(key, index);
    else if (column.required) problems.push({ line: headerIndex + 1, column: column.header, value: '', problem: '缺少这一列（请使用导入模板）' });
  }
  if (problems.length) return { rows: [], problems };

  const rows: WorkerSheetRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const cells = lines[i];
    if (cells.every((c) => c.trim() === '')) continue;
    const line = i + 1;
    const before = problems.length;
    const get = (key: Key) => (position.has(key) ? (cells[position.get(key)!] ?? '').trim() : '');
    const bad = (key: Key, value: string, problem: string) => {
      problems.push({ line, column: COLUMNS[key].header, value, problem });
      return null;
    };
    const required = (key: Key) => get(key) || bad(key, '', '必填');
    const choice = <T extends string>(key: Key, labels: Record<T, string>): T | null => {
      const text = get(key);
      if (!text) return null;
      return choiceOf(text, labels) ?? bad(key, text, `不是可选的值；${labelsNote(labels)}`);
    };
    const yesOrNo = (key: Key) => {
      const text = get(key);
      if (!text) return null;
      return yesNo(text) ?? bad(key, text, '请填“是”或“否”');
    };
    const regionCode = (key: Key) => {
      const text = get(key);
      if (!text) return null;
      return /^\d{12}$/.test(text) ? text : bad(key, text, '须为12位数字的区划代码');
    };
    const text = (key: Key, max: number) => {
      const value = get(key);
      if (!value) return null;
      // Control characters (a pasted line feed, a NUL) are invisible in Excel and refused by PostgreSQL.
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u001f\u007f]/.test(value)) return bad(key, value, '含有不可见的控制字符');
      return value.length <= max ? value : bad(key, value, `最多${max}个字`);
    };

    const name = text('name', 50) ?? required('name');
    let idNumber: string | null = null;
    const rawId = required('idNumber');
    if (rawId?.startsWith('#NUMBER:')) bad('idNumber', rawId.slice(8), 'Excel把身份证号存成了数字，后几位已丢失；请把本列设为文本后重新填写');
    else if (rawId) {
      const parsed = parseIdNumber(rawId, today);
      if (!parsed.ok) bad('idNumber', rawId, `身份证号有误：${parsed.problem}`);
      else {
        idNumber = parsed.value.idNumber;
        const first = firstLineOf.get(idNumber);
        if (first) bad('idNumber', rawId, `与第${first}行的身份证号重复`);
        else firstLineOf.set(idNumber, line);
      }
    }
    const rawPhone = required('phone');
    const phone = rawPhone ? (normalizePhone(rawPhone) ?? bad('phone', rawPhone, '不是11位手机号')) : null;
    const category = get('category') ? choice<WorkerCategory>('category', LABELS.category) : required('category') && null;
    const managingRegionCode = get('managingRegionCode') ? regionCode('managingRegionCode') : required('managingRegionCode') && null;
    const gridCode = text('gridCode', 32);
    let hiredOn: string | null = null;
    if (get('hiredOn')) {
      hiredOn = parseSheetDate(get('hiredOn'));
      if (!hiredOn) bad('hiredOn', get('hiredOn'), '不是有效日期，请写成 2024-03-01');
      else if (hiredOn > today) hiredOn = bad('hiredOn', get('hiredOn'), '不能晚于今天');
    }
    const row = {
      line,
      status: choice<WorkerStatus>('status', LABELS.status),
      education: choice<Education>('education', LABELS.education),
      politicalStatus: choice<PoliticalStatus>('politicalStatus', LABELS.politicalStatus),
      veteran: yesOrNo('veteran'),
      lowIncome: yesOrNo('lowIncome'),
      socialWorkCertificate: choice<SocialWorkCertificate>('socialWorkCertificate', LABELS.socialWorkCertificate),
      professionalTitle: text('professionalTitle', 50),
      homeRegionCode: regionCode('homeRegionCode'),
      hireSource: choice<HireSource>('hireSource', LABELS.hireSource),
      gridCode,
      hiredOn,
    };
    if (problems.length === before && name && idNumber && phone && category && managingRegionCode) {
      rows.push({ ...row, name, idNumber, phone, category, managingRegionCode });
    }
  }
  return { rows, problems };
}

/** The blank import template: the columns with a note each, the ID column as text, and the allowed values. */
export function workerTemplate(): Promise<Buffer> {
  const choices: Partial<Record<Key, Record<string, string>>> = {
    category: LABELS.category,
    status: LABELS.status,
    education: LABELS.education,
    politicalStatus: LABELS.politicalStatus,
    socialWorkCertificate: LABELS.socialWorkCertificate,
    hireSource: LABELS.hireSource,
    veteran: { Y: '是', N: '否' },
    lowIncome: { Y: '是', N: '否' },
  };
  return templateWorkbook(
    '网格员名册',
    KEYS.map((key) => ({ ...COLUMNS[key], choices: choices[key] && Object.values(choices[key]) })),
    ['按身份证号识别人员：已登记的人再次导入即更新；选填列留空则保留原有信息。任何一行有误，整表都不会写入。'],
  );
}
