// The assessment's reports, exported through @gridhr/reports (xlsx or csv with Chinese headers): a
// cycle's results per worker, the distribution of levels per township, and who still lacks a score.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { IsOptional, IsUUID } from 'class-validator';
import { AuthUser, validateInput } from '@gridhr/common';
import { Report, ReportResult } from '@gridhr/platform';
import { LABELS } from '@gridhr/workers';
import { ASSESSMENT_LABELS } from './assessment.enums';
import { AssessmentQueries, LevelDistribution, MissingScore } from './assessment-queries.service';
import { CycleAccess } from './cycle-access';
import { points } from './scoring.rules';

export class CycleReportParams {
  @IsUUID() cycleId: string;
  @IsOptional() @IsUUID() regionId?: string | null;
}

const parse = (params: unknown) => validateInput(CycleReportParams, params, 'params');

interface ResultRow {
  township: string;
  name: string;
  idNumber: string;
  category: string;
  score: string | null;
  adjusted: boolean;
  adjustmentReason: string | null;
  level: string | null;
  stars: number | null;
  indicators: string;
}

/** A cycle's results per worker, township by township, best first (Zigong art. 17 stars, the levels of the measures). */
@Injectable()
export class AssessmentResultsReport implements Report<CycleReportParams, ResultRow> {
  readonly id = 'assessment.results';
  readonly title = '网格员考核结果';
  readonly columns = [
    { key: 'township', header: '乡镇（街道）', kind: 'text' as const, width: 14 },
    { key: 'name', header: '姓名', kind: 'text' as const },
    { key: 'idNumber', header: '身份证号', kind: 'text' as const, width: 22 },
    { key: 'category', header: '人员类别', kind: 'text' as const, width: 12, labels: LABELS.category },
    { key: 'score', header: '考核得分', kind: 'text' as const },
    { key: 'adjusted', header: '县级调整', kind: 'bool' as const },
    { key: 'adjustmentReason', header: '调整理由', kind: 'text' as const, width: 30 },
    { key: 'level', header: '考核等次', kind: 'text' as const, labels: ASSESSMENT_LABELS.level },
    { key: 'stars', header: '星级', kind: 'int' as const },
    { key: 'indicators', header: '分项得分', kind: 'text' as const, width: 60 },
  ];

  constructor(
    private readonly em: EntityManager,
    private readonly access: CycleAccess,
    private readonly queries: AssessmentQueries,
  ) {}

  parse = parse;

  async run(user: AuthUser, params: CycleReportParams): Promise<ReportResult<ResultRow>> {
    const cycle = await this.access.load(this.em, user, params.cycleId);
    // Stars: the cycle's own once finalised; while it is open, the worker's current star level.
    const rows = await this.em.execute<
      (Omit<ResultRow, 'score' | 'indicators' | 'adjusted'> & { final: number | null; adjusted_x100: number | null; scores: Record<string, number | null> })[]
    >(
      `select t.name as township, w.name, w.id_number_masked as "idNumber", r.category, r.final_x100 as final, r.adjusted_x100, r.adjustment_reason as "adjustmentReason",
              r.level, coalesce(r.stars, cur.stars) as stars, r.indicator_scores as scores
         from assessment_result r join worker w on w.id = r.worker_id join region t on t.code = substr(r.region_code, 1, 9) || '000'
         left join lateral (
           select r2.stars from assessment_result r2 join assessment_cycle c2 on c2.id = r2.cycle_id
            where r2.worker_id = r.worker_id and r2.rated and c2.status = 'FINALISED' order by c2.period_end desc limit 1) cur on true
        where r.cycle_id = ? and r.rated and r.region_code like ?
        order by t.code, r.final_x100 desc nulls last, w.name`,
      [cycle.id, `${await this.queries.prefix(user, params.regionId)}%`],
    );
    const labelled = rows.map(({ final, adjusted_x100, scores, ...row }) => ({
      ...row,
      score: final === null ? null : points(final),
      adjusted: adjusted_x100 !== null,
      indicators: cycle.indicators.map((i) => `${i.label}${scores[i.key] === null || scores[i.key] === undefined ? '—' : points(scores[i.key]!)}`).join('；'),
    }));
    const count = (level: string) => rows.filter((r) => r.level === level).length;
    return {
      title: `${cycle.region.name}${cycle.label}网格员考核结果（${cycle.status === 'FINALISED' ? `${cycle.finalisedOn}定稿` : '未定稿'}）`,
      fileName: `${cycle.region.name}${cycle.label}网格员考核结果`,
      sheetName: '考核结果',
      summary: [
        ['考核周期', `${cycle.periodStart} 至 ${cycle.periodEnd}`],
        ['参评人数', rows.length],
        ...Object.entries(ASSESSMENT_LABELS.level).map(([level, label]): [string, number] => [label, count(level)]),
        ['尚无得分', rows.filter((r) => r.final === null).length],
      ],
      rows: labelled,
    };
  }
}

/** The distribution of levels per township. */
@Injectable()
export class LevelDistributionReport implements Report<CycleReportParams, LevelDistribution & { average: string | null }> {
  readonly id = 'assessment.distribution';
  readonly title = '考核等次分布';
  readonly columns = [
    { key: 'townshipName', header: '乡镇（街道）', kind: 'text' as const, width: 14 },
    { key: 'rated', header: '参评人数', kind: 'int' as const },
    { key: 'excellent', header: '优秀', kind: 'int' as const },
    { key: 'competent', header: '称职', kind: 'int' as const },
    { key: 'basic', header: '基本称职', kind: 'int' as const },
    { key: 'incompetent', header: '不称职', kind: 'int' as const },
    { key: 'unscored', header: '尚无得分', kind: 'int' as const },
    { key: 'average', header: '平均分', kind: 'text' as const },
  ];

  constructor(
    private readonly em: EntityManager,
    private readonly access: CycleAccess,
    private readonly queries: AssessmentQueries,
  ) {}

  parse = parse;

  async run(user: AuthUser, params: CycleReportParams) {
    const cycle = await this.access.load(this.em, user, params.cycleId);
    const rows = await this.queries.distribution(user, cycle.id, params.regionId);
    return {
      title: `${cycle.region.name}${cycle.label}考核等次分布`,
      fileName: `${cycle.region.name}${cycle.label}考核等次分布`,
      rows: rows.map((r) => ({ ...r, average: r.averageX100 === null ? null : points(r.averageX100) })),
    };
  }
}

/** Who still lacks a score, and which entered indicator is missing. */
@Injectable()
export class MissingScoresReport implements Report<CycleReportParams, MissingScore & { lacking: string }> {
  readonly id = 'assessment.missing';
  readonly title = '尚未评分人员';
  readonly columns = [
    { key: 'townshipName', header: '乡镇（街道）', kind: 'text' as const, width: 14 },
    { key: 'name', header: '姓名', kind: 'text' as const },
    { key: 'idNumber', header: '身份证号', kind: 'text' as const, width: 22 },
    { key: 'lacking', header: '缺少的评分', kind: 'text' as const, width: 30 },
  ];

  constructor(
    private readonly em: EntityManager,
    private readonly access: CycleAccess,
    private readonly queries: AssessmentQueries,
  ) {}

  parse = parse;

  async run(user: AuthUser, params: CycleReportParams) {
    const cycle = await this.access.load(this.em, user, params.cycleId);
    const rows = await this.queries.missing(user, cycle.id, params.regionId);
    return {
      title: `${cycle.region.name}${cycle.label}考核尚未评分人员`,
      fileName: `${cycle.region.name}${cycle.label}尚未评分人员`,
      summary: [['尚未评分人数', rows.length] as [string, number]],
      rows: rows.map((r) => ({ ...r, lacking: r.missing.join('、') })),
    };
  }
}
