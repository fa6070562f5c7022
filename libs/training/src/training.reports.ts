// The training reports, exported through @gridhr/reports.
import { Injectable } from '@nestjs/common';
import { AuthUser, validateInput } from '@gridhr/common';
import { Report, ReportResult } from '@gridhr/platform';
import { LABELS } from '@gridhr/workers';
import { TrainingReportService, WorkerTrainingRow } from './training-report.service';
import { TrainingCountyReportArgs, TrainingReportArgs } from './training.types';
import { TownshipTrainingSummary, TrainingCountyReportService } from './training-county-report.service';

const LEVEL_LABELS: Record<string, string> = { PROVINCE: '省级', CITY: '市级', COUNTY: '县级', TOWNSHIP: '乡镇（街道）', DEPARTMENT: '部门' };

type Row = WorkerTrainingRow & { metRequirement: boolean };

/** One township's training year (Shanxi measures [004]): its sessions, and each worker against the requirement. */
@Injectable()
export class TrainingTownshipReport implements Report<TrainingReportArgs, Row> {
  readonly id = 'training.township';
  readonly title = '乡镇（街道）网格员培训情况';
  readonly columns = [
    { key: 'name', header: '姓名', kind: 'text' as const },
    { key: 'regionCode', header: '区划代码', kind: 'text' as const, width: 16 },
    { key: 'category', header: '人员类别', kind: 'text' as const, width: 12, labels: LABELS.category },
    { key: 'countyDone', header: '县级培训', kind: 'int' as const },
    { key: 'townshipDone', header: '乡镇培训', kind: 'int' as const },
    { key: 'departmentDone', header: '部门培训', kind: 'int' as const },
    { key: 'countyRequired', header: '应参加县级', kind: 'int' as const, width: 12 },
    { key: 'townshipRequired', header: '应参加乡镇', kind: 'int' as const, width: 12 },
    { key: 'metRequirement', header: '是否达标', kind: 'bool' as const },
  ];

  constructor(private readonly training: TrainingReportService) {}

  parse(params: unknown): Promise<TrainingReportArgs> {
    return validateInput(TrainingReportArgs, params, 'params');
  }

  async run(user: AuthUser, params: TrainingReportArgs): Promise<ReportResult<Row>> {
    const r = await this.training.report(user, params);
    return {
      title: `${r.townshipName}${r.year}年网格员培训情况`,
      fileName: `${r.townshipName}${r.year}年网格员培训情况`,
      sheetName: '网格员明细',
      summary: [
        ['统计截至', r.asOf],
        ['乡镇（街道）自办培训次数', r.townshipSessionsHeld],
        [`按进度应办次数（${r.checkpoint ?? '未到检查点'}）`, r.townshipSessionsRequired],
        ...r.sessionsByLevel.map((l): [string, number] => [`${LEVEL_LABELS[l.level] ?? l.level}培训场次`, l.sessions]),
        ['纳入统计的网格员', r.measuredWorkers],
        ['参加0次', r.trainedZero],
        ['参加1次', r.trainedOnce],
        ['参加2次', r.trainedTwice],
        ['参加3次及以上', r.trainedThreeOrMore],
        ['未达进度人数', r.workers.filter((w) => w.behind).length],
      ],
      rows: r.workers.map((w) => ({ ...w, metRequirement: !w.behind })),
    };
  }
}

/** A county's training year (Shanxi measures [004]): its own sessions, and one line per township. */
@Injectable()
export class TrainingCountyReport implements Report<TrainingCountyReportArgs, TownshipTrainingSummary> {
  readonly id = 'training.county';
  readonly title = '县（市、区）网格员培训情况';
  readonly columns = [
    { key: 'townshipCode', header: '区划代码', kind: 'text' as const, width: 16 },
    { key: 'townshipName', header: '乡镇（街道）', kind: 'text' as const, width: 20 },
    { key: 'sessionsHeld', header: '自办培训次数', kind: 'int' as const, width: 12 },
    { key: 'sessionsRequired', header: '按进度应办次数', kind: 'int' as const, width: 14 },
    { key: 'measuredWorkers', header: '纳入统计人数', kind: 'int' as const, width: 12 },
    { key: 'trainedZero', header: '参加0次', kind: 'int' as const },
    { key: 'trainedOnce', header: '参加1次', kind: 'int' as const },
    { key: 'trainedTwice', header: '参加2次', kind: 'int' as const },
    { key: 'trainedThreeOrMore', header: '参加3次及以上', kind: 'int' as const, width: 12 },
    { key: 'behind', header: '未达进度人数', kind: 'int' as const, width: 12 },
  ];

  constructor(private readonly training: TrainingCountyReportService) {}

  parse(params: unknown): Promise<TrainingCountyReportArgs> {
    return validateInput(TrainingCountyReportArgs, params, 'params');
  }

  async run(user: AuthUser, params: TrainingCountyReportArgs): Promise<ReportResult<TownshipTrainingSummary>> {
    const r = await this.training.report(user, params);
    return {
      title: `${r.countyName}${r.year}年网格员培训情况`,
      fileName: `${r.countyName}${r.year}年网格员培训情况`,
      sheetName: '各乡镇（街道）',
      summary: [
        ['统计截至', r.asOf],
        ['县级自办培训次数', r.countySessionsHeld],
        [`按进度应办次数（${r.checkpoint ?? '未到检查点'}）`, r.countySessionsRequired],
        ['纳入统计的网格员', r.measuredWorkers],
        ['未达进度人数', r.behindWorkers],
      ],
      rows: r.townships,
    };
  }
}
