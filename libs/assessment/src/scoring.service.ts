// Scores people enter and the county's review: townships enter their day-to-day scores for their own
// workers, the county enters its own indicators and adjusts a total with a reason. Audited per result.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertInScope, assertVersion, AuthUser, InvalidInput, NotFound, Role } from '@gridhr/common';
import { AuditService } from '@gridhr/audit';
import { Worker } from '@gridhr/workers';
import { EnteringUnit, IndicatorKind } from './assessment.enums';
import { assessmentError, AssessmentReason } from './assessment.errors';
import { AssessmentResult } from './assessment-result.entity';
import { CycleAccess } from './cycle-access';
import { ResultsCalculator } from './results-calculator';
import { parsePoints } from './scoring.rules';

const ENTERING_ROLE: Record<EnteringUnit, Role> = { TOWNSHIP: Role.TOWNSHIP_STAFF, COUNTY: Role.COUNTY_PLC };

/** The part of a result the audit trail keeps. */
const scoreSnapshot = (r: AssessmentResult) => ({
  entered: { ...r.entered },
  computedX100: r.computedX100,
  adjustedX100: r.adjustedX100,
  adjustmentReason: r.adjustmentReason,
  finalX100: r.finalX100,
  level: r.level,
});

@Injectable()
export class ScoringService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly access: CycleAccess,
    private readonly calculator: ResultsCalculator,
  ) {}

  /** Entered indicators' scores (0-100, two decimals) for workers in the caller's scope. */
  async enter(user: AuthUser, input: { cycleId: string; entries: { workerId: string; indicator: string; score: number }[] }): Promise<AssessmentResult[]> {
    return this.em.transactional(async (em) => {
      const cycle = await this.access.load(em, user, input.cycleId, 'share');
      this.access.assertOpen(cycle);
      const entries = input.entries.map((e, i) => {
        const field = `input.entries[${i}]`;
        const indicator = cycle.indicators.find((x) => x.key === e.indicator);
        if (!indicator)
          throw new InvalidInput(`${field}.indicator`, `is not an indicator of cycle ${cycle.label} (${cycle.indicators.map((x) => x.key).join(', ')})`);
        if (indicator.kind !== IndicatorKind.ENTERED)
          throw assessmentError(
            AssessmentReason.INDICATOR_NOT_YOURS,
            `${indicator.label} (${indicator.key}) is computed from the records, not entered`,
            `${field}.indicator`,
          );
        if (ENTERING_ROLE[indicator.enteredBy!] !== user.role)
          throw assessmentError(
            AssessmentReason.INDICATOR_NOT_YOURS,
            `${indicator.label} (${indicator.key}) is entered by the ${indicator.enteredBy} (${ENTERING_ROLE[indicator.enteredBy!]})`,
            `${field}.indicator`,
          );
        const x100 = parsePoints(e.score);
        if (x100 === null) throw new InvalidInput(`${field}.score`, 'must be a score from 0 to 100 with at most two decimals');
        return { ...e, x100, field };
      });
      const ids = [...new Set(entries.map((e) => e.workerId))];
      const results = new Map((await em.find(AssessmentResult, { cycle, worker: { $in: ids } }, { populate: ['worker'] })).map((r) => [r.worker.id, r]));
      const workers = new Map((await em.find(Worker, { id: { $in: ids } })).map((w) => [w.id, w]));
      const thresholds = await this.calculator.thresholds(em, cycle);
      const before = new Map<string, ReturnType<typeof scoreSnapshot>>();
      for (const e of entries) {
        // Another township's worker is, to this caller, no worker at all.
        assertInScope(user, workers.get(e.workerId), 'Worker', e.workerId);
        const result = results.get(e.workerId);
        if (!result?.rated)
          throw assessmentError(AssessmentReason.NOT_RATED, `${workers.get(e.workerId)!.name} is not rated in cycle ${cycle.label}`, `${e.field}.workerId`);
        if (!before.has(result.id)) before.set(result.id, scoreSnapshot(result));
        result.entered = { ...result.entered, [e.indicator]: e.x100 };
        const scored = this.calculator.rescore(cycle, result, thresholds);
        Object.assign(result, { indicatorScores: scored.indicators, computedX100: scored.computedX100, finalX100: scored.finalX100, level: scored.level });
      }
      const changed = [...results.values()].filter((r) => before.has(r.id));
      for (const result of changed)
        this.audit.record(em, user, {
          entity: 'AssessmentResult',
          entityId: result.id,
          action: 'ENTER_SCORES',
          before: before.get(result.id)!,
          after: scoreSnapshot(result),
          regionCode: result.regionCode,
        });
      return changed;
    });
  }

  /** The cycle's owner sets (or, with null, removes) the final score of a result, with the reason. */
  async adjust(user: AuthUser, input: { resultId: string; version: number; score: number | null; reason: string }): Promise<AssessmentResult> {
    const adjusted = input.score === null ? null : parsePoints(input.score);
    if (input.score !== null && adjusted === null) throw new InvalidInput('input.score', 'must be a score from 0 to 100 with at most two decimals');
    return this.em.transactional(async (em) => {
      const [row] = await em.execute<{ cycle_id: string }[]>('select cycle_id from assessment_result where id = ?', [input.resultId]);
      if (row) await this.access.load(em, user, row.cycle_id, 'share');
      const result = await em.findOne(AssessmentResult, input.resultId, { populate: ['worker', 'cycle', 'cycle.region'] });
      if (!result || !result.regionCode.startsWith(user.scopePrefix)) throw new NotFound('AssessmentResult', input.resultId);
      await this.access.assertOwner(em, user, result.cycle.region, 'input.resultId');
      this.access.assertOpen(result.cycle);
      assertVersion(result, input.version, 'AssessmentResult');
      if (!result.rated)
        throw assessmentError(AssessmentReason.NOT_RATED, `${result.worker.name} is not rated in cycle ${result.cycle.label}`, 'input.resultId');
      const before = scoreSnapshot(result);
      result.adjustedX100 = adjusted;
      result.adjustmentReason = input.reason.trim();
      const scored = this.calculator.rescore(result.cycle, result, await this.calculator.thresholds(em, result.cycle));
      Object.assign(result, { finalX100: scored.finalX100, level: scored.level });
      await em.flush();
      this.audit.record(em, user, {
        entity: 'AssessmentResult',
        entityId: result.id,
        action: 'ADJUST',
        before,
        after: scoreSnapshot(result),
        regionCode: result.regionCode,
      });
      return result;
    });
  }
}
