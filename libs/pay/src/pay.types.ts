import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, Fen, FenScalar, LocalDateScalar } from '@gridhr/common';
import { MinimumWageStatus, PayFloor, PayItemKind, PayPeriodKind, PayrollRunKind, PayrollRunStatus } from './pay.enums';

registerEnumType(PayItemKind, {
  name: 'PayItemKind',
  description: 'What a pay item (工资项目) of a worker is; base pay comes from the contract, not from items.',
  valuesMap: {
    PERFORMANCE: { description: '绩效工资' },
    REWARD: { description: '以奖代补' },
    PER_CASE: { description: '以案定补: cases × rate' },
    ALLOWANCE: { description: '津贴补贴 counted as pay' },
    SPECIAL_ALLOWANCE: { description: '夜班、高温、低温、井下、有毒有害津贴: not part of the minimum wage' },
    OVERTIME: { description: '加班工资: not part of the minimum wage' },
    DEDUCTION: { description: '扣款, entered as a positive amount' },
    OWN_INSURANCE: { description: '个人缴纳社保和公积金' },
    EMPLOYER_INSURANCE: { description: '单位缴纳社保, a cost apart from pay' },
    HOURS: { description: '工作时长 (minutes) of a 非全日制 worker' },
    SEVERANCE: { description: '经济补偿 (Labor Contract Law art. 47), written by an exit’s final-pay step' },
    PAY_IN_LIEU: { description: '代通知金, a month’s pay instead of notice (art. 40), written by an exit’s final-pay step' },
  },
});
registerEnumType(PayrollRunStatus, {
  name: 'PayrollRunStatus',
  description: 'Where a payroll run is in its approval: DRAFT → SUBMITTED → APPROVED → PAID.',
  valuesMap: {
    DRAFT: { description: '草稿: drafted by the township; may be refreshed and changed' },
    SUBMITTED: { description: '已提交: submitted to finance; finance approves it or returns it to DRAFT' },
    APPROVED: { description: '已审批: approved by FINANCE and locked; refused while any line breaches a floor' },
    PAID: { description: '已发放: paid out, recorded by FINANCE' },
  },
});
registerEnumType(PayrollRunKind, {
  name: 'PayrollRunKind',
  description: 'Whether a run is a period’s payroll or a correction of it.',
  valuesMap: {
    REGULAR: { description: '正常发放: the period’s payroll' },
    ADJUSTMENT: { description: '补发/扣回: a correction after the period’s run was approved, the differences only' },
  },
});
registerEnumType(PayPeriodKind, {
  name: 'PayPeriodKind',
  description: 'A month, or a half month for 非全日制 pay (Labor Contract Law art. 72)',
  valuesMap: {
    MONTH: { description: 'The whole calendar month' },
    FIRST_HALF: { description: 'The 1st to the 15th (非全日制 pay)' },
    SECOND_HALF: { description: 'The 16th to the month’s end (非全日制 pay)' },
  },
});
registerEnumType(PayFloor, {
  name: 'PayFloor',
  description: 'A legal floor a pay line is checked against.',
  valuesMap: {
    MONTHLY_MINIMUM_WAGE: { description: '月最低工资标准: a full-time worker’s pay excluding insurance ≥ the local monthly minimum wage (Shanxi measures)' },
    RURAL_MONTHLY: { description: '农村网格员保底: a rural grid worker ≥ 500 yuan a month (Shanxi measures)' },
    PART_TIME_HOURLY: { description: '小时最低工资标准: a 非全日制 worker’s hourly pay ≥ the hourly minimum wage (Labor Contract Law art. 72)' },
    PROBATION: { description: '试用期工资: ≥ 80% of the contract wage and ≥ the minimum wage (Labor Contract Law art. 20)' },
  },
});
registerEnumType(MinimumWageStatus, {
  name: 'MinimumWageStatus',
  description: 'Whether a minimum-wage row may be applied by payroll.',
  valuesMap: {
    CONFIRMED: { description: '已确认: in force from its date' },
    UNCONFIRMED: { description: '未确认: shown, never applied, until a SYSADMIN confirms it with a date' },
  },
});

@ObjectType('MinimumWage', { description: 'A province tier’s minimum wage (最低工资标准) from a date, with its source.' })
export class MinimumWageType {
  @Field(() => ID, { description: 'Identifier of this minimum-wage row' }) id: string;
  @Field({ description: 'First two digits of the province’s division code (14: Shanxi)' }) provinceCode: string;
  @Field({ description: 'The province’s name, e.g. 山西省' }) provinceName: string;
  @Field({ description: 'The tier as the notice names it (一类, 二档, 单档 …); counties are put in tiers by CountyWageTier' }) tier: string;
  @Field(() => String, { nullable: true, description: 'The areas of the tier as the notice lists them: a hint for people, the county mapping decides' }) areas:
    string | null;
  @Field(() => FenScalar, { description: 'Monthly standard, fen' }) monthlyFen: Fen;
  @Field(() => FenScalar, { description: '非全日制 hourly standard, fen' }) hourlyFen: Fen;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The date (YYYY-MM-DD) the standard takes effect; null when not known, and then it never applies',
  })
  effectiveFrom: string | null;
  @Field({ description: 'Where the figures come from: the notice (文件名和文号) or its web address' }) source: string;
  @Field({ description: 'How the figures were checked against the source, e.g. the notice number read by whom' }) verification: string;
  @Field(() => MinimumWageStatus, { description: 'CONFIRMED rows apply from their date; UNCONFIRMED rows are shown and never applied' })
  status: MinimumWageStatus;
  @Field({
    description:
      'Whether the standard includes the worker’s own social-insurance and housing-fund contributions (most provinces: yes; Beijing and Shanghai: no)',
  })
  includesOwnContributions: boolean;
  @Field(() => String, { nullable: true, description: 'Username of the SYSADMIN who confirmed the row; null while UNCONFIRMED' }) confirmedBy: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with updateMinimumWage or confirmMinimumWage' }) version: number;
}

@ObjectType('CountyWageTier', {
  description: 'Which tier of its province’s minimum wage (最低工资标准) a county is in, from a date, as set by the notice’s annex.',
})
export class CountyWageTierType {
  @Field(() => ID, { description: 'Identifier of this county-to-tier mapping' }) id: string;
  @Field({ description: 'The county’s six-digit division code (GB/T 2260)' }) countyCode: string;
  @Field({ description: 'The tier name, as in MinimumWage.tier of the same province' }) tier: string;
  @Field(() => LocalDateScalar, { description: 'The date (YYYY-MM-DD) from which the county is in this tier' }) effectiveFrom: string;
  @Field({ description: 'The notice (or its annex) that puts the county in this tier' }) source: string;
  @Field({ description: 'Username of the SYSADMIN who set the mapping' }) setBy: string;
}

@ObjectType('PayItem', {
  description: 'One pay input (工资项目) of a worker for a pay period, entered by the township; base pay comes from the contract, not from items.',
})
export class PayItemType {
  @Field(() => ID, { description: 'Identifier of this pay item' }) id: string;
  @Field(() => LocalDateScalar, { description: 'First day of the pay period' }) periodFrom: string;
  @Field(() => PayItemKind, { description: 'What the item is: performance pay, a reward, per-case subsidy, a deduction …' }) kind: PayItemKind;
  @Field(() => FenScalar, { description: 'The amount in fen (分); for PER_CASE it is cases × rateFen, for HOURS 0' }) amountFen: Fen;
  @Field(() => Int, { nullable: true, description: 'PER_CASE only: the number of cases handled; null for other kinds' }) cases: number | null;
  @Field(() => FenScalar, { nullable: true, description: 'PER_CASE only: fen paid per case; null for other kinds' }) rateFen: Fen | null;
  @Field(() => Int, { nullable: true, description: 'HOURS only: minutes worked in the period by a 非全日制 worker; null for other kinds' }) minutes:
    number | null;
  @Field(() => String, { nullable: true, description: 'Free text from the township, e.g. what a deduction was for' }) note: string | null;
  @Field({ description: 'Username of who entered the item' }) enteredBy: string;
}

@ObjectType('FloorCheck', { description: 'A legal floor a pay line was checked against.' })
export class FloorCheckType {
  @Field(() => PayFloor, {
    description: 'Which legal floor: the monthly minimum wage, the rural 500 yuan floor, the part-time hourly minimum or the probation floor',
  })
  floor: PayFloor;
  @Field(() => FenScalar, { nullable: true, description: 'Null when it cannot be known' }) requiredFen: Fen | null;
  @Field(() => FenScalar, {
    description: 'What the line pays as counted for this floor, in fen (special allowances, overtime and insurance left out as the rules say)',
  })
  comparedFen: Fen;
  @Field(() => FenScalar, { description: 'How much the line is below the floor, in fen; 0 when it meets it' }) shortfallFen: Fen;
  @Field(() => ID, { nullable: true, description: 'The minimum-wage row used' }) minimumWageId: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why the floor cannot be checked (e.g. no confirmed minimum wage for the county on the date); null when it was checked',
  })
  problem: string | null;
}

@ObjectType('PayLine', { description: 'One worker’s pay in a payroll run: the amounts by kind (all in fen, 分), and the legal floors it was checked against.' })
export class PayLineType {
  @Field(() => ID, { description: 'Identifier of this pay line' }) id: string;
  @Field({ description: 'The name as paid' }) workerName: string;
  @Field({ description: 'The worker’s category as paid: GRID_LEADER, FULL_TIME, PART_TIME, PROFESSIONAL, AUXILIARY or INFORMANT' }) category: string;
  @Field(() => String, {
    nullable: true,
    description: 'The employer (用人单位) on the worker’s contract: the township or the labour-service company; null without a contract',
  })
  employerName: string | null;
  @Field(() => Int, { description: 'Calendar days of the period the worker was employed; base pay is prorated by them' }) employedDays: number;
  @Field(() => FenScalar, { description: 'Base pay (基本工资) from the contract for the period, prorated by employed days, in fen' }) baseFen: Fen;
  @Field(() => FenScalar, { description: 'Performance pay (绩效工资), in fen' }) performanceFen: Fen;
  @Field(() => FenScalar, { description: 'Rewards instead of subsidy (以奖代补), in fen' }) rewardFen: Fen;
  @Field(() => FenScalar, { description: 'Per-case subsidy (以案定补): cases × rate, in fen' }) perCaseFen: Fen;
  @Field(() => FenScalar, { description: 'Allowances (津贴补贴) that count towards the minimum wage, in fen' }) allowanceFen: Fen;
  @Field(() => FenScalar, { description: 'Night, heat, cold, underground and hazard allowances, in fen: never counted towards the minimum wage' })
  specialAllowanceFen: Fen;
  @Field(() => FenScalar, { description: 'Overtime pay (加班工资), in fen: never counted towards the minimum wage' }) overtimeFen: Fen;
  @Field(() => FenScalar, { description: 'Deductions (扣款) as a positive amount in fen, subtracted from gross' }) deductionFen: Fen;
  @Field(() => FenScalar, {
    description: 'Gross pay (应发工资) in fen: base + performance + reward + per-case + allowances + special allowances + overtime − deductions',
  })
  grossFen: Fen;
  @Field(() => FenScalar, { description: 'The worker’s own social-insurance and housing-fund contributions withheld, in fen' }) ownInsuranceFen: Fen;
  @Field(() => FenScalar, { description: 'Net pay (实发工资) in fen: gross minus the worker’s own contributions' }) netFen: Fen;
  @Field(() => FenScalar, { description: 'The employer’s social-insurance contributions (单位缴纳), in fen: a cost apart from pay' }) employerInsuranceFen: Fen;
  @Field(() => FenScalar, { description: 'Severance and pay in lieu of notice of an exit (经济补偿、代通知金), in fen: in gross pay but not in the floors' })
  exitPayFen: Fen;
  @Field(() => Int, { description: 'Minutes worked in the period (HOURS items), for a 非全日制 worker’s hourly floor; 0 for others' }) minutes: number;
  @Field(() => String, { nullable: true, description: 'The assessment level performance pay was taken from, when it was' }) performanceBasis: string | null;
  @Field(() => [FloorCheckType], { description: 'Every floor the line was checked against when generated, including those it meets' })
  floorChecks: FloorCheckType[];
  @Field({ description: 'True when the line is below a floor, or a floor cannot be checked: the run cannot then be approved' }) breach: boolean;
  @Field(() => FenScalar, { description: 'The shortfalls below every floor the line misses, added up, in fen; 0 without a breach' }) shortfallFen: Fen;
}

@ObjectType('PayrollRun', {
  description:
    'A township’s payroll (工资发放) of one pay period: DRAFT → SUBMITTED (township) → APPROVED (finance) → PAID (finance). All amounts in fen (分).',
})
export class PayrollRunType {
  @Field(() => ID, { description: 'Identifier of this payroll run' }) id: string;
  @Field({ description: 'The township’s 12-digit division code' }) regionCode: string;
  @Field({ description: 'The month paid, YYYY-MM' }) month: string;
  @Field(() => PayPeriodKind, { description: 'The whole month, or a half month for 非全日制 workers (Labor Contract Law art. 72)' }) periodKind: PayPeriodKind;
  @Field(() => LocalDateScalar, { description: 'First day of the pay period, YYYY-MM-DD' }) periodFrom: string;
  @Field(() => LocalDateScalar, { description: 'Last day of the pay period, YYYY-MM-DD' }) periodTo: string;
  @Field(() => PayrollRunKind, { description: 'REGULAR for the period’s payroll, ADJUSTMENT for a later correction of an approved one' }) kind: PayrollRunKind;
  @Field(() => Int, { description: '1 for the regular run; 2, 3 … for adjustments of the same period' }) sequence: number;
  @Field(() => PayrollRunStatus, { description: 'Where the run is in DRAFT → SUBMITTED → APPROVED → PAID; APPROVED and PAID runs are locked' })
  status: PayrollRunStatus;
  @Field(() => String, { nullable: true, description: 'Why an adjustment was made, or why a submitted run was returned to DRAFT' }) note: string | null;
  @Field(() => Int, { description: 'How many workers the run pays' }) lineCount: number;
  @Field(() => FenScalar, { description: 'Sum of the lines’ gross pay, in fen' }) grossFen: Fen;
  @Field(() => FenScalar, { description: 'Sum of the lines’ net pay, in fen' }) netFen: Fen;
  @Field(() => FenScalar, { description: 'Sum of the employer’s social-insurance contributions, in fen' }) employerInsuranceFen: Fen;
  @Field(() => Int, { description: 'Lines below a legal floor or whose floor cannot be checked; a run with any cannot be approved' }) breachCount: number;
  @Field({ description: 'Username of who drafted the run' }) generatedBy: string;
  @Field(() => String, { nullable: true, description: 'Username of who submitted it to finance; null before' }) submittedBy: string | null;
  @Field(() => String, { nullable: true, description: 'Username of the FINANCE user who approved it; null before' }) approvedBy: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of approval, YYYY-MM-DD; null before' }) approvedOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Date the pay was paid out, YYYY-MM-DD; null before' }) paidOn: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with each step (submit, return, approve, pay)' }) version: number;
}

@ObjectType({ description: 'A page of payroll runs, newest month first.' })
export class PayrollRunConnection extends Connection(PayrollRunType, 'PayrollRun') {}

@ObjectType('PayrollGeneration', { description: 'A county’s payroll generation job and its progress.' })
export class PayrollGenerationType {
  @Field(() => ID, { description: 'Identifier of the generation job: ask payrollGeneration(id) for its progress' }) id: string;
  @Field({ description: 'The month drafted, YYYY-MM' }) month: string;
  @Field({ description: 'QUEUED, RUNNING, DONE or FAILED' }) status: string;
  @Field(() => Int, { description: 'Townships of the county to draft' }) townshipsTotal: number;
  @Field(() => Int, { description: 'Townships handled so far (drafted or skipped)' }) townshipsDone: number;
  @Field(() => Int, { description: 'Payroll runs drafted or refreshed so far' }) runsGenerated: number;
  @Field(() => [String], { description: 'Townships left as they were, each with why (nobody to pay, a run already submitted …)' }) skipped: string[];
  @Field(() => String, { nullable: true, description: 'Why the job failed; null unless FAILED' }) error: string | null;
}
