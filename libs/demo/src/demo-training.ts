import { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '@gridhr/common';
import { Region } from '@gridhr/org';
import { Attendance, AttendanceStatus, TrainingKind, TrainingLevel, TrainingSession } from '@gridhr/training';
import { Worker, WorkerCategory, WorkerStatus } from '@gridhr/workers';

/**
 * This year's training so far, so the report and the scans have something to show: the county held one
 * session, 城关街道 two, 河东镇 one and 西山乡 none (behind schedule after 30 June).
 */
export function seedDemoTraining(tx: EntityManager, regions: Map<string, Region>, workers: Worker[], random: () => number, today: string): void {
  const thisYear = (days: number) => {
    const day = addDays(today, -days);
    // Early in the year the sessions are all "today".
    return day.slice(0, 4) === today.slice(0, 4) ? day : today;
  };
  const plan: [TrainingLevel, string, number, string][] = [
    [TrainingLevel.COUNTY, '140799000000', 200, '网格员履职能力与矛盾纠纷排查化解'],
    [TrainingLevel.TOWNSHIP, '140799001000', 150, '社区网格走访与信息采集规范'],
    [TrainingLevel.TOWNSHIP, '140799001000', 60, '安全隐患排查与上报'],
    [TrainingLevel.TOWNSHIP, '140799101000', 120, '农村网格治安巡查'],
  ];
  for (const [level, code, daysAgo, topic] of plan) {
    const organiser = regions.get(code)!;
    const session = tx.create(TrainingSession, {
      level,
      kind: TrainingKind.REGULAR,
      organiser,
      regionCode: code,
      heldOn: thisYear(daysAgo),
      minutes: 120,
      topic,
      trainer: '县委政法委',
      place: `${organiser.name}会议室`,
    });
    const prefix = organiser.prefix;
    for (const worker of workers.filter(
      (w) => w.regionCode.startsWith(prefix) && w.status === WorkerStatus.ACTIVE && w.category !== WorkerCategory.INFORMANT,
    )) {
      const roll = random();
      const status = roll < 0.8 ? AttendanceStatus.PRESENT : roll < 0.9 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
      tx.create(Attendance, { session, worker, regionCode: worker.regionCode, status });
    }
  }
}
