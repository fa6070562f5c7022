// Training vocabulary (DESIGN §6).
export enum TrainingLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  /** A functional department training its professional grid workers (Jiangmen art. 31 [003]). */
  DEPARTMENT = 'DEPARTMENT',
}

export enum TrainingKind {
  PRE_JOB = 'PRE_JOB',
  REGULAR = 'REGULAR',
  SPECIAL = 'SPECIAL',
}

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}

// How a sign-in sheet marks attendance: words, and the ticks and crosses of a paper form.
export const ATTENDANCE_LABELS: Record<AttendanceStatus, string[]> = {
  PRESENT: ['出席', '参加', '到', '签到', '是', '已签到', '已到', '实到', '√', '✓', '✔'],
  ABSENT: ['缺席', '未到', '否', '未签到', '未参加', '缺勤', '×', '✗', '✘'],
  EXCUSED: ['请假', '事假', '病假', '公假', '公出'],
};
