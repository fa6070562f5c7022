// Finalising a cycle: measured a last time as of the period's end, every rated worker scored, the
// EXCELLENT quota held, stars set, the cycle locked, and the consequences recorded — one transaction.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDays, assertVersion, AuthUser, Clock, pgUuidArray } from '@gridhr/common';
import { AuditService, snapshot } from '@gridhr/audit';
import { PolicyService } from '@gridhr/policy';
import { AssessmentLevel, CycleStatus, IndicatorKind } from './assessment.enums';
import { assessmentError, AssessmentReason } from './assessment.errors';
import { ASSESSMENT_POLICIES, StarRule } from './assessment.policies';
import { AssessmentCycle } from './assessment-cycle.entity';
import { AssessmentResult } from './assessment-result.entity';
import { ConsequencesService } from './consequences.service';
import { CycleAccess } from './cycle-access';
import { quotaProblem } from './scoring.rules';
import { nextStars } from './stars.rules';
import { ResultsCalculator } from './results-calculator';

/** A rated result as the finalisation reads it. */
interface RatedRow {
  id: string;
  worker_id: string;
  name: string;
  final_x100: number | null;
  level: AssessmentLevel | null;
  entered: Record<string, number>;
}

@Injectable()
export class CycleFinalisation {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
    private readonly access: CycleAccess,
    private readonly calculator: ResultsCalculator,
    private readonly consequences: ConsequencesService,
  ) {}

  async finalise(user: AuthUser, input: { cycleId: string; version: number }): Promise<AssessmentCycle> {
    const today = this.clock.today();
    return this.em.transactional(async (em) => {
      const cycle = await this.access.load(em, user, input.cycleId, 'update');
      await this.access.assertOwner(em, user, cycle.region, 'input.cycleId');
      assertVersion(cycle, input.version, 'AssessmentCycle');
      this.access.assertOpen(cycle);
      if (cycle.periodEnd >= today)
        throw assessmentError(
          AssessmentReason.PERIOD_NOT_ENDED,
          `Cycle ${cycle.label} runs until ${cycle.periodEnd}; finalise it after its period`,
          'input.cycleId',
        );
      const later = await em.findOne(AssessmentCycle, {
        regionCode: cycle.regionCode,
        kind: cycle.kind,
        status: CycleStatus.FINALISED,
        periodStart: { $gt: cycle.periodEnd },
      });
      if (later)
        throw assessmentError(
          AssessmentReason.LATER_CYCLE_FINALISED,
          `Cycle ${later.label} is finalised already; its stars would not build on ${cycle.label}`,
          'input.cycleId',
        );
      await this.calculator.compute(em, cycle);
      // Plain rows, not entities: a county of tens of thousands is checked and starred in a few statements.
      const results = await em.execute<RatedRow[]>(
        `select r.id, r.worker_id, w.name, r.final_x100, r.level, r.entered
           from assessment_result r join worker w on w.id = r.worker_id
          where r.cycle_id = ? and r.rated order by r.region_code, w.name`,
        [cycle.id],
      );
      const unscored = results.filter((r) => r.final_x100 === null);
      if (unscored.length) {
        const entered = cycle.indicators.filter((i) => i.kind === IndicatorKind.ENTERED && unscored[0].entered[i.key] === undefined).map((i) => i.label);
        throw assessmentError(
          AssessmentReason.SCORES_MISSING,
          `${unscored.length} rated worker(s) still lack a score, e.g. ${unscored[0].name}${entered.length ? ` (${entered.join('、')} not entered)` : ''}; see assessmentMissingScores`,
          'input.cycleId',
        );
      }
      const rules = await this.policy.forRegion(cycle.region, today, em);
      const percent = rules.get(ASSESSMENT_POLICIES, 'assessment.excellentQuotaPercent');
      const excellent = results.filter((r) => r.level === AssessmentLevel.EXCELLENT).length;
      const overQuota = quotaProblem(excellent, results.length, percent);
      if (overQuota) throw assessmentError(AssessmentReason.EXCELLENT_QUOTA, `Finalising ${cycle.label} refused: ${overQuota}`, 'input.cycleId');
      await this.setStars(em, cycle, results, rules.get(ASSESSMENT_POLICIES, 'assessment.starRule'));
      const before = snapshot(cycle);
      cycle.status = CycleStatus.FINALISED;
      cycle.finalisedOn = today;
      cycle.finalisedBy = user.username;
      cycle.thresholds = await this.calculator.thresholds(em, cycle);
      cycle.excellentQuotaPercent = percent;
      const concerned = await em.find(
        AssessmentResult,
        { cycle, rated: true, level: { $in: [AssessmentLevel.EXCELLENT, AssessmentLevel.INCOMPETENT] } },
        { populate: ['worker'] },
      );
      const consequences = await this.consequences.recordFor(em, user, cycle, concerned);
      await em.flush();
      const levels = Object.fromEntries(Object.values(AssessmentLevel).map((l) => [l, results.filter((r) => r.level === l).length]));
      this.audit.record(em, user, {
        entity: 'AssessmentCycle',
        entityId: cycle.id,
        action: 'FINALISE',
        before,
        after: { ...snapshot(cycle), rated: results.length, levels, consequences: consequences.length },
        regionCode: cycle.regionCode,
      });
      return cycle;
    });
  }

  /**
   * Stars after this cycle (stars.rules.ts): from the worker's stars before it, and their levels in the
   * cycles of the same kind just before it, back to back, stopping where the worker was not rated.
   */
  private async setStars(em: EntityManager, cycle: AssessmentCycle, results: RatedRow[], rule: StarRule): Promise<void> {
    const ids = pgUuidArray(results.map((r) => r.worker_id));
    const previous = await em.execute<{ worker_id: string; stars: number }[]>(
      `select distinct on (r.worker_id) r.worker_id, r.stars
         from assessment_result r join assessment_cycle c on c.id = r.cycle_id
        where r.worker_id = any(?::uuid[]) and r.rated and r.stars is not null and c.status = 'FINALISED' and c.period_end < ?
        order by r.worker_id, c.period_end desc, c.finalised_on desc`,
      [ids, cycle.periodStart],
    );
    const starsBefore = new Map(previous.map((p) => [p.worker_id, p.stars]));
    const earlier = await em.find(
      AssessmentCycle,
      { regionCode: cycle.regionCode, kind: cycle.kind, status: CycleStatus.FINALISED, periodEnd: { $lt: cycle.periodStart } },
      { orderBy: { periodEnd: 'desc' } },
    );
    const chain: AssessmentCycle[] = [];
    for (let start = cycle.periodStart; earlier[chain.length]?.periodEnd === addDays(start, -1); start = chain.at(-1)!.periodStart)
      chain.push(earlier[chain.length]);
    const earlierLevels = new Map<string, AssessmentLevel>();
    if (chain.length) {
      const rows = await em.execute<{ cycle_id: string; worker_id: string; level: AssessmentLevel }[]>(
        `select cycle_id, worker_id, level from assessment_result where cycle_id = any(?::uuid[]) and worker_id = any(?::uuid[]) and rated and level is not null`,
        [pgUuidArray(chain.map((c) => c.id)), ids],
      );
      for (const r of rows) earlierLevels.set(`${r.cycle_id}:${r.worker_id}`, r.level);
    }
    const stars = results.map((result) => {
      const levels: AssessmentLevel[] = [];
      for (const c of chain) {
        const level = earlierLevels.get(`${c.id}:${result.worker_id}`);
        if (!level) break;
        levels.push(level);
      }
      return { id: result.id, stars: nextStars(starsBefore.get(result.worker_id) ?? null, result.level!, levels, rule) };
    });
    await em.execute(
      `update assessment_result r set stars = x.stars, version = r.version + 1
         from jsonb_to_recordset(?::jsonb) as x(id uuid, stars int) where r.id = x.id`,
      [JSON.stringify(stars)],
    );
  }
}
