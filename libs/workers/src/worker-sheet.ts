// The township's worker register as a spreadsheet: reading its rows, whether from the template or from
// the township's own sheet (the columns are in worker-sheet-columns.ts, the label variants in
// worker-labels.ts). Pure: places given by name are resolved against the database by the import.
import {
  choiceOf,
  compactText,
  labelsNote,
  LabelVariants,
  NO_MAPPING,
  readSheetDate,
  readSheetLines,
  SheetFormat,
  SheetMappingInput,
  SheetNote,
  SheetProblem,
  SheetReading,
  sheetBody,
  yesNo,
} from '@gridhr/sheets';
import { businessDateProblem, hireDateProblem, personNameProblem, textProblem } from '@gridhr/common';
import { cleanIdNumber, normalizePhone, parseIdNumber, ParsedIdNumber } from './id-number.rules';
import { Education, HireSource, LABELS, PoliticalStatus, SocialWorkCertificate, WorkerCategory, WorkerStatus } from './worker.enums';
import { LABEL_VARIANTS } from './worker-labels';
import { WORKER_COLUMNS, WORKER_SHEET, WorkerField } from './worker-sheet-columns';

export { workerTemplate } from './worker-sheet-columns';

/** A place as the sheet names it, resolved by the import within the importer's scope. */
export interface PlaceNames {
  township: string | null;
  community: string | null;
  grid: string | null;
}

export interface WorkerSheetRow {
  line: number;
  name: string;
  idNumber: string;
  phone: string;
  category: WorkerCategory;
  status: WorkerStatus | null;
  /** By code; null when the sheet names the place (see `place`). */
  managingRegionCode: string | null;
  gridCode: string | null;
  place: PlaceNames;
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

export interface WorkerSheet {
  rows: WorkerSheetRow[];
  problems: SheetProblem[];
  reading: SheetReading;
  /** Lines holding data, good or bad. */
  dataLines: number;
  /** The header was read: every needed column found, every mapped header present. */
  headerOk: boolean;
  /** Each field's header as the sheet writes it (ours when the sheet has no such column), for problems. */
  columnName: Record<WorkerField, string>;
  /** The fields the sheet has a column for. */
  present: ReadonlySet<WorkerField>;
}

// Control characters (a pasted line feed, a NUL) are invisible in Excel and refused by PostgreSQL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// Two-character names are padded with a space (often U+3000) to line up with three-character ones: 张 三 is 张三.
const HAN_WITH_SPACES = /^[\p{Script=Han}\s]+$/u;
const FIELDS = Object.keys(WORKER_COLUMNS) as WorkerField[];
const PLACE_FIELDS: WorkerField[] = ['managingRegionCode', 'communityName', 'townshipName', 'gridName', 'gridCode'];

/** Reads the register; `problems` lists every bad cell. Throws only when the file cannot be read at all. */
export async function readWorkerSheet(content: Buffer, format: SheetFormat, today: string, mapping: SheetMappingInput = NO_MAPPING): Promise<WorkerSheet> {
  const lines = await readSheetLines(content, format, WORKER_SHEET.maxRows);
  const body = sheetBody(lines, WORKER_SHEET, mapping);
  const header = lines[body.headerLine - 1] ?? [];
  const columnName = Object.fromEntries(
    FIELDS.map((f) => [f, body.position.has(f) ? header[body.position.get(f)!].trim() : WORKER_COLUMNS[f].header]),
  ) as Record<WorkerField, string>;
  const problems = [...body.problems];
  // A row naming no place is told so in the sheet's own place column.
  const placeField = PLACE_FIELDS.find((f) => body.position.has(f)) ?? 'managingRegionCode';
  const notes: SheetNote[] = body.reading.notes;
  const rows: WorkerSheetRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, cells } of body.rows) {
    const before = problems.length;
    const get = (key: WorkerField) => (body.position.has(key) ? (cells[body.position.get(key)!] ?? '').trim() : '');
    const bad = (key: WorkerField, value: string, problem: string) => {
      problems.push({ line, column: columnName[key], value, problem });
      return null;
    };
    const required = (key: WorkerField) => get(key) || bad(key, '', '必填');
    const choice = <T extends string>(key: WorkerField, labels: Record<T, string>, variants: LabelVariants<T>): T | null => {
      const text = get(key);
      if (!text) return null;
      return choiceOf(text, labels, variants) ?? bad(key, text, `不是可选的值；${labelsNote(labels)}`);
    };
    const yesOrNo = (key: WorkerField) => {
      const text = get(key);
      if (!text) return null;
      return yesNo(text) ?? bad(key, text, '请填“是”或“否”（√/×、Y/N 也可）');
    };
    const regionCode = (key: WorkerField) => {
      const text = compactText(get(key));
      if (!text) return null;
      return /^\d{12}$/.test(text) ? text : bad(key, get(key), '须为12位数字的区划代码');
    };
    const text = (key: WorkerField, max: number) => {
      const value = get(key);
      if (!value) return null;
      if (CONTROL.test(value)) return bad(key, value, '含有不可见的控制字符');
      if (textProblem(value)) return bad(key, value, `不能含不可见字符，也不能以 = + - @ 开头（${textProblem(value)}）`);
      return value.length <= max ? value : bad(key, value, `最多${max}个字`);
    };

    // text() reports control characters, a formula or a long name, and gives null then.
    const rawName = get('name') ? text('name', 50) : required('name');
    const spaced = rawName && HAN_WITH_SPACES.test(rawName) ? rawName.replace(/\s+/g, '') : rawName;
    const nameProblem = spaced ? personNameProblem(spaced) : null;
    const name = nameProblem ? bad('name', rawName!, `姓名最多50个字，可含中间点·，不能含数字、表情、符号或不可见字符（${nameProblem}）`) : spaced;
    let id: ParsedIdNumber | null = null;
    const rawId = required('idNumber');
    if (rawId?.startsWith('#NUMBER:')) bad('idNumber', rawId.slice(8), 'Excel把身份证号存成了数字，后几位已丢失；请把本列设为文本后重新填写');
    else if (rawId) {
      const parsed = parseIdNumber(cleanIdNumber(rawId), today);
      if (!parsed.ok) bad('idNumber', rawId, `身份证号有误：${parsed.problem}`);
      else {
        id = parsed.value;
        const first = firstLineOf.get(id.idNumber);
        if (first) bad('idNumber', rawId, `与第${first}行的身份证号重复`);
        else firstLineOf.set(id.idNumber, line);
      }
    }
    const rawPhone = required('phone');
    const phone = rawPhone ? (normalizePhone(compactText(rawPhone)) ?? bad('phone', rawPhone, '不是11位手机号')) : null;
    const category = get('category') ? choice<WorkerCategory>('category', LABELS.category, LABEL_VARIANTS.category) : required('category') && null;
    // Some sheets put the 12-digit code in the place column itself.
    const codeInPlace = [get('communityName'), get('townshipName')].map(compactText).find((t) => /^\d{12}$/.test(t)) ?? null;
    const managingRegionCode = regionCode('managingRegionCode') ?? codeInPlace;
    const gridCode = text('gridCode', 32);
    let hiredOn: string | null = null;
    if (get('hiredOn')) {
      const read = readSheetDate(get('hiredOn'));
      if (!read) bad('hiredOn', get('hiredOn'), '不是有效日期，请写成 2024-03-01');
      else if (read.date > today) bad('hiredOn', get('hiredOn'), '不能晚于今天');
      else if (businessDateProblem(read.date)) bad('hiredOn', get('hiredOn'), `日期不合理（${businessDateProblem(read.date)}）`);
      else {
        hiredOn = read.date;
        if (read.monthOnly) notes.push({ line, column: columnName.hiredOn, value: get('hiredOn'), note: `只写了年月，按当月1日（${read.date}）记` });
      }
    }
    const row = {
      line,
      status: choice<WorkerStatus>('status', LABELS.status, LABEL_VARIANTS.status),
      education: choice<Education>('education', LABELS.education, LABEL_VARIANTS.education),
      politicalStatus: choice<PoliticalStatus>('politicalStatus', LABELS.politicalStatus, LABEL_VARIANTS.politicalStatus),
      veteran: yesOrNo('veteran'),
      lowIncome: yesOrNo('lowIncome'),
      socialWorkCertificate: choice<SocialWorkCertificate>('socialWorkCertificate', LABELS.socialWorkCertificate, LABEL_VARIANTS.socialWorkCertificate),
      professionalTitle: text('professionalTitle', 50),
      homeRegionCode: regionCode('homeRegionCode'),
      hireSource: choice<HireSource>('hireSource', LABELS.hireSource, LABEL_VARIANTS.hireSource),
      gridCode,
      hiredOn,
      place: {
        township: codeInPlace ? null : text('townshipName', 100),
        community: codeInPlace ? null : text('communityName', 100),
        grid: text('gridName', 100),
      },
    };
    if (!managingRegionCode && !gridCode && !row.place.township && !row.place.community && !row.place.grid && !get('managingRegionCode'))
      bad(placeField, '', '必填：填区划代码，或所属社区（村）、所属乡镇（街道）、网格的名称');
    if (id) checkAgainstId(id, get('sex'), get('birthDate'), (key, value, problem) => bad(key, value, problem));
    // Labour Law art. 15: no one under 16 is hired (an ACTIVE row without a date starts today).
    const startsOn = hiredOn ?? ((row.status ?? WorkerStatus.ACTIVE) === WorkerStatus.ACTIVE ? today : null);
    const hireProblem = id && startsOn ? hireDateProblem(id.birthDate, startsOn) : null;
    if (hireProblem) bad(hiredOn ? 'hiredOn' : 'idNumber', hiredOn ? get('hiredOn') : rawId!, `入职时未满16周岁（${hireProblem}）`);
    if (problems.length === before && name && id && phone && category) {
      rows.push({ ...row, name, idNumber: id.idNumber, phone, category, managingRegionCode });
    }
  }
  return {
    rows,
    problems,
    reading: body.reading,
    dataLines: body.rows.length,
    headerOk: !body.problems.length,
    columnName,
    present: new Set(body.position.keys()),
  };
}

const ID_USUALLY_WRONG = '多半是身份证号录错了，请先核对身份证号';

/** 性别 and 出生日期 say again what the ID number says; when they disagree, one of them is mistyped. */
function checkAgainstId(id: ParsedIdNumber, sexText: string, birthText: string, bad: (key: WorkerField, value: string, problem: string) => void): void {
  if (sexText) {
    const sex = choiceOf(sexText, LABELS.sex, LABEL_VARIANTS.sex);
    if (!sex) bad('sex', sexText, '请填“男”或“女”');
    else if (sex !== id.sex) bad('sex', sexText, `与身份证号不符：身份证号第17位表示${LABELS.sex[id.sex]}性；${ID_USUALLY_WRONG}，身份证号无误再改性别`);
  }
  if (birthText) {
    const birth = readSheetDate(birthText);
    if (!birth) bad('birthDate', birthText, '不是有效日期，请写成 1990-01-01');
    else if (birth.monthOnly ? !sameMonth(birthText, birth.date, id.birthDate) : birth.date !== id.birthDate)
      bad('birthDate', birthText, `与身份证号不符：身份证号中的出生日期是${id.birthDate}；${ID_USUALLY_WRONG}，身份证号无误再改出生日期`);
  }
}

/** 出生年月 typed as a number loses a trailing zero: 1990.10 arrives as 1990.1, which may mean October. */
function sameMonth(text: string, read: string, birthDate: string): boolean {
  if (read.slice(0, 7) === birthDate.slice(0, 7)) return true;
  return /^\d{4}\.1$/.test(compactText(text)) && `${read.slice(0, 4)}-10` === birthDate.slice(0, 7);
}
