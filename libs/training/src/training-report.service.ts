import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Workbook } from 'exceljs';
import { assertInScope, AuthUser, Clock, InvalidInput, RegionLevel } from '@gridhr/common';
import { Region } from '@gridhr/org';
import { PolicyService } from '@gridhr/policy';
import { LABELS } from '@gridhr/workers';
import { COUNTED_KINDS } from './training.rules';
import { measuredWorkerSql, requirementSql, workerTrainingSql } from './training-measure';
import { styleHeader, XLSX_MIME } from '@gridhr/sheets';

export interface WorkerTrainingRow {
  workerId: string;
  name: string;
  regionCode: string;
  category: string;
  countyDone: number;
  townshipDone: number;
  countyRequired: number;
  townshipRequired: number;
  behind: boolean;
}

export interface TrainingReport {
  townshipId: string;
  townshipName: string;
  year: number;
  asOf: string;
  checkpoint: string | null;
  townshipSessionsHeld: number;
  townshipSessionsRequired: number;
  sessionsByLevel: { level: string; sessions: number }[];
  measuredWorkers: number;
  trainedZero: number;
  trainedOnce: number;
  trainedTwice: number;
  trainedThreeOrMore: number;
  workers: WorkerTrainingRow[];
}

/**
 * Training compliance of one township for one year, measured like the scans (training-measure.ts):
 * for a past year at 31 December, for this year as of today against the checkpoint in force.
 */
@Injectable()
export class TrainingReportService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly policy: PolicyService,
  ) {}

  async report(user: AuthUser, input: { townshipId: string; year: number; asOf?: string | null }): Promise<TrainingReport> {
    const township = assertInScope(user, await this.em.findOne(Region, input.townshipId), 'Region', input.townshipId);
    if (township.level !== RegionLevel.TOWNSHIP) throw new InvalidInput('townshipId', `the report is per township, not per ${township.level}`);
    const today = this.clock.today();
    const yearEnd = `${input.year}-12-31`;
    const asOf = input.asOf ?? (yearEnd < today ? yearEnd : today);
    if (asOf.slice(0, 4) !== String(input.year)) throw new InvalidInput('asOf', `must be within ${input.year}`);
    if (asOf > today) throw new InvalidInput('asOf', 'must not be in the future');
    const v = JSON.stringify(Object.fromEntries((await this.policy.forRegion(township, asOf)).all().map((e) => [e.key, e.value])));
    const kinds = COUNTED_KINDS.map((k) => `'${k}'`).join(', ');
    const workers = await this.em.execute<WorkerTrainingRow[]>(
      `select w.id as "workerId", w.name, w.region_code as "regionCode", w.category,
              done.county as "countyDone", done.township as "townshipDone", req.county as "countyRequired", req.township as "townshipRequired",
              (done.county < req.county or done.township < req.township) as behind
         from worker w
         cross join (select ?::date as day, ?::jsonb as v) x
         ${workerTrainingSql('x.day', 'x.v')}
        where w.region_code like ? and ${measuredWorkerSql('x.day')}
        order by behind desc, w.region_code, w.name`,
      [asOf, v, `${township.prefix}%`],
    );
    const [own] = await this.em.execute<{ held: number; required: number; checkpoint: string | null }[]>(
      `select (select count(*)::int from training_session ts
                where ts.organiser_id = ? and ts.level = 'TOWNSHIP' and ts.kind in (${kinds}) and ts.held_on between date_trunc('year', x.day)::date and x.day) as held,
              due.township as required, due.by as checkpoint
         from (select ?::date as day, ?::jsonb as v) x
         cross join lateral (${requirementSql('x.day', 'x.v')}) due`,
      [township.id, asOf, v],
    );
    const byLevel = await this.em.execute<{ level: string; sessions: number }[]>(
      `select ts.level, count(distinct ts.id)::int as sessions
         from training_session ts
        where ts.kind in (${kinds}) and ts.held_on between ? and ?
          and (ts.organiser_id = ? or exists (select 1 from attendance a where a.session_id = ts.id and a.region_code like ?))
        group by ts.level order by ts.level`,
      [`${input.year}-01-01`, asOf, township.id, `${township.prefix}%`],
    );
    const total = (w: WorkerTrainingRow) => w.countyDone + w.townshipDone;
    return {
      townshipId: township.id,
      townshipName: township.name,
      year: input.year,
      asOf,
      checkpoint: own.checkpoint,
      townshipSessionsHeld: own.held,
      townshipSessionsRequired: own.required,
      sessionsByLevel: byLevel,
      measuredWorkers: workers.length,
      trainedZero: workers.filter((w) => total(w) === 0).length,
      trainedOnce: workers.filter((w) => total(w) === 1).length,
      trainedTwice: workers.filter((w) => total(w) === 2).length,
      trainedThreeOrMore: workers.filter((w) => total(w) >= 3).length,
      workers,
    };
  }

  async export(user: AuthUser, input: { townshipId: string; year: number }) {
    const r = await this.report(user, input);
    const workbook = new Workbook();
    const summary = workbook.addWorksheet('汇总');
    summary.columns = [{ width: 28 }, { width: 16 }];
    summary.addRows([
      [`${r.townshipName}${r.year}年网格员培训情况`, ''],
      ['统计截至', r.asOf],
      ['乡镇（街道）自办培训次数', r.townshipSessionsHeld],
      [`按进度应办次数（${r.checkpoint ?? '未到检查点'}）`, r.townshipSessionsRequired],
      ...r.sessionsByLevel.map((l) => [`${LEVEL_LABELS[l.level] ?? l.level}培训场次`, l.sessions]),
      ['纳入统计的网格员', r.measuredWorkers],
      ['参加0次', r.trainedZero],
      ['参加1次', r.trainedOnce],
      ['参加2次', r.trainedTwice],
      ['参加3次及以上', r.trainedThreeOrMore],
      ['未达进度人数', r.workers.filter((w) => w.behind).length],
    ]);
    summary.getRow(1).font = { bold: true, size: 14 };
    const sheet = workbook.addWorksheet('网格员明细');
    sheet.columns = [
      { header: '姓名', key: 'name', width: 10 },
      { header: '区划代码', key: 'regionCode', width: 16 },
      { header: '人员类别', key: 'category', width: 12 },
      { header: '县级培训', key: 'countyDone', width: 10 },
      { header: '乡镇培训', key: 'townshipDone', width: 10 },
      { header: '应参加县级', key: 'countyRequired', width: 12 },
      { header: '应参加乡镇', key: 'townshipRequired', width: 12 },
      { header: '是否达标', key: 'ok', width: 10 },
    ];
    for (const w of r.workers) sheet.addRow({ ...w, category: LABELS.category[w.category as keyof typeof LABELS.category] ?? w.category, ok: w.behind ? '未达标' : '达标' });
    styleHeader(sheet, 1);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    return { fileName: `${r.townshipName}${r.year}年网格员培训情况.xlsx`, mimeType: XLSX_MIME, contentBase64: content.toString('base64') };
  }
}

const LEVEL_LABELS: Record<string, string> = { PROVINCE: '省级', CITY: '市级', COUNTY: '县级', TOWNSHIP: '乡镇（街道）', DEPARTMENT: '部门' };
