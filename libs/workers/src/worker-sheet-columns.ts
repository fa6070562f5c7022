// The columns of the worker register sheet: those of the template (the recommended format), the names
// townships give them in their own sheets, and the columns only their sheets have (places by name, 性别
// and 出生日期, which are checked against the ID number).
import { defineSheet, labelsNote, SheetColumn, templateWorkbook } from '@gridhr/sheets';
import { LABELS } from './worker.enums';

interface WorkerColumn extends SheetColumn {
  width: number;
  note: string;
  /** A column of the template; the others are read when a sheet has them. */
  template: boolean;
}

const COLUMNS = {
  name: { header: '姓名', aliases: ['网格员姓名', '人员姓名'], template: true, width: 10, note: '必填，最多50个字' },
  idNumber: {
    header: '身份证号',
    aliases: ['身份证号码', '公民身份号码', '身份证', '身份证件号码', '居民身份证号码'],
    template: true,
    width: 22,
    note: '必填，18位；请把本列设为文本格式',
  },
  phone: {
    header: '手机号',
    aliases: ['手机号码', '联系电话', '电话', '联系方式', '电话号码', '移动电话'],
    template: true,
    width: 14,
    note: '必填，11位手机号',
  },
  category: {
    header: '人员类别',
    aliases: ['类别', '网格员类别', '网格员类型', '人员类型', '岗位类别', '网格员类别（专职/兼职）'],
    template: true,
    width: 12,
    note: `${labelsNote(LABELS.category)}（也可写专职、兼职、专业、辅助）`,
  },
  status: { header: '状态', aliases: ['在岗状态', '人员状态'], template: true, width: 8, note: `留空：新人为在岗，已登记的不变；${labelsNote(LABELS.status)}` },
  managingRegionCode: {
    header: '管理区划代码',
    aliases: ['所属社区（村）代码', '区划代码', '社区（村）代码'],
    template: true,
    width: 16,
    note: '12位统计用区划代码（乡镇、社区或村）；也可不填代码，改填“所属社区（村）”或“所属乡镇（街道）”的名称',
  },
  gridCode: { header: '所属网格编码', aliases: ['网格编码', '网格代码'], template: true, width: 18, note: '可空；填写则安排到该网格' },
  education: { header: '学历', aliases: ['文化程度', '最高学历', '学历（最高）'], template: true, width: 10, note: labelsNote(LABELS.education) },
  politicalStatus: { header: '政治面貌', aliases: [], template: true, width: 12, note: labelsNote(LABELS.politicalStatus) },
  veteran: { header: '退役军人', aliases: ['是否退役军人'], template: true, width: 8, note: '是/否' },
  lowIncome: { header: '低保', aliases: ['是否低保', '低保户', '是否低保户'], template: true, width: 8, note: '是/否' },
  socialWorkCertificate: {
    header: '社工证',
    aliases: ['社会工作者职业资格', '社工资格', '社会工作者职业资格证书', '社工证书'],
    template: true,
    width: 14,
    note: labelsNote(LABELS.socialWorkCertificate),
  },
  professionalTitle: { header: '职称', aliases: ['专业技术职称'], template: true, width: 12, note: '可空，最多50个字' },
  homeRegionCode: { header: '户籍区划代码', aliases: [], template: true, width: 16, note: '可空，12位区划代码' },
  hireSource: { header: '人员来源', aliases: ['来源', '聘用方式'], template: true, width: 14, note: labelsNote(LABELS.hireSource) },
  hiredOn: {
    header: '入职日期',
    aliases: ['入职时间', '上岗时间', '上岗日期', '聘用时间', '聘用日期', '任职时间'],
    template: true,
    width: 12,
    note: '可空，如 2024-03-01（2024/3/1、2024.3.1、2024年3月1日、20240301 也可）',
  },
  townshipName: {
    header: '所属乡镇（街道）',
    aliases: ['所属乡镇', '所属街道', '乡镇（街道）', '乡镇', '街道', '乡镇街道', '所属乡镇街道', '乡镇名称', '街道名称'],
    template: false,
    width: 14,
    note: '乡镇（街道）的名称',
  },
  communityName: {
    header: '所属社区（村）',
    aliases: ['所属社区', '所属村', '社区', '村', '村（社区）', '社区（村）', '所属村（社区）', '社区名称', '村名称', '村（社区）名称', '社区（村）名称'],
    template: false,
    width: 14,
    note: '社区或村的名称',
  },
  gridName: { header: '网格名称', aliases: ['所属网格', '网格', '网格名'], template: false, width: 14, note: '网格的名称（在所属社区或乡镇内查找）' },
  sex: { header: '性别', aliases: [], template: false, width: 6, note: '与身份证号核对' },
  birthDate: { header: '出生日期', aliases: ['出生年月', '出生年月日', '生日'], template: false, width: 12, note: '与身份证号核对' },
} satisfies Record<string, WorkerColumn>;

export type WorkerField = keyof typeof COLUMNS;
export const WORKER_COLUMNS: Record<WorkerField, WorkerColumn> = COLUMNS;

/** The register's sheet. Its place may be given by code, by name, or by the grid alone. */
export const WORKER_SHEET = defineSheet<WorkerField>({
  kind: 'workers',
  columns: WORKER_COLUMNS,
  required: ['name', 'idNumber', 'phone', 'category', ['managingRegionCode', 'communityName', 'townshipName', 'gridName', 'gridCode']],
});

/** The blank import template: the columns with a note each, the ID column as text, and the allowed values. */
export function workerTemplate(): Promise<Buffer> {
  const choices: Partial<Record<WorkerField, Record<string, string>>> = {
    category: LABELS.category,
    status: LABELS.status,
    education: LABELS.education,
    politicalStatus: LABELS.politicalStatus,
    socialWorkCertificate: LABELS.socialWorkCertificate,
    hireSource: LABELS.hireSource,
    veteran: { Y: '是', N: '否' },
    lowIncome: { Y: '是', N: '否' },
  };
  const required = new Set<string>(['name', 'idNumber', 'phone', 'category', 'managingRegionCode']);
  return templateWorkbook(
    '网格员名册',
    (Object.keys(COLUMNS) as WorkerField[])
      .filter((key) => WORKER_COLUMNS[key].template)
      .map((key) => ({ ...WORKER_COLUMNS[key], required: required.has(key), choices: choices[key] && Object.values(choices[key]) })),
    [
      '按身份证号识别人员：已登记的人再次导入即更新；选填列留空则保留原有信息。任何一行有误，整表都不会写入。',
      '本模板是推荐的格式。乡镇自己的花名册也可直接导入：所属社区（村）、所属乡镇（街道）、网格名称可写名称；专职、兼职、党员、团员、大专等简称，是/否、√/×，以及 20230501、2023年5月 等日期写法都能识别；序号、备注等其他列会被忽略并在导入报告中列出；性别、出生日期会与身份证号核对。',
      '表头认不出的必填列，可在导入时说明“您的表头 → 本系统的列”，并可保存下来供以后导入使用。',
    ],
  );
}
