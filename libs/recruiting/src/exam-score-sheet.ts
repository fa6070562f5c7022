// The exam office's score sheet as it comes: 序号, 准考证号, 姓名, 身份证号, 笔试成绩, 面试成绩, 综合成绩,
// 名次, 备注 — GridHR reads the person and the two scores and computes the composite itself, so the
// other columns are ignored (and listed).
import { compactText, defineSheet } from '@gridhr/sheets';

export const EXAM_SCORE_SHEET = defineSheet({
  kind: 'recruiting.scores',
  columns: {
    idNumber: { header: '身份证号', aliases: ['身份证号码', '公民身份号码', '身份证'] },
    name: { header: '姓名', aliases: ['考生姓名'] },
    written: { header: '笔试成绩', aliases: ['笔试', '笔试分数', '笔试得分', '笔试成绩(分)'] },
    interview: { header: '面试成绩', aliases: ['面试', '面试分数', '面试得分', '面试成绩(分)'] },
  },
  required: ['idNumber', 'name', 'written', 'interview'],
});

const MAX_SCORE = 100;

/** A score of 0–100 with at most two decimals (８５．５ and 85.5分 too), or the problem with it. */
export function readScore(text: string): { score: number } | { problem: string } {
  const value = compactText(text).replace(/分$/, '');
  if (/^(缺考|弃考|缺席|放弃)$/.test(value)) return { problem: `${value}：请先在报名中记为放弃（WITHDRAWN），再把这一行从成绩表中删去` };
  if (/^\d{1,3}(\.\d{1,2})?$/.test(value) && Number(value) <= MAX_SCORE) return { score: Number(value) };
  return { problem: '须为0到100的成绩，最多两位小数' };
}
