// The county's grid list as a spreadsheet: its columns, reading it, and its blank template.
import { businessDateProblem, placeNameProblem, textProblem } from '@gridhr/common';
import { parseSheetDate, readUploadedSheet, SheetFormat, SheetProblem, templateWorkbook, XLSX_MIME } from '@gridhr/sheets';
import { GridKind, GridSetting } from './grid.entity';
import { gridCodeProblem } from './grid.rules';
import { parseDivisionCode } from './region-import.rules';
import { NAME, PHONE } from './org.types';

const COLUMNS = {
  code: ['网格编码', '网格代码', '编码'],
  name: ['网格名称', '名称'],
  regionCode: ['所属社区（村）代码', '所属社区(村)代码', '社区（村）代码', '所属区划代码', '区划代码'],
  setting: ['城乡属性', '城乡'],
  kind: ['网格类型', '类型'],
  exclusiveUnit: ['专属单位', '单位名称'],
  households: ['户数', '住户数'],
  population: ['人口', '人口数', '人数'],
  boundary: ['四至范围', '边界', '网格范围'],
  supervisionPhone: ['监督电话'],
  serviceItems: ['服务事项'],
  activeFrom: ['启用日期', '设立日期'],
};

const KIND_WORDS: Record<GridKind, string[]> = {
  [GridKind.COMPREHENSIVE]: ['综合网格', '综合', 'COMPREHENSIVE'],
  [GridKind.EXCLUSIVE]: ['专属网格', '专属', 'EXCLUSIVE'],
};
const SETTING_WORDS: Record<GridSetting, string[]> = {
  [GridSetting.URBAN]: ['城市', '城镇', 'URBAN'],
  [GridSetting.RURAL]: ['农村', '乡村', 'RURAL'],
};

function word<T extends string>(text: string, words: Record<T, string[]>): T | undefined {
  const upper = text.toUpperCase();
  return (Object.entries(words) as [T, string[]][]).find(([, list]) => list.includes(upper))?.[0];
}

export interface GridSheetRow {
  line: number;
  code: string;
  name: string;
  regionCode: string;
  /** Null: the community's or village's default (URBAN in a community, RURAL in a village). */
  setting: GridSetting | null;
  kind: GridKind;
  exclusiveUnit: string | null;
  households: number;
  population: number;
  boundary: string | null;
  supervisionPhone: string | null;
  /** Null: blank (a grid on record keeps its service items). */
  serviceItems: string | null;
  /** Null: today. */
  activeFrom: string | null;
}

/** The rows of a grid sheet with every problem a row has on its own. */
export async function readGridSheet(input: {
  format: SheetFormat;
  contentBase64: string;
}): Promise<{ rows: GridSheetRow[]; problems: SheetProblem[]; lines: number }> {
  const sheet = await readUploadedSheet(input, COLUMNS, ['code', 'name', 'regionCode', 'households', 'population']);
  if (sheet.missing) return { rows: [], problems: [sheet.missing], lines: 0 };
  const problems: SheetProblem[] = [];
  const rows: GridSheetRow[] = [];
  const lineOf = new Map<string, number>();
  for (const { line, cell } of sheet.rows) {
    const problem = (column: string, value: string, text: string) => problems.push({ line, column, value, problem: text });
    const before = problems.length;
    const codeProblem = gridCodeProblem(cell.code);
    if (codeProblem) problem('网格编码', cell.code, '须为1-32位字母、数字或“-”，以字母或数字开头，且含网格序号（数字）');
    else if (lineOf.has(cell.code)) problem('网格编码', cell.code, `与第${lineOf.get(cell.code)}行重复`);
    else lineOf.set(cell.code, line);
    if (!cell.name || cell.name.length > 100 || !NAME.test(cell.name)) problem('网格名称', cell.name, '必填，最多100个字，不能含 <>{}\\');
    else if (placeNameProblem(cell.name)) problem('网格名称', cell.name, `不能含表情或不可见字符，也不能以 = + - @ 开头（${placeNameProblem(cell.name)}）`);
    // The texts shown on the public roster: nothing invisible, no spreadsheet formula (blank is allowed: none).
    for (const [column, text] of [
      ['四至范围', cell.boundary],
      ['服务事项', cell.serviceItems],
      ['专属单位', cell.exclusiveUnit],
    ] as const) {
      const textIssue = text ? textProblem(text, { multiline: true }) : null;
      if (textIssue) problem(column, text.slice(0, 20), `不能含不可见字符，也不能以 = + - @ 开头（${textIssue}）`);
    }
    const region = parseDivisionCode(cell.regionCode);
    if (typeof region === 'string' || region.level !== null) problem('所属社区（村）代码', cell.regionCode, '须为社区或村的12位统计用区划代码');
    const kind = cell.kind ? word(cell.kind, KIND_WORDS) : GridKind.COMPREHENSIVE;
    if (!kind) problem('网格类型', cell.kind, '须填“综合网格”或“专属网格”（不填为综合网格）');
    const setting = cell.setting ? word(cell.setting, SETTING_WORDS) : null;
    if (setting === undefined) problem('城乡属性', cell.setting, '须填“城市”或“农村”（不填：社区为城市，村为农村）');
    // Yongzhou provisions [002]: an exclusive grid is drawn for one unit (a school, hospital, park or company).
    if (kind === GridKind.EXCLUSIVE && !cell.exclusiveUnit) problem('专属单位', '', '专属网格须填写所覆盖的单位');
    if (kind === GridKind.COMPREHENSIVE && cell.exclusiveUnit) problem('专属单位', cell.exclusiveUnit, '只有专属网格填写专属单位');
    if (cell.exclusiveUnit.length > 100) problem('专属单位', cell.exclusiveUnit, '最多100个字');
    const households = count(cell.households, 1_000_000);
    if (households === null) problem('户数', cell.households, '须为0到1000000的整数');
    const population = count(cell.population, 10_000_000);
    if (population === null) problem('人口', cell.population, '须为0到10000000的整数');
    if (cell.boundary.length > 2000) problem('四至范围', `${cell.boundary.slice(0, 20)}…`, '最多2000个字');
    if (cell.supervisionPhone && !PHONE.test(cell.supervisionPhone)) problem('监督电话', cell.supervisionPhone, '须为手机、固定电话或服务号码');
    if (cell.serviceItems.length > 1000) problem('服务事项', `${cell.serviceItems.slice(0, 20)}…`, '最多1000个字');
    const activeFrom = cell.activeFrom ? parseSheetDate(cell.activeFrom) : null;
    if (cell.activeFrom && !activeFrom) problem('启用日期', cell.activeFrom, '须为日期，如 2026-01-01');
    else if (activeFrom && businessDateProblem(activeFrom)) problem('启用日期', cell.activeFrom, `日期不合理（${businessDateProblem(activeFrom)}）`);
    if (problems.length > before) continue;
    rows.push({
      line,
      code: cell.code,
      name: cell.name,
      regionCode: (region as { code: string }).code,
      setting: setting ?? null,
      kind: kind!,
      exclusiveUnit: cell.exclusiveUnit || null,
      households: households!,
      population: population!,
      boundary: cell.boundary || null,
      supervisionPhone: cell.supervisionPhone || null,
      serviceItems: cell.serviceItems || null,
      activeFrom,
    });
  }
  return { rows, problems, lines: sheet.rows.length };
}

function count(text: string, max: number): number | null {
  if (!/^\d{1,8}$/.test(text)) return null;
  const value = Number(text);
  return value <= max ? value : null;
}

export async function gridTemplate() {
  const content = await templateWorkbook(
    '网格',
    [
      { header: '网格编码', required: true, width: 20, note: '必填：县级统一编码，1-32位字母、数字或“-”' },
      { header: '网格名称', required: true, width: 20, note: '必填，最多100个字' },
      { header: '所属社区（村）代码', required: true, width: 18, note: '必填：网格所在社区或村的12位统计用区划代码' },
      { header: '城乡属性', required: false, width: 10, note: '城市 或 农村；不填则社区为城市、村为农村', choices: ['城市', '农村'] },
      { header: '网格类型', required: false, width: 12, note: '综合网格 或 专属网格；不填为综合网格', choices: ['综合网格', '专属网格'] },
      { header: '专属单位', required: false, width: 20, note: '专属网格必填：所覆盖的学校、医院、园区或企业' },
      { header: '户数', required: true, width: 8, note: '必填，整数' },
      { header: '人口', required: true, width: 8, note: '必填，整数' },
      { header: '四至范围', required: false, width: 40, note: '网格边界描述，最多2000个字' },
      { header: '监督电话', required: false, width: 14, note: '手机、固定电话或服务号码' },
      { header: '启用日期', required: false, width: 12, note: '如 2026-01-01；不填为今天；已有网格不改' },
      { header: '服务事项', required: false, width: 30, note: '网格员提供的服务事项，公示名单上列出；不填则已有网格保留原内容' },
    ],
    [
      '按网格编码识别：已有的网格再次导入即更新名称、类型、户数、人口等；调整所属社区（村）请用“移动网格”。',
      '户数、人口超出本地网格划分建议时会在导入结果中提示，但不会拒绝。任何一行有误，整表都不会写入。',
    ],
  );
  return { fileName: '网格导入模板.xlsx', mimeType: XLSX_MIME, contentBase64: content.toString('base64') };
}
