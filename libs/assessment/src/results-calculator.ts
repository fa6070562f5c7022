// Measures a cycle and writes every rated worker's indicator scores, score and level: a few set-based
// statements whatever the county's size (the rated rows synced, one measuring query, one update).
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, pgTextArray, RegionLevel } from '@gridhr/common';
import { PolicyService } from '@gridhr/policy';
import { TRAINING_POLICIES } from '@gridhr/training';
import { MisconductKind } from '@gridhr/workers';
import { AssessmentLevel } from './assessment.enums';
import { ASSESSMENT_POLICIES, LevelThresholds } from './assessment.policies';
import { AssessmentCycle } from './assessment-cycle.entity';
import { MEASURE_SQL, MeasureRow, RATED_WORKER_SQL } from './indicator-measure';
import { levelFor, scoreWorker, trainingDue, WorkerMeasures } from './scoring.rules';

export interface Computed {
  rated: number;
  scored: number;
}

@Injectable()
export class ResultsCalculator {
  constructor(
    private readonly clock: Clock,
    private readonly policy: PolicyService,
  ) {}

  /** The day a cycle is measured to: the end of its period, or today while it runs. */
  measuredTo(cycle: AssessmentCycle): string {
    const today = this.clock.today();
    return cycle.periodEnd < today ? cycle.periodEnd : today;
  }

  async thresholds(em: EntityManager, cycle: AssessmentCycle): Promise<LevelThresholds> {
    return (await this.policy.forRegion(cycle.region, this.clock.today(), em)).get(ASSESSMENT_POLICIES, 'assessment.levelThresholds');
  }

  /** Brings an open cycle's results up to date, in the caller's transaction. */
  async compute(em: EntityManager, cycle: AssessmentCycle): Promise<Computed> {
    const asOf = this.measuredTo(cycle);
    const rules = await this.policy.forRegion(cycle.region, this.clock.today(), em);
    const categories = pgTextArray(rules.get(ASSESSMENT_POLICIES, 'assessment.ratedCategories'));
    const prefix = `${cycle.region.prefix}%`;
    const rated = [prefix, categories, cycle.periodEnd, asOf, cycle.periodEnd];
    await em.execute(
      `insert into assessment_result (id, cycle_id, worker_id, region_code, category, rated, indicator_scores, entered, version)
       select gen_random_uuid(), ?, w.id, w.region_code, w.category, true, '{}', '{}', 1 from worker w where ${RATED_WORKER_SQL}
       on conflict (cycle_id, worker_id) do nothing`,
      [cycle.id, ...rated],
    );
    // Rows follow their worker (a transfer within the county, a change of category, an exit).
    await em.execute(
      `update assessment_result r set rated = x.rated, region_code = w.region_code, category = w.category, version = r.version + 1
         from worker w cross join lateral (select (${RATED_WORKER_SQL}) as rated) x
        where r.cycle_id = ? and w.id = r.worker_id
          and (r.rated, r.region_code, r.category) is distinct from (x.rated, w.region_code, w.category)`,
      [...rated, cycle.id],
    );
    const rows = await em.execute<MeasureRow[]>(MEASURE_SQL, [cycle.id, cycle.periodStart, asOf]);
    const thresholds = await this.thresholds(em, cycle);
    const regions = new Map(rows.map((r) => [r.region_code, { code: r.region_code, level: r.region_level as RegionLevel }]));
    const training = await this.policy.forRegions([...regions.values()], asOf, em);
    const updates = rows.map((row) => {
      const t = training.get(row.region_code)!;
      const excused = t.get(TRAINING_POLICIES, 'training.excusedCountsAsAttended');
      const due = { start: cycle.periodStart, end: asOf };
      const measures: WorkerMeasures = {
        weeksOnDuty: row.weeks,
        weeksVisited: row.visited,
        eventsReported: row.reported,
        eventsClosedOnTime: row.closed,
        satisfactionX100: row.satisfaction,
        trainingCountyDone: row.county + (excused ? row.county_excused : 0),
        trainingTownshipDone: row.township + (excused ? row.township_excused : 0),
        trainingCountyDue: trainingDue(t.get(TRAINING_POLICIES, 'training.countySessionsPerYear'), due, row.hired_on),
        trainingTownshipDue: trainingDue(t.get(TRAINING_POLICIES, 'training.townshipSessionsPerYear'), due, row.hired_on),
        misconduct: row.misconduct as Partial<Record<MisconductKind, number>>,
      };
      const scored = scoreWorker(cycle.indicators, measures, row.entered);
      const final = row.adjusted_x100 ?? scored.scoreX100;
      return { id: row.result_id, measures, scores: scored.indicators, computed: scored.scoreX100, level: final === null ? null : levelFor(final, thresholds) };
    });
    if (updates.length) {
      await em.execute(
        `update assessment_result r
            set measures = x.measures, indicator_scores = x.scores, computed_x100 = x.computed, final_x100 = coalesce(r.adjusted_x100, x.computed),
                level = x.level::assessment_level, version = r.version + 1
           from jsonb_to_recordset(?::jsonb) as x(id uuid, measures jsonb, scores jsonb, computed int, level text)
          where r.id = x.id
            and (r.measures::jsonb, r.indicator_scores::jsonb, r.computed_x100, r.final_x100, r.level)
                is distinct from (x.measures, x.scores, x.computed, coalesce(r.adjusted_x100, x.computed), x.level::assessment_level)`,
        [JSON.stringify(updates)],
      );
    }
    await em.execute('update assessment_cycle set measured_to = ?, computed_at = now() where id = ?', [asOf, cycle.id]);
    return { rated: rows.length, scored: updates.filter((u) => u.computed !== null).length };
  }

  /** One result's score and level again, after an entry or an adjustment (in memory; the caller persists). */
  rescore(
    cycle: AssessmentCycle,
    result: { measures: WorkerMeasures | null; entered: Record<string, number>; adjustedX100: number | null },
    thresholds: LevelThresholds,
  ): { indicators: Record<string, number | null>; computedX100: number | null; finalX100: number | null; level: AssessmentLevel | null } {
    const scored = result.measures ? scoreWorker(cycle.indicators, result.measures, result.entered) : null;
    const computedX100 = scored?.scoreX100 ?? null;
    const finalX100 = result.adjustedX100 ?? computedX100;
    return { indicators: scored?.indicators ?? {}, computedX100, finalX100, level: finalX100 === null ? null : levelFor(finalX100, thresholds) };
  }
}
