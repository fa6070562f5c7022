import { EnteringUnit, IndicatorKind } from './assessment.enums';
import { starRuleProblem, thresholdsProblem } from './assessment.policies';
import { DEFAULT_INDICATORS, Indicator, templateProblem } from './indicator-template';

describe('indicator templates', () => {
  it('ships a default whose weights sum to 100', () => {
    expect(templateProblem(DEFAULT_INDICATORS)).toBeNull();
  });

  const entered: Indicator = { key: 'township', label: '日常', kind: IndicatorKind.ENTERED, enteredBy: EnteringUnit.TOWNSHIP, weight: 60 };
  it.each([
    [[entered], 'sum to 100, not 60'],
    [[entered, { ...entered, weight: 40 }], 'appears twice'],
    [[{ ...entered, weight: 100, enteredBy: undefined }], 'enteredBy'],
    [[{ ...entered, weight: 100, key: 'Bad key' }], 'key "Bad key"'],
    [[{ key: 'events', label: '上报', kind: IndicatorKind.EVENTS_REPORTED, weight: 100 }], 'targetPerWeek'],
    [[{ key: 'conduct', label: '扣分', kind: IndicatorKind.MISCONDUCT, weight: 100, deductions: { SPEEDING: 5 } as never }], 'not a kind of misconduct'],
    [[{ ...entered, weight: 100.5 }], 'whole percent'],
  ])('refuses %j: %s', (indicators, problem) => {
    expect(templateProblem(indicators as Indicator[])).toContain(problem);
  });
});

describe('assessment policy values', () => {
  it('needs falling thresholds', () => {
    expect(thresholdsProblem({ excellent: 90, competent: 75, basic: 60 })).toBeNull();
    expect(thresholdsProblem({ excellent: 75, competent: 75, basic: 60 })).toContain('fall');
    expect(thresholdsProblem({ excellent: 90, competent: 75 })).toContain('whole points');
  });

  it('keeps stars between 1 and 5', () => {
    expect(starRuleProblem({ initial: 3, excellentInARow: 2, basicLoses: 1, incompetentStars: 1 })).toBeNull();
    expect(starRuleProblem({ initial: 6, excellentInARow: 2, basicLoses: 1, incompetentStars: 1 })).toContain('1-5');
  });
});
