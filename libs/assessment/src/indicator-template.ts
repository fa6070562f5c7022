// An indicator template: the weighted indicators a cycle rates workers by. Templates are data (a county
// keeps its own); a cycle copies its template when it opens, so a later edit never changes a running cycle.
import { MisconductKind } from '@gridhr/workers';
import { EnteringUnit, IndicatorKind } from './assessment.enums';

export interface Indicator {
  /** Identifies the indicator within the template: letters and digits, e.g. "visits". */
  key: string;
  /** The Chinese name on the results sheet. */
  label: string;
  kind: IndicatorKind;
  /** Whole percent; a template's weights sum to 100. */
  weight: number;
  /** ENTERED: the unit that enters it. */
  enteredBy?: EnteringUnit;
  /** EVENTS_REPORTED: events expected per week on duty. */
  targetPerWeek?: number;
  /** MISCONDUCT: points deducted per finding of each kind. */
  deductions?: Partial<Record<MisconductKind, number>>;
  /** Where the indicator comes from. */
  source?: string;
}

export const DEFAULT_TEMPLATE_NAME = 'GridHR默认考核指标';

/** The template shipped with GridHR; the weights are GridHR's default, each indicator cites what it rests on. */
export const DEFAULT_INDICATORS: Indicator[] = [
  {
    key: 'township',
    label: '乡镇（街道）日常考核',
    kind: IndicatorKind.ENTERED,
    enteredBy: EnteringUnit.TOWNSHIP,
    weight: 30,
    source: 'Yongzhou [002] art. 4: the township manages and assesses day to day',
  },
  { key: 'visits', label: '每周全域走访', kind: IndicatorKind.VISIT_RATE, weight: 25, source: 'Shanxi measures [004]: the whole area at least once a week' },
  { key: 'eventsReported', label: '事件发现上报', kind: IndicatorKind.EVENTS_REPORTED, weight: 5, targetPerWeek: 1, source: 'Shanxi measures [004]: 问题上报' },
  { key: 'eventsOnTime', label: '事件按时办结', kind: IndicatorKind.EVENTS_ON_TIME, weight: 10, source: 'Shanxi measures [004]: 六步闭环' },
  { key: 'training', label: '参加培训', kind: IndicatorKind.TRAINING, weight: 10, source: 'Shanxi measures [004]: county 2, township 3 sessions a year' },
  { key: 'satisfaction', label: '群众满意度', kind: IndicatorKind.SATISFACTION, weight: 10, source: 'DESIGN §7: resident satisfaction' },
  {
    key: 'conduct',
    label: '违规违纪扣分',
    kind: IndicatorKind.MISCONDUCT,
    weight: 10,
    deductions: {
      LEAKING_SECRETS: 50,
      PERSONAL_INFO_ABUSE: 50,
      SELF_DEALING: 50,
      FALSIFICATION_OR_SHIRKING: 30,
      ABUSIVE_CONDUCT: 30,
      OTHER_VIOLATION: 20,
    },
    source: 'Zigong art. 13 [001], Jiangmen art. 13 [003]: prohibited conduct; points are a GridHR default',
  },
];

const KEY = /^[a-z][a-zA-Z0-9]{1,31}$/;

/** What is wrong with a template's indicators, or null. */
export function templateProblem(indicators: Indicator[]): string | null {
  if (!indicators.length || indicators.length > 20) return 'must have 1-20 indicators';
  const keys = new Set<string>();
  for (const i of indicators) {
    if (!KEY.test(i.key)) return `key "${i.key}" must be 2-32 letters or digits, starting with a lower-case letter`;
    if (keys.has(i.key)) return `key "${i.key}" appears twice`;
    keys.add(i.key);
    if (!Number.isInteger(i.weight) || i.weight < 1 || i.weight > 100) return `${i.key}: weight must be a whole percent from 1 to 100`;
    if ((i.kind === IndicatorKind.ENTERED) !== (i.enteredBy !== undefined && i.enteredBy !== null))
      return `${i.key}: enteredBy names who enters an ENTERED indicator, and only one`;
    if (i.kind === IndicatorKind.EVENTS_REPORTED && !(typeof i.targetPerWeek === 'number' && i.targetPerWeek > 0 && i.targetPerWeek <= 50))
      return `${i.key}: targetPerWeek must be above 0 and at most 50 events`;
    if (i.kind === IndicatorKind.MISCONDUCT) {
      const values = Object.entries(i.deductions ?? {});
      if (!values.length) return `${i.key}: deductions must give the points deducted for at least one kind of misconduct`;
      for (const [kind, points] of values) {
        if (!(Object.values(MisconductKind) as string[]).includes(kind)) return `${i.key}: ${kind} is not a kind of misconduct`;
        if (!Number.isInteger(points) || points < 0 || points > 100) return `${i.key}: the deduction for ${kind} must be 0-100 points`;
      }
    }
  }
  const total = indicators.reduce((sum, i) => sum + i.weight, 0);
  if (total !== 100) return `the weights must sum to 100, not ${total}`;
  return null;
}
