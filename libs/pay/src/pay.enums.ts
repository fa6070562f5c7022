// Pay vocabulary (DESIGN §8).

/** A monthly pay input of a worker, entered by the township (base pay comes from the contract). */
export enum PayItemKind {
  /** 绩效工资: performance pay, from the assessment level. */
  PERFORMANCE = 'PERFORMANCE',
  /** 以奖代补: a reward paid instead of a subsidy. */
  REWARD = 'REWARD',
  /** 以案定补: cases handled × a rate. */
  PER_CASE = 'PER_CASE',
  /** 津贴补贴 that count as pay for the minimum wage (e.g. a post or communication allowance). */
  ALLOWANCE = 'ALLOWANCE',
  /** 夜班、高温、低温、井下、有毒有害 allowances: never part of the minimum wage (Minimum Wage Provisions art. 12). */
  SPECIAL_ALLOWANCE = 'SPECIAL_ALLOWANCE',
  /** 加班工资: never part of the minimum wage (Minimum Wage Provisions art. 12). */
  OVERTIME = 'OVERTIME',
  /** 扣款: a deduction from pay (absence, a penalty under published rules). */
  DEDUCTION = 'DEDUCTION',
  /** 个人缴纳的社会保险费和住房公积金: the worker's own contributions, withheld from pay. */
  OWN_INSURANCE = 'OWN_INSURANCE',
  /** 单位缴纳的社会保险费: the employer's contributions, a cost kept apart from pay. */
  EMPLOYER_INSURANCE = 'EMPLOYER_INSURANCE',
  /** 工作时长: hours worked in the period (minutes), for a 非全日制 worker's hourly floor. */
  HOURS = 'HOURS',
  /** 经济补偿 (Labor Contract Law art. 47): written by an exit's final-pay step, not entered. */
  SEVERANCE = 'SEVERANCE',
  /** 代通知金, a month's pay instead of the notice (Labor Contract Law art. 40): written by an exit's final-pay step. */
  PAY_IN_LIEU = 'PAY_IN_LIEU',
}

/** The items an exit writes into the payroll of its last month (exit pay: apart from wages and floors). */
export const EXIT_PAY_KINDS: readonly PayItemKind[] = [PayItemKind.SEVERANCE, PayItemKind.PAY_IN_LIEU];

/** DRAFT → SUBMITTED (township) → APPROVED (finance) → PAID (finance); SUBMITTED may be returned to DRAFT. */
export enum PayrollRunStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
}

export enum PayrollRunKind {
  /** The period's payroll. */
  REGULAR = 'REGULAR',
  /** A correction after the period's run was approved: the difference to what was approved before. */
  ADJUSTMENT = 'ADJUSTMENT',
}

/**
 * The pay period. A month for everyone except workers on a 非全日制 contract, whose pay is settled at least
 * every 15 days (Labor Contract Law art. 72): two half months, 1-15 and 16 to the month's end.
 */
export enum PayPeriodKind {
  MONTH = 'MONTH',
  FIRST_HALF = 'FIRST_HALF',
  SECOND_HALF = 'SECOND_HALF',
}

/** The legal floor a pay line was checked against. */
export enum PayFloor {
  /** Shanxi measures [004]: a full-time worker's pay excluding insurance ≥ the monthly minimum wage. */
  MONTHLY_MINIMUM_WAGE = 'MONTHLY_MINIMUM_WAGE',
  /** Shanxi measures [004]: a rural grid worker ≥ 500 yuan a month. */
  RURAL_MONTHLY = 'RURAL_MONTHLY',
  /** Labor Contract Law art. 72: a 非全日制 worker's hourly pay ≥ the part-time hourly minimum wage. */
  PART_TIME_HOURLY = 'PART_TIME_HOURLY',
  /** Labor Contract Law art. 20: probation pay ≥ 80% of the contract wage and ≥ the minimum wage. */
  PROBATION = 'PROBATION',
}

/** Whether a minimum-wage row may be applied. */
export enum MinimumWageStatus {
  /** In force from its date. */
  CONFIRMED = 'CONFIRMED',
  /** Shown, never applied: no confirmed notice or no date (SYSADMIN confirms it with a date). */
  UNCONFIRMED = 'UNCONFIRMED',
}
