import { WorkerCategory } from '@gridhr/workers';
import { checkpointsProblem, TRAINING_POLICIES } from './training.policies';
import { TrainingLevel } from './training.enums';
import { countsAs, proRata, requirementOn } from './training.rules';

const CHECKPOINTS = TRAINING_POLICIES['training.checkpoints'].default;
const PER_YEAR = { county: 2, township: 3 };

describe('Shanxi measures: the yearly training requirement', () => {
  it.each([
    ['2026-06-29', null, 0, 0],
    ['2026-06-30', '06-30', 1, 1],
    ['2026-09-29', '06-30', 1, 1],
    ['2026-09-30', '09-30', 1, 2],
    ['2026-12-30', '09-30', 1, 2],
    ['2026-12-31', '12-31', 2, 3],
  ])('on %s the checkpoint is %s: county %i, township %i', (day, by, county, township) => {
    expect(requirementOn(day, CHECKPOINTS, PER_YEAR)).toEqual({ by, county, township });
  });

  it('caps checkpoints by the yearly counts a jurisdiction sets lower', () => {
    expect(requirementOn('2026-09-30', CHECKPOINTS, { county: 1, township: 1 })).toEqual({ by: '09-30', county: 1, township: 1 });
    expect(requirementOn('2026-12-31', CHECKPOINTS, { county: 4, township: 6 })).toEqual({ by: '12-31', county: 4, township: 6 });
  });

  it('measures a mid-year joiner pro rata, rounding to the nearest session', () => {
    expect(proRata(3, '2026-12-31', null)).toBe(3);
    expect(proRata(3, '2026-12-31', '2020-05-01')).toBe(3);
    // joined 1 July: 184 of 365 days -> 1.51 -> 2 township sessions, 1.01 -> 1 county session
    expect(proRata(3, '2026-12-31', '2026-07-01')).toBe(2);
    expect(proRata(2, '2026-12-31', '2026-07-01')).toBe(1);
    // joined 1 October: 92/365 of 3 = 0.76 -> 1; of 2 = 0.50 -> 1 (halves up)
    expect(proRata(3, '2026-12-31', '2026-10-01')).toBe(1);
    expect(proRata(2, '2026-12-31', '2026-10-02')).toBe(0);
    // at the 30 September checkpoint, a 1 July joiner owes 92/273 of 2 = 0.67 -> 1
    expect(proRata(2, '2026-09-30', '2026-07-01')).toBe(1);
    // hired after the checkpoint: nothing yet
    expect(proRata(1, '2026-06-30', '2026-07-01')).toBe(0);
  });

  it('counts department sessions as county-level training for professional workers only (Jiangmen art. 31)', () => {
    // Jiangmen art. 31: on top of the normal training, unless the policy counts it for the county
    expect(countsAs(TrainingLevel.DEPARTMENT, WorkerCategory.PROFESSIONAL)).toBeNull();
    expect(countsAs(TrainingLevel.DEPARTMENT, WorkerCategory.PROFESSIONAL, true)).toBe('county');
    expect(countsAs(TrainingLevel.DEPARTMENT, WorkerCategory.FULL_TIME, true)).toBeNull();
    expect(countsAs(TrainingLevel.DEPARTMENT, WorkerCategory.FULL_TIME)).toBeNull();
    expect(countsAs(TrainingLevel.COUNTY, WorkerCategory.PART_TIME)).toBe('county');
    expect(countsAs(TrainingLevel.TOWNSHIP, WorkerCategory.PART_TIME)).toBe('township');
    expect(countsAs(TrainingLevel.CITY, WorkerCategory.FULL_TIME)).toBeNull();
  });
});

describe('checkpointsProblem', () => {
  it('checks training checkpoints are dated MM-DD, exist every year and are in order', () => {
    expect(
      checkpointsProblem([
        { by: '06-30', county: 1, township: 1 },
        { by: '12-31', county: 2, township: 3 },
      ]),
    ).toBeNull();
    expect(
      checkpointsProblem([
        { by: '12-31', county: 2, township: 3 },
        { by: '06-30', county: 1, township: 1 },
      ]),
    ).toMatch(/order/);
    expect(checkpointsProblem([{ by: '6-30', county: 1, township: 1 }])).toMatch(/MM-DD/);
    expect(checkpointsProblem([{ by: '02-29', county: 1, township: 1 }])).toMatch(/every year/);
    expect(checkpointsProblem([{ by: '06-30', county: 1.5, township: 1 }])).toMatch(/whole numbers/);
  });
});
