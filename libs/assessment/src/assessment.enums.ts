// Assessment vocabulary (DESIGN §7). Chinese labels are what the county's results sheets say.

/** How long a cycle runs: a year, a half-year or a quarter. */
export enum CycleKind {
  YEAR = 'YEAR',
  HALF_YEAR = 'HALF_YEAR',
  QUARTER = 'QUARTER',
}

export enum CycleStatus {
  OPEN = 'OPEN',
  /** Locked: scores, adjustments and the work records of its period no longer change; a correction re-opens it. */
  FINALISED = 'FINALISED',
}

/** Shanxi measures [004]: 不称职 → replacement; Jiangmen art. 33 [003]: the excellent are promoted. */
export enum AssessmentLevel {
  EXCELLENT = 'EXCELLENT',
  COMPETENT = 'COMPETENT',
  BASIC = 'BASIC',
  INCOMPETENT = 'INCOMPETENT',
}

export enum IndicatorKind {
  /** Weeks with a full-area visit ÷ weeks on duty (Shanxi [004]: the whole area at least once a week). */
  VISIT_RATE = 'VISIT_RATE',
  /** Events reported against a target per week on duty. */
  EVENTS_REPORTED = 'EVENTS_REPORTED',
  /** Events closed on time ÷ events reported. */
  EVENTS_ON_TIME = 'EVENTS_ON_TIME',
  /** Sessions attended ÷ sessions due (Shanxi [004]: county 2 and township 3 a year), pro rata. */
  TRAINING = 'TRAINING',
  /** 100 less a deduction per finding of prohibited conduct, by kind (Zigong art. 13, Jiangmen art. 13). */
  MISCONDUCT = 'MISCONDUCT',
  /** The average resident-satisfaction score of the period's records. */
  SATISFACTION = 'SATISFACTION',
  /** A score entered by a named unit (the township's day-to-day assessment, Yongzhou [002]). */
  ENTERED = 'ENTERED',
}

/** Who enters an ENTERED indicator. */
export enum EnteringUnit {
  TOWNSHIP = 'TOWNSHIP',
  COUNTY = 'COUNTY',
}

/** Which level of government runs cycles (policy assessment.cycleOwner). */
export enum CycleOwner {
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
}

/** What a rating leads to; each a row with its legal basis, flagged while PENDING. */
export enum ConsequenceKind {
  /** Labor Contract Law art. 40(2), first step: training or another post. */
  IMPROVEMENT = 'IMPROVEMENT',
  /** Still incompetent (or no labour contract): replacement (Shanxi [004] 撤换). */
  REPLACEMENT = 'REPLACEMENT',
  /** A part-time village cadre loses the grid role: the assignment is closed. */
  GRID_REMOVAL = 'GRID_REMOVAL',
  /** The grid a removal left without its worker, until someone is on duty there again. */
  FILL_VACANCY = 'FILL_VACANCY',
  /** Listed for honours and priority (Jiangmen art. 33 [003], Shanxi [004]). */
  HONOURS = 'HONOURS',
}

export enum ConsequenceStatus {
  PENDING = 'PENDING',
  DONE = 'DONE',
  /** No longer due: the cycle was re-opened, or the county decided otherwise (with a reason). */
  WITHDRAWN = 'WITHDRAWN',
}

/** Labor Contract Law art. 40(2): the two ways of giving an incompetent employee another chance. */
export enum ImprovementStep {
  TRAINING = 'TRAINING',
  NEW_POST = 'NEW_POST',
}

/** Labor Contract Law art. 40: 30 days' written notice, or one month's pay instead. */
export enum ReplacementNotice {
  WRITTEN_NOTICE = 'WRITTEN_NOTICE',
  PAY_IN_LIEU = 'PAY_IN_LIEU',
}

/** Work records come per week (visit rounds) or per month (events, satisfaction). */
export enum WorkPeriodKind {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

export const ASSESSMENT_LABELS = {
  level: { EXCELLENT: '优秀', COMPETENT: '称职', BASIC: '基本称职', INCOMPETENT: '不称职' },
  kind: { YEAR: '年度', HALF_YEAR: '半年', QUARTER: '季度' },
  consequence: { IMPROVEMENT: '培训或调岗', REPLACEMENT: '撤换', GRID_REMOVAL: '免去网格职务', FILL_VACANCY: '补齐网格员', HONOURS: '表彰及优先使用' },
  status: { PENDING: '待办', DONE: '已办', WITHDRAWN: '已撤销' },
} as const;
