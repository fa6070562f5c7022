// How a worker's figures become a score and a level, as pure functions. Scores are kept in hundredths
// of a point (89.99 points = 8999), so thresholds compare exactly. The SQL in indicator-measure.ts
// gathers the figures; these functions are their specification and are tested at every boundary.
import { daysBetween } from '@gridhr/common';
import { MisconductKind } from '@gridhr/workers';
import { AssessmentLevel, IndicatorKind } from './assessment.enums';
import { LevelThresholds } from './assessment.policies';
import { Indicator } from './indicator-template';

/** A worker's figures for a cycle, as of the day they were measured. */
export interface WorkerMeasures {
  /** Weeks of the period (ended by the day measured) on duty in a grid from Monday to Sunday. */
  weeksOnDuty: number;
  /** Of those, weeks with a full-area visit on record. */
  weeksVisited: number;
  eventsReported: number;
  eventsClosedOnTime: number;
  /** Average of the period's monthly satisfaction scores, hundredths; null without any. */
  satisfactionX100: number | null;
  trainingCountyDone: number;
  trainingTownshipDone: number;
  trainingCountyDue: number;
  trainingTownshipDue: number;
  /** Findings of prohibited conduct in the period, by kind. */
  misconduct: Partial<Record<MisconductKind, number>>;
}

const FULL = 10_000;

/** a ÷ b in hundredths of a percent point, rounded half up; capped at 100 points. */
export function ratioX100(a: number, b: number): number {
  return Math.min(FULL, Math.floor((2 * a * FULL + b) / (2 * b)));
}

/**
 * One indicator's score in hundredths, or null when the worker has nothing to be measured on (no week
 * on duty, no event to close, no satisfaction survey, no session due) or an entered score is missing.
 */
export function indicatorScore(indicator: Indicator, m: WorkerMeasures, entered: Record<string, number>): number | null {
  switch (indicator.kind) {
    case IndicatorKind.VISIT_RATE:
      return m.weeksOnDuty ? ratioX100(m.weeksVisited, m.weeksOnDuty) : null;
    case IndicatorKind.EVENTS_REPORTED: {
      const expected = (indicator.targetPerWeek ?? 1) * m.weeksOnDuty;
      return expected ? ratioX100(m.eventsReported, expected) : null;
    }
    case IndicatorKind.EVENTS_ON_TIME:
      return m.eventsReported ? ratioX100(Math.min(m.eventsClosedOnTime, m.eventsReported), m.eventsReported) : null;
    case IndicatorKind.TRAINING: {
      const due = m.trainingCountyDue + m.trainingTownshipDue;
      return due ? ratioX100(Math.min(m.trainingCountyDone, m.trainingCountyDue) + Math.min(m.trainingTownshipDone, m.trainingTownshipDue), due) : null;
    }
    case IndicatorKind.SATISFACTION:
      return m.satisfactionX100;
    case IndicatorKind.MISCONDUCT: {
      const deducted = Object.entries(m.misconduct).reduce((sum, [kind, n]) => sum + (indicator.deductions?.[kind as MisconductKind] ?? 0) * (n ?? 0), 0);
      return Math.max(0, FULL - deducted * 100);
    }
    case IndicatorKind.ENTERED:
      return entered[indicator.key] ?? null;
  }
}

export interface Scored {
  /** Each indicator's score in hundredths (null: not measured, or not entered yet). */
  indicators: Record<string, number | null>;
  /** The weighted score, or null while an entered indicator is missing. */
  scoreX100: number | null;
  /** Keys of the entered indicators still missing. */
  missing: string[];
}

/**
 * The weighted score. An entered indicator is required; a computed one the worker has nothing to be
 * measured on is left out and the other weights scaled up to 100 (a worker with no event to close is
 * neither rewarded nor punished for it).
 */
export function scoreWorker(indicators: Indicator[], m: WorkerMeasures, entered: Record<string, number>): Scored {
  const scores = Object.fromEntries(indicators.map((i) => [i.key, indicatorScore(i, m, entered)]));
  const missing = indicators.filter((i) => i.kind === IndicatorKind.ENTERED && scores[i.key] === null).map((i) => i.key);
  const measured = indicators.filter((i) => scores[i.key] !== null);
  const weights = measured.reduce((sum, i) => sum + i.weight, 0);
  if (missing.length || !weights) return { indicators: scores, scoreX100: null, missing };
  const weighted = measured.reduce((sum, i) => sum + i.weight * scores[i.key]!, 0);
  return { indicators: scores, scoreX100: Math.floor((2 * weighted + weights) / (2 * weights)), missing };
}

/** The level a score reaches: each threshold is the lowest score of its level (90.00 is EXCELLENT, 89.99 is not). */
export function levelFor(scoreX100: number, t: LevelThresholds): AssessmentLevel {
  if (scoreX100 >= t.excellent * 100) return AssessmentLevel.EXCELLENT;
  if (scoreX100 >= t.competent * 100) return AssessmentLevel.COMPETENT;
  if (scoreX100 >= t.basic * 100) return AssessmentLevel.BASIC;
  return AssessmentLevel.INCOMPETENT;
}

/** The most EXCELLENT ratings a cycle may give: the quota share of the workers rated, rounded down. */
export function excellentQuota(rated: number, percent: number): number {
  return Math.floor((rated * percent) / 100);
}

/** Why the EXCELLENT ratings break the quota ("3 EXCELLENT, quota 2 (20% of 10 rated)"), or null. */
export function quotaProblem(excellent: number, rated: number, percent: number): string | null {
  const quota = excellentQuota(rated, percent);
  return excellent > quota ? `${excellent} EXCELLENT, quota ${quota} (${percent}% of ${rated} rated, rounded down)` : null;
}

/**
 * Training sessions due in a period (Shanxi measures [004]: county and township sessions a year), pro
 * rata for the part of the year the period covers and the worker was employed in, rounded half up.
 */
export function trainingDue(perYear: number, period: { start: string; end: string }, hiredOn: string | null): number {
  const from = hiredOn && hiredOn > period.start ? hiredOn : period.start;
  if (from > period.end) return 0;
  const year = period.end.slice(0, 4);
  const share = (daysBetween(from, period.end) + 1) / (daysBetween(`${year}-01-01`, `${year}-12-31`) + 1);
  return Math.floor(perYear * share + 0.5);
}

/** A score in hundredths as people write it: 9038 → "90.38". */
export function points(x100: number): string {
  return `${Math.floor(x100 / 100)}.${String(x100 % 100).padStart(2, '0')}`;
}

/** A score as people type it (0-100, at most two decimals) in hundredths; null when it is not one. */
export function parsePoints(value: number): number | null {
  const x100 = Math.round(value * 100);
  return Number.isFinite(value) && x100 >= 0 && x100 <= FULL && Math.abs(x100 - value * 100) < 1e-6 ? x100 : null;
}
