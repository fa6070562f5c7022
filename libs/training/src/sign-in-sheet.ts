// The sign-in sheet of a session as townships keep it: 姓名 with 身份证号 or 联系电话 (a sign-in sheet
// passed round a room rarely carries ID numbers), and the attendance mark (出席, √, 请假 …).
import { choiceKey, defineSheet } from '@gridhr/sheets';
import { ATTENDANCE_LABELS, AttendanceStatus } from './training.enums';

export const SIGN_IN_SHEET = defineSheet({
  kind: 'training.sign-in',
  columns: {
    name: { header: '姓名', aliases: ['网格员姓名', '参训人员', '参训人员姓名'] },
    idNumber: { header: '身份证号', aliases: ['身份证号码', '公民身份号码', '身份证'] },
    phone: { header: '联系电话', aliases: ['手机号', '手机号码', '电话', '联系方式'] },
    status: { header: '签到情况', aliases: ['签到', '出勤', '状态', '出勤情况', '参训情况', '到会情况', '是否参加', '是否出席'] },
    note: { header: '备注', aliases: ['说明'] },
  },
  required: ['name', ['idNumber', 'phone'], 'status'],
});

/** The attendance a mark means, or undefined. */
export function attendanceOf(text: string): AttendanceStatus | undefined {
  const key = choiceKey(text);
  if (!key) return undefined;
  return (Object.entries(ATTENDANCE_LABELS) as [AttendanceStatus, string[]][]).find(
    ([value, labels]) => value === key || labels.some((l) => choiceKey(l) === key),
  )?.[0];
}
