import { MisconductKind } from '@gridhr/workers';
import { AssessmentLevel, EnteringUnit, IndicatorKind } from './assessment.enums';
import { ASSESSMENT_POLICIES } from './assessment.policies';
import { DEFAULT_INDICATORS, Indicator } from './indicator-template';
import {
  excellentQuota,
  indicatorScore,
  levelFor,
  parsePoints,
  points,
  quotaProblem,
  ratioX100,
  scoreWorker,
  trainingDue,
  WorkerMeasures,
} from './scoring.rules';

const THRESHOLDS = ASSESSMENT_POLICIES['assessment.levelThresholds'].default;
const NONE: WorkerMeasures = {
  weeksOnDuty: 0,
  weeksVisited: 0,
  eventsReported: 0,
  eventsClosedOnTime: 0,
  satisfactionX100: null,
  trainingCountyDone: 0,
  trainingTownshipDone: 0,
  trainingCountyDue: 0,
  trainingTownshipDue: 0,
  misconduct: {},
};
const indicator = (kind: IndicatorKind, extra: Partial<Indicator> = {}): Indicator => ({ key: 'x', label: 'x', kind, weight: 100, ...extra });

describe('the weekly visit rate (Shanxi measures: the whole area at least once a week)', () => {
  it('is weeks with a full-area visit over weeks on duty: 47 of 52 is 90.38 points (90.4%)', () => {
    expect(indicatorScore(indicator(IndicatorKind.VISIT_RATE), { ...NONE, weeksOnDuty: 52, weeksVisited: 47 }, {})).toBe(9038);
    expect((9038 / 100).toFixed(1)).toBe('90.4');
  });

  it('measures a worker hired mid-period on the weeks on duty only: 20 of 25 is 80 points', () => {
    expect(indicatorScore(indicator(IndicatorKind.VISIT_RATE), { ...NONE, weeksOnDuty: 25, weeksVisited: 20 }, {})).toBe(8000);
  });

  it('is not measured without a week on duty', () => {
    expect(indicatorScore(indicator(IndicatorKind.VISIT_RATE), NONE, {})).toBeNull();
  });
});

describe('the other indicators', () => {
  it('rounds ratios half up and caps them at 100 points', () => {
    expect(ratioX100(1, 3)).toBe(3333);
    expect(ratioX100(2, 3)).toBe(6667);
    expect(ratioX100(5, 4)).toBe(10_000);
  });

  it('scores events reported against the target per week on duty, and events closed on time against those reported', () => {
    const m = { ...NONE, weeksOnDuty: 10, eventsReported: 15, eventsClosedOnTime: 12 };
    expect(indicatorScore(indicator(IndicatorKind.EVENTS_REPORTED, { targetPerWeek: 2 }), m, {})).toBe(7500);
    expect(indicatorScore(indicator(IndicatorKind.EVENTS_ON_TIME), m, {})).toBe(8000);
    expect(indicatorScore(indicator(IndicatorKind.EVENTS_ON_TIME), { ...m, eventsReported: 0 }, {})).toBeNull();
  });

  it('scores training attended against training due, extra sessions of one level not making up for the other', () => {
    const m = { ...NONE, trainingCountyDue: 2, trainingTownshipDue: 3, trainingCountyDone: 4, trainingTownshipDone: 1 };
    expect(indicatorScore(indicator(IndicatorKind.TRAINING), m, {})).toBe(6000);
    expect(indicatorScore(indicator(IndicatorKind.TRAINING), NONE, {})).toBeNull();
  });

  it('deducts points per finding of misconduct by kind, never below 0', () => {
    const conduct = DEFAULT_INDICATORS.find((i) => i.kind === IndicatorKind.MISCONDUCT)!;
    expect(indicatorScore(conduct, NONE, {})).toBe(10_000);
    expect(indicatorScore(conduct, { ...NONE, misconduct: { [MisconductKind.FALSIFICATION_OR_SHIRKING]: 1, [MisconductKind.OTHER_VIOLATION]: 1 } }, {})).toBe(
      5000,
    );
    expect(indicatorScore(conduct, { ...NONE, misconduct: { [MisconductKind.LEAKING_SECRETS]: 3 } }, {})).toBe(0);
  });
});

describe('the weighted score', () => {
  const template: Indicator[] = [
    { key: 'township', label: '日常', kind: IndicatorKind.ENTERED, enteredBy: EnteringUnit.TOWNSHIP, weight: 50 },
    { key: 'visits', label: '走访', kind: IndicatorKind.VISIT_RATE, weight: 30 },
    { key: 'satisfaction', label: '满意度', kind: IndicatorKind.SATISFACTION, weight: 20 },
  ];

  it('weighs every indicator', () => {
    const scored = scoreWorker(template, { ...NONE, weeksOnDuty: 52, weeksVisited: 47, satisfactionX100: 8850 }, { township: 9500 });
    // (50 × 95 + 30 × 90.38 + 20 × 88.5) / 100 = 92.314
    expect(scored).toEqual({ indicators: { township: 9500, visits: 9038, satisfaction: 8850 }, scoreX100: 9231, missing: [] });
  });

  it('leaves out what cannot be measured and scales the other weights up', () => {
    // No satisfaction survey: (50 × 95 + 30 × 90.38) / 80 = 93.2675
    expect(scoreWorker(template, { ...NONE, weeksOnDuty: 52, weeksVisited: 47 }, { township: 9500 }).scoreX100).toBe(9327);
  });

  it('has no score while an entered indicator is missing', () => {
    expect(scoreWorker(template, { ...NONE, weeksOnDuty: 52, weeksVisited: 52 }, {})).toMatchObject({ scoreX100: null, missing: ['township'] });
  });
});

describe('levels and the EXCELLENT quota', () => {
  it.each([
    [10_000, AssessmentLevel.EXCELLENT],
    [9000, AssessmentLevel.EXCELLENT],
    [8999, AssessmentLevel.COMPETENT],
    [7500, AssessmentLevel.COMPETENT],
    [7499, AssessmentLevel.BASIC],
    [6000, AssessmentLevel.BASIC],
    [5999, AssessmentLevel.INCOMPETENT],
    [0, AssessmentLevel.INCOMPETENT],
  ])('%i hundredths is %s (default thresholds 90 / 75 / 60)', (score, level) => {
    expect(levelFor(score, THRESHOLDS)).toBe(level);
  });

  it('follows a jurisdiction’s thresholds', () => {
    expect(levelFor(8500, { excellent: 85, competent: 70, basic: 50 })).toBe(AssessmentLevel.EXCELLENT);
  });

  it('allows 20% of those rated, rounded down', () => {
    expect(excellentQuota(10, 20)).toBe(2);
    expect(excellentQuota(14, 20)).toBe(2);
    expect(excellentQuota(15, 20)).toBe(3);
    expect(excellentQuota(4, 20)).toBe(0);
  });

  it('names the count and the quota when a cycle exceeds it', () => {
    expect(quotaProblem(3, 10, 20)).toBe('3 EXCELLENT, quota 2 (20% of 10 rated, rounded down)');
    expect(quotaProblem(2, 10, 20)).toBeNull();
  });
});

describe('training due in a period (Shanxi measures: county 2, township 3 a year)', () => {
  const year = { start: '2025-01-01', end: '2025-12-31' };
  it.each([
    [2, year, null, 2],
    [3, year, '2024-05-01', 3],
    [2, year, '2025-07-01', 1],
    [3, year, '2025-07-01', 2],
    [3, year, '2026-01-01', 0],
    [2, { start: '2026-01-01', end: '2026-03-31' }, null, 0],
    [3, { start: '2026-01-01', end: '2026-03-31' }, null, 1],
    [3, { start: '2026-01-01', end: '2026-06-30' }, null, 1],
  ])('%i a year over %j for a worker hired %s: %i', (perYear, period, hiredOn, due) => {
    expect(trainingDue(perYear, period, hiredOn)).toBe(due);
  });
});

describe('points as people write them', () => {
  it.each([
    [90, 9000],
    [89.99, 8999],
    [0, 0],
    [100, 10_000],
    [100.01, null],
    [-1, null],
    [89.995, null],
  ])('%p → %p hundredths', (value, x100) => expect(parsePoints(value)).toBe(x100));

  it('writes hundredths with two decimals', () => {
    expect(points(9038)).toBe('90.38');
    expect(points(9000)).toBe('90.00');
  });
});
