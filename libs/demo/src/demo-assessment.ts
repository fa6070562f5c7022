// The demo county's assessments, run through GridHR's own services as the county and the townships
// would: the grid platform's work records for last year and this year so far, last year's cycle on the
// county's own template (GridHR came in this year, so last year's training attendance is on paper and the
// template leaves it out) scored, reviewed and finalised, and this year's cycle open on the default
// template with 城关街道's day-to-day scores entered and the other townships' still to come.
import { INestApplicationContext } from '@nestjs/common';
import { EntityManager, MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { addDays, AuthUser, Role } from '@gridhr/common';
import { User } from '@gridhr/auth';
import {
  ASSESSMENT_POLICIES,
  AssessmentLevel,
  AssessmentResult,
  CycleFinalisation,
  CycleKind,
  CyclesService,
  DEFAULT_INDICATORS,
  IndicatorKind,
  ScoringService,
  weeksOf,
  WorkPeriodKind,
  WorkRecordsService,
} from '@gridhr/assessment';
import { Region } from '@gridhr/org';
import { HireSource, Worker, WorkerCategory, WorkerStatus } from '@gridhr/workers';

/** How a demo worker performs: their share of weeks with a full-area visit, events, satisfaction and township score. */
interface Performance {
  visits: number;
  eventsPerMonth: number;
  onTime: number;
  satisfaction: number;
  township: number;
}

const TIERS: Record<'top' | 'normal' | 'basic' | 'poor', Performance> = {
  top: { visits: 1, eventsPerMonth: 5, onTime: 1, satisfaction: 95, township: 98 },
  normal: { visits: 0.88, eventsPerMonth: 4, onTime: 0.9, satisfaction: 86, township: 84 },
  basic: { visits: 0.7, eventsPerMonth: 3, onTime: 0.75, satisfaction: 76, township: 70 },
  poor: { visits: 0.4, eventsPerMonth: 2, onTime: 0.5, satisfaction: 60, township: 40 },
};

const RATED = [WorkerCategory.GRID_LEADER, WorkerCategory.FULL_TIME, WorkerCategory.PART_TIME, WorkerCategory.AUXILIARY];
const SOURCE = '网格化服务管理信息平台导出（演示数据）';

/** A demo staff member acting in a township without a demo login (西山乡): the audit names the demo. */
const seedActor = (role: Role, scopePrefix: string, user?: User): AuthUser =>
  user ? { id: user.id, username: user.username, role, scopePrefix } : ({ id: null, username: 'demo-seed', role, scopePrefix } as unknown as AuthUser);

export async function seedDemoAssessment(app: INestApplicationContext, workers: Worker[], regions: Map<string, Region>, today: string, random: () => number) {
  const orm = app.get(MikroORM);
  const em = orm.em.fork() as EntityManager;
  // Each use case in a context of its own, as each request and job has.
  const inContext = <T>(run: () => Promise<T>) => RequestContext.create(orm.em, run);
  const users = new Map((await em.find(User, {})).map((u) => [u.username, u]));
  const county = regions.get('140799000000')!;
  const countyStaff = seedActor(Role.COUNTY_PLC, county.prefix, users.get('county'));
  const townships = ['140799001000', '140799101000', '140799102000'].map((code) => regions.get(code)!);
  const townshipStaff = new Map(
    townships.map((t) => [
      t.code,
      seedActor(
        Role.TOWNSHIP_STAFF,
        t.prefix,
        [...users.values()].find((u) => u.regionCode === t.code && u.role === Role.TOWNSHIP_STAFF),
      ),
    ]),
  );
  const lastYear = Number(today.slice(0, 4)) - 1;
  // Rated in a cycle: on the rolls through its end (one full-timer left this September: rated for last year only).
  const ratedIn = (periodEnd: string) => (w: Worker) => w.status === WorkerStatus.ACTIVE || (w.exitedOn !== null && w.exitedOn > periodEnd);
  const rated = workers.filter((w) => RATED.includes(w.category) && w.hiredOn && ratedIn(`${lastYear}-12-31`)(w));
  // One full-timer of 滨河社区 (a labour contract) and one village cadre of 柳树沟村 fall short last year.
  const poorFullTimer = rated.find((w) => w.category === WorkerCategory.FULL_TIME && w.regionCode === '140799001004');
  const poorCadre = rated.find(
    (w) => w.regionCode === '140799102202' && w.category === WorkerCategory.PART_TIME && w.hireSource === HireSource.VILLAGE_COMMITTEE,
  );
  const performance = new Map(
    rated.map((w, i) => [w.id, TIERS[w === poorFullTimer || w === poorCadre ? 'poor' : i % 5 === 0 ? 'top' : i % 9 === 7 ? 'basic' : 'normal']]),
  );

  const records = app.get(WorkRecordsService, { strict: false });
  for (const [from, to] of [
    [`${lastYear}-01-01`, `${lastYear}-12-31`],
    [`${lastYear + 1}-01-01`, today],
  ]) {
    const rows = rated.flatMap((w) => {
      const p = performance.get(w.id)!;
      const weeks = weeksOf(from, to).filter((monday) => monday >= w.hiredOn! && addDays(monday, 6) < (w.exitedOn ?? today));
      const months = [...new Set(weeks.map((monday) => `${addDays(monday, 3).slice(0, 7)}-01`))];
      return [
        ...weeks.map((monday) => ({
          worker: w,
          periodKind: WorkPeriodKind.WEEK,
          periodStart: monday,
          fullAreaVisit: random() < p.visits,
          eventsReported: null,
          eventsClosedOnTime: null,
          satisfactionX100: null,
        })),
        ...months.map((month) => {
          const reported = p.eventsPerMonth + Math.floor(random() * 2);
          return {
            worker: w,
            periodKind: WorkPeriodKind.MONTH,
            periodStart: month,
            fullAreaVisit: null,
            eventsReported: reported,
            eventsClosedOnTime: Math.round(reported * p.onTime),
            satisfactionX100: p.satisfaction * 100 + Math.floor(random() * 300),
          };
        }),
      ];
    });
    await em.fork().transactional((tx) => records.write(tx, countyStaff, rows, SOURCE, null));
  }

  const cycles = app.get(CyclesService, { strict: false });
  const scoring = app.get(ScoringService, { strict: false });
  const enterTownshipScores = async (cycleId: string, periodEnd: string, only?: string[]) => {
    for (const township of townships.filter((t) => !only || only.includes(t.code))) {
      const entries = rated
        .filter((w) => w.regionCode.startsWith(township.prefix) && ratedIn(periodEnd)(w))
        .map((w) => ({ workerId: w.id, indicator: 'township', score: performance.get(w.id)!.township - Math.floor(random() * 3) }));
      if (entries.length) await inContext(() => scoring.enter(townshipStaff.get(township.code)!, { cycleId, entries }));
    }
  };

  const template = await inContext(() =>
    cycles.createTemplate(countyStaff, {
      regionId: county.id,
      name: `网格示范县${lastYear}年度网格员考核细则`,
      indicators: DEFAULT_INDICATORS.filter((i) => i.kind !== IndicatorKind.TRAINING).map((i) =>
        i.kind === IndicatorKind.ENTERED ? { ...i, weight: 35 } : i.kind === IndicatorKind.VISIT_RATE ? { ...i, weight: 30 } : i,
      ),
    }),
  );
  const last = await inContext(() => cycles.open(countyStaff, { regionId: county.id, kind: CycleKind.YEAR, year: lastYear, templateId: template.id }));
  await enterTownshipScores(last.id, last.periodEnd);
  // The county's review: the EXCELLENT beyond the quota (one or two in the demo) are rated down, lowest first, with the reason.
  const results = await em.fork().find(AssessmentResult, { cycle: last.id, rated: true }, { orderBy: { finalX100: 'asc' } });
  const excellent = results.filter((r) => r.level === AssessmentLevel.EXCELLENT);
  const quota = Math.floor((results.length * ASSESSMENT_POLICIES['assessment.excellentQuotaPercent'].default) / 100);
  for (const result of excellent.slice(0, Math.max(0, excellent.length - quota)))
    await inContext(() =>
      scoring.adjust(countyStaff, { resultId: result.id, version: result.version, score: 89, reason: '县级复核：优秀名额按规定比例控制，按得分高低确定' }),
    );
  const reviewed = await inContext(() => cycles.get(countyStaff, last.id));
  await inContext(() => app.get(CycleFinalisation, { strict: false }).finalise(countyStaff, { cycleId: last.id, version: reviewed.version }));

  const current = await inContext(() => cycles.open(countyStaff, { regionId: county.id, kind: CycleKind.YEAR, year: lastYear + 1 }));
  await enterTownshipScores(current.id, current.periodEnd, ['140799001000']);
}
