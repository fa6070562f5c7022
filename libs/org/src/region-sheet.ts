// The region file: the national statistical division table (统计用区划代码) as NBS prints it or as open
// packages redistribute it (code, name, and other columns that are ignored), and its blank template.
import { placeNameProblem, RegionLevel } from '@gridhr/common';
import { readUploadedSheet, SheetFormat, SheetProblem, templateWorkbook, XLSX_MIME } from '@gridhr/sheets';
import { DivisionCode, levelFromClassification, levelFromLabel, parseDivisionCode } from './region-import.rules';
import { NAME } from './org.types';

export const REGION_COLUMNS = {
  code: ['区划代码', '统计用区划代码', '代码', 'code'],
  name: ['区划名称', '名称', 'name'],
  classification: ['城乡分类代码', '城乡分类', 'urbanRuralCode', 'classification'],
  level: ['级别', 'level'],
};

/** A province's division table down to villages and communities (the largest hold some 60,000 lines). */
export const REGION_IMPORT_MAX_ROWS = 100_000;

export interface RegionSheetRow extends DivisionCode {
  line: number;
  name: string;
  /** From the 级别 column, when filled. */
  label: RegionLevel.COMMUNITY | RegionLevel.VILLAGE | undefined;
  /** From the 城乡分类代码 column, when filled. */
  classification: RegionLevel.COMMUNITY | RegionLevel.VILLAGE | undefined;
}

export interface RegionSheet {
  rows: RegionSheetRow[];
  problems: SheetProblem[];
  /** Data lines read, good or bad. */
  lines: number;
  /** Every readable code in the file, also of lines with other problems (children of those are not orphans). */
  codes: Set<string>;
}

/** The rows of a region file with every problem a row has on its own (codes, names, duplicates). */
export async function readRegionSheet(input: { format: SheetFormat; contentBase64: string }): Promise<RegionSheet> {
  const sheet = await readUploadedSheet(input, REGION_COLUMNS, ['code', 'name'], { maxRows: REGION_IMPORT_MAX_ROWS });
  const codes = new Set<string>();
  if (sheet.missing) return { rows: [], problems: [sheet.missing], lines: 0, codes };
  if (!sheet.rows.length) return { rows: [], problems: [{ line: 2, column: '区划代码', value: '', problem: '表格中没有数据行' }], lines: 0, codes };
  const problems: SheetProblem[] = [];
  const rows: RegionSheetRow[] = [];
  const lineOf = new Map<string, number>();
  for (const { line, cell } of sheet.rows) {
    const problem = (column: string, value: string, text: string) => problems.push({ line, column, value, problem: text });
    const before = problems.length;
    const parsed = parseDivisionCode(cell.code);
    if (typeof parsed === 'string') problem('区划代码', cell.code, parsed);
    else codes.add(parsed.code);
    if (!cell.name || cell.name.length > 100 || !NAME.test(cell.name)) problem('区划名称', cell.name, '必填，最多100个字，不能含 <>{}\\');
    else if (placeNameProblem(cell.name)) problem('区划名称', cell.name, `不能含表情或不可见字符，也不能以 = + - @ 开头（${placeNameProblem(cell.name)}）`);
    // The classification and the level column speak of village-level rows only; elsewhere they are ignored.
    const villageRow = typeof parsed !== 'string' && parsed.level === null;
    const classification = villageRow && cell.classification ? levelFromClassification(cell.classification) : undefined;
    if (villageRow && cell.classification && !classification)
      problem('城乡分类代码', cell.classification, '须为111、112、121、122、123（城镇）或210、220（乡村）');
    const label = villageRow && cell.level ? levelFromLabel(cell.level) : undefined;
    if (villageRow && cell.level && !label) problem('级别', cell.level, '须填“社区”或“村”');
    if (typeof parsed === 'string' || problems.length > before) continue;
    const first = lineOf.get(parsed.code);
    if (first) {
      problem('区划代码', cell.code, `与第${first}行重复`);
      continue;
    }
    lineOf.set(parsed.code, line);
    rows.push({ ...parsed, line, name: cell.name, label, classification });
  }
  return { rows, problems, lines: sheet.rows.length, codes };
}

export async function regionTemplate() {
  const content = await templateWorkbook(
    '区划',
    [
      { header: '区划代码', required: true, width: 16, note: '必填：统计用区划代码，2、4、6、9或12位（如 14、1407、140721、140721100、140721100200）' },
      { header: '区划名称', required: true, width: 30, note: '必填，最多100个字，如“滨河社区居民委员会”“城关村村民委员会”' },
      { header: '城乡分类代码', required: false, width: 14, note: '村级（12位）可填：111、112、121、122、123 为社区，210、220 为村' },
      {
        header: '级别',
        required: false,
        width: 10,
        note: '村级（12位）可填：社区 或 村；不填则看城乡分类代码，再看名称（居民委员会、居委会、社区 / 村民委员会、村委会）',
        choices: ['社区', '村'],
      },
    ],
    [
      '可直接上传国家统计局“统计用区划代码和城乡划分代码”表（含 code、name 列的 csv 或 xlsx），其他列会被忽略。',
      '上级由代码前缀确定，须已在系统中或在同一文件中。再次导入只更新名称，不会重复创建；文件中没有的区划会列出，但不会删除。',
      '任何一行有误，整表都不会写入。',
    ],
  );
  return { fileName: '区划导入模板.xlsx', mimeType: XLSX_MIME, contentBase64: content.toString('base64') };
}
