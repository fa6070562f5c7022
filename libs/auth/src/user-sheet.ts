// The accounts of a county or city as a spreadsheet: its columns, reading it, its blank template, and
// the printable sheet of one-time passwords handed to the new users.
import { Workbook } from 'exceljs';
import { Role } from '@gridhr/common';
import { NAME, parseDivisionCode, PHONE } from '@gridhr/org';
import { readUploadedSheet, SheetFormat, SheetProblem, styleHeader, templateWorkbook, workbookFile, XLSX_MIME, yesNo } from '@gridhr/sheets';
import { USERNAME } from './auth.types';

const COLUMNS = {
  username: ['用户名', '登录名', '账号'],
  displayName: ['姓名', '名称', '显示名称'],
  role: ['角色'],
  regionCode: ['区划代码', '管辖区划代码', '所属区划代码'],
  phone: ['手机号', '联系电话', '电话'],
  reset: ['重置密码'],
};

export const ROLE_LABELS: Record<Role, string> = {
  [Role.TOWNSHIP_STAFF]: '乡镇（街道）工作人员',
  [Role.COUNTY_PLC]: '县委政法委',
  [Role.FINANCE]: '财政',
  [Role.CITY_ADMIN]: '市级管理员',
  [Role.SYSADMIN]: '系统管理员',
};
const ROLE_WORDS: Record<Role, string[]> = {
  [Role.TOWNSHIP_STAFF]: ['乡镇工作人员', '街道工作人员', '乡镇(街道)工作人员', '乡镇'],
  [Role.COUNTY_PLC]: ['政法委', '县政法委'],
  [Role.FINANCE]: ['财政局', '财政人员'],
  [Role.CITY_ADMIN]: ['市管理员'],
  [Role.SYSADMIN]: [],
};

function roleOf(text: string): Role | undefined {
  const upper = text.toUpperCase();
  return (Object.keys(ROLE_LABELS) as Role[]).find((role) => role === upper || ROLE_LABELS[role] === text || ROLE_WORDS[role].includes(text));
}

export interface UserSheetRow {
  line: number;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  phone: string | null;
  /** Issue a new one-time password to an account on record. */
  reset: boolean;
}

/** The rows of an accounts sheet with every problem a row has on its own (formats, duplicates). */
export async function readUserSheet(input: {
  format: SheetFormat;
  contentBase64: string;
}): Promise<{ rows: UserSheetRow[]; problems: SheetProblem[]; lines: number }> {
  const sheet = await readUploadedSheet(input, COLUMNS, ['username', 'displayName', 'role', 'regionCode']);
  if (sheet.missing) return { rows: [], problems: [sheet.missing], lines: 0 };
  const problems: SheetProblem[] = [];
  const rows: UserSheetRow[] = [];
  const lineOf = new Map<string, number>();
  for (const { line, cell } of sheet.rows) {
    const problem = (column: string, value: string, text: string) => problems.push({ line, column, value, problem: text });
    const before = problems.length;
    // As createUser: lowercase letters, digits, ".", "_" and "-"; login lowercases what is typed.
    const username = cell.username.toLowerCase();
    if (!USERNAME.test(username)) problem('用户名', cell.username, '须为2-64位小写字母、数字或“.”“_”“-”，以字母或数字开头');
    else if (lineOf.has(username)) problem('用户名', cell.username, `与第${lineOf.get(username)}行重复`);
    else lineOf.set(username, line);
    if (!cell.displayName || cell.displayName.length > 100 || !NAME.test(cell.displayName))
      problem('姓名', cell.displayName, '必填，最多100个字，不能含 <>{}\\');
    const role = roleOf(cell.role);
    if (!role) problem('角色', cell.role, `须填：${Object.values(ROLE_LABELS).join('、')}`);
    const region = parseDivisionCode(cell.regionCode);
    if (typeof region === 'string') problem('区划代码', cell.regionCode, region);
    if (cell.phone && !PHONE.test(cell.phone)) problem('手机号', cell.phone, '须为手机、固定电话或服务号码');
    const reset = cell.reset ? yesNo(cell.reset) : false;
    if (reset === undefined) problem('重置密码', cell.reset, '填“是”或“否”（不填为否）');
    if (problems.length > before) continue;
    rows.push({
      line,
      username,
      displayName: cell.displayName,
      role: role!,
      regionCode: (region as { code: string }).code,
      phone: cell.phone || null,
      reset: !!reset,
    });
  }
  return { rows, problems, lines: sheet.rows.length };
}

export async function userTemplate() {
  const content = await templateWorkbook(
    '账号',
    [
      { header: '用户名', required: true, width: 16, note: '必填：登录名，2-64位小写字母、数字或“.”“_”“-”' },
      { header: '姓名', required: true, width: 16, note: '必填：使用人或单位名称，最多100个字' },
      {
        header: '角色',
        required: true,
        width: 20,
        note: `必填：${Object.values(ROLE_LABELS).join('、')}；不能高于您自己的角色`,
        choices: Object.values(ROLE_LABELS),
      },
      { header: '区划代码', required: true, width: 16, note: '必填：管辖区划的统计用区划代码（乡镇工作人员填乡镇，县委政法委填县，财政填县或市）' },
      { header: '手机号', required: false, width: 14, note: '办公联系电话' },
      { header: '重置密码', required: false, width: 10, note: '已有账号填“是”则重新发放一次性密码', choices: ['是', '否'] },
    ],
    [
      '每个新账号得到一个一次性密码，只在导入结果和可打印的密码单中出现一次；首次登录后须立即修改密码，一次性密码只能登录一次。',
      '已有账号再次导入即更新姓名、角色、区划和电话。任何一行有误，整表都不会写入。',
    ],
  );
  return { fileName: '账号导入模板.xlsx', mimeType: XLSX_MIME, contentBase64: content.toString('base64') };
}

export interface IssuedPassword {
  line: number;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  oneTimePassword: string;
}

/** The printable slip list: one line per account, to cut and hand over in person. */
export async function passwordSheet(accounts: IssuedPassword[]) {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('一次性密码');
  sheet.columns = [
    { header: '用户名', key: 'username', width: 16 },
    { header: '姓名', key: 'displayName', width: 18 },
    { header: '角色', key: 'role', width: 20 },
    { header: '区划代码', key: 'regionCode', width: 16 },
    { header: '一次性密码', key: 'oneTimePassword', width: 18 },
  ];
  for (const a of accounts) sheet.addRow({ ...a, role: ROLE_LABELS[a.role] });
  styleHeader(sheet, 1);
  sheet.getColumn(5).font = { name: 'Consolas', size: 14 };
  sheet.addRow([]);
  sheet.addRow(['一次性密码只能登录一次，登录后须立即修改密码。请当面分发，分发后销毁本表。']);
  return workbookFile(workbook, '一次性密码单.xlsx');
}
