import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Connection, ConnectionArgs, IsCleanText, JsonScalar, LocalDateScalar } from '@gridhr/common';
import { WorkerCategory } from '@gridhr/workers';
import { ASSESSMENT_LABELS, AssessmentLevel, CycleKind, CycleStatus, EnteringUnit, IndicatorKind } from './assessment.enums';

/** Each value's Chinese label (the term on the county's results sheets), and what it means where the label alone does not say. */
const describe = (labels: Record<string, string>, meanings?: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: meanings ? `${v}: ${meanings[k]}` : v }]));

registerEnumType(CycleKind, {
  name: 'CycleKind',
  valuesMap: describe(ASSESSMENT_LABELS.kind, {
    YEAR: 'the calendar year',
    HALF_YEAR: 'January-June (part 1) or July-December (part 2)',
    QUARTER: 'a calendar quarter, parts 1-4',
  }),
  description: 'How long an assessment cycle runs.',
});
registerEnumType(CycleStatus, {
  name: 'CycleStatus',
  description: 'Whether an assessment cycle is still open.',
  valuesMap: {
    OPEN: { description: '进行中: measured again nightly; scores may be entered and adjusted' },
    FINALISED: { description: '已确定: locked with its levels and stars; scores, adjustments and the period’s work records no longer change until re-opened' },
  },
});
registerEnumType(AssessmentLevel, {
  name: 'AssessmentLevel',
  valuesMap: describe(ASSESSMENT_LABELS.level, {
    EXCELLENT:
      'excellent, at or above the policy threshold (finalising is refused while more than the quota are); leads to honours and priority in promotion (Jiangmen art. 33)',
    COMPETENT: 'competent, at or above the competent threshold',
    BASIC: 'basically competent, at or above the basic threshold',
    INCOMPETENT: 'incompetent, below the basic threshold; leads to training or another post, then replacement (Shanxi measures; Labor Contract Law art. 40(2))',
  }),
  description: 'The assessment level (考核等次); INCOMPETENT leads to replacement (Shanxi measures), EXCELLENT to honours and priority (Jiangmen art. 33).',
});
registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  valuesMap: {
    VISIT_RATE: { description: '每周全域走访率：有全域走访的周数 ÷ 在岗周数' },
    EVENTS_REPORTED: { description: '事件上报：上报数 ÷（每周目标 × 在岗周数）' },
    EVENTS_ON_TIME: { description: '事件按时办结率：按时办结数 ÷ 上报数' },
    TRAINING: { description: '参加培训：参加次数 ÷ 应参加次数（按在岗时间折算）' },
    MISCONDUCT: { description: '违规违纪：100分按违规类别扣分' },
    SATISFACTION: { description: '群众满意度：期内月度满意度平均分' },
    ENTERED: { description: '录入：由指定单位评分（如乡镇日常考核）' },
  },
  description: 'How an indicator is scored.',
});
registerEnumType(EnteringUnit, {
  name: 'EnteringUnit',
  valuesMap: { TOWNSHIP: { description: '乡镇（街道）' }, COUNTY: { description: '县级' } },
  description: 'Who enters the score of an ENTERED indicator.',
});

@ObjectType('Indicator', { description: 'A weighted indicator of an assessment template' })
export class IndicatorType {
  @Field({ description: 'Identifies the indicator within the template: letters and digits, e.g. visits' }) key: string;
  @Field({ description: 'The indicator’s Chinese name on the results sheet, e.g. 走访率' }) label: string;
  @Field(() => IndicatorKind, {
    description: 'How the indicator is scored: measured from the records (visits, events, training, misconduct, satisfaction) or ENTERED by a unit',
  })
  kind: IndicatorKind;
  @Field(() => Int, { description: 'Whole percent; a template’s weights sum to 100' }) weight: number;
  @Field(() => EnteringUnit, { nullable: true, description: 'ENTERED: the unit that enters it (township or county)' }) enteredBy?: EnteringUnit;
  @Field(() => Float, { nullable: true, description: 'EVENTS_REPORTED: events expected per week on duty' }) targetPerWeek?: number;
  @Field(() => JsonScalar, { nullable: true, description: 'MISCONDUCT: points per finding, by MisconductKind' }) deductions?: Record<string, number>;
  @Field(() => String, { nullable: true, description: 'What the indicator rests on, e.g. the regulation article' }) source?: string;
}

@ObjectType('AssessmentTemplate', { description: 'An indicator template (考核指标) for assessment cycles: weighted indicators summing to 100.' })
export class AssessmentTemplateType {
  @Field(() => ID, { nullable: true, description: 'Null for GridHR’s default template' }) id: string | null;
  @Field({ description: 'The template’s name' }) name: string;
  @Field(() => String, { nullable: true, description: 'The 12-digit code of the county (or township) that keeps it; null for GridHR’s default' }) regionCode:
    string | null;
  @Field(() => [IndicatorType], { description: 'The weighted indicators' }) indicators: IndicatorType[];
}

@ObjectType('AssessmentCycle', {
  description:
    'An assessment cycle (考核周期) of a county’s (or township’s) grid workers for a year, half-year or quarter: OPEN while measured, FINALISED when the levels and stars are fixed.',
})
export class AssessmentCycleType {
  @Field(() => ID, { description: 'Identifier of the cycle' }) id: string;
  @Field({ description: 'Code of the county (or township) whose workers are rated' }) regionCode: string;
  @Field(() => CycleKind, { description: 'A year, a half-year or a quarter' }) kind: CycleKind;
  @Field(() => Int, { description: 'The calendar year' }) year: number;
  @Field(() => Int, { description: '1 for a year; 1-2 for a half-year; 1-4 for a quarter' }) part: number;
  @Field({ description: '"2025", "2026H1", "2026Q3"' }) label: string;
  @Field(() => LocalDateScalar, { description: 'First day of the period, YYYY-MM-DD' }) periodStart: string;
  @Field(() => LocalDateScalar, { description: 'Last day of the period, YYYY-MM-DD' }) periodEnd: string;
  @Field({ description: 'The template the indicators were copied from when the cycle opened' }) templateName: string;
  @Field(() => [IndicatorType], { description: 'The indicators of this cycle, copied from the template when it opened' }) indicators: IndicatorType[];
  @Field(() => CycleStatus, { description: 'OPEN (scores may be entered and measured again) or FINALISED (locked)' }) status: CycleStatus;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The figures are measured up to this day' }) measuredTo: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was finalised, YYYY-MM-DD' }) finalisedOn: string | null;
  @Field(() => String, { nullable: true, description: 'Username of who finalised it' }) finalisedBy: string | null;
  @Field(() => JsonScalar, { nullable: true, description: 'The level thresholds in force when finalised' }) thresholds: unknown;
  @Field(() => Int, {
    nullable: true,
    description: 'The most workers that may be rated EXCELLENT, percent of those rated (policy assessment.excellentQuotaPercent when finalised)',
  })
  excellentQuotaPercent: number | null;
  @Field(() => Int, { description: 'How many times the finalised cycle was re-opened for a correction' }) reopenings: number;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with finalise and reopen' }) version: number;
}

@ObjectType({ description: 'A page of assessment cycles, latest first.' })
export class AssessmentCycleConnection extends Connection(AssessmentCycleType, 'AssessmentCycle') {}

@ObjectType('WorkerMeasures', { description: 'The figures behind the computed indicators' })
export class WorkerMeasuresType {
  @Field(() => Int, { description: 'Weeks of the period the worker was on duty' }) weeksOnDuty: number;
  @Field(() => Int, { description: 'Weeks with a full-area visit (全域走访) recorded' }) weeksVisited: number;
  @Field(() => Float, { nullable: true, description: 'Weeks visited ÷ weeks on duty, percent with one decimal' }) visitRate: number | null;
  @Field(() => Int, { description: 'Events (事件) the worker reported in the period' }) eventsReported: number;
  @Field(() => Int, { description: 'Of those, events closed on time' }) eventsClosedOnTime: number;
  @Field(() => Float, { nullable: true, description: 'Average resident-satisfaction score of the period’s records, points 0-100; null without records' })
  satisfaction: number | null;
  @Field(() => Int, { description: 'County sessions attended in the period' }) trainingCountyDone: number;
  @Field(() => Int, { description: 'Township sessions attended in the period' }) trainingTownshipDone: number;
  @Field(() => Int, { description: 'County sessions due in the period, prorated for time on duty' }) trainingCountyDue: number;
  @Field(() => Int, { description: 'Township sessions due in the period, prorated for time on duty' }) trainingTownshipDue: number;
  @Field(() => JsonScalar, { description: 'Findings of misconduct in the period, by kind' }) misconduct: unknown;
}

@ObjectType('IndicatorScore', { description: 'A worker’s score on one indicator of a cycle.' })
export class IndicatorScoreType {
  @Field({ description: 'The indicator’s key' }) key: string;
  @Field({ description: 'The indicator’s Chinese name' }) label: string;
  @Field(() => Float, { nullable: true, description: 'Points 0-100; null when not measured or not entered' }) score: number | null;
}

@ObjectType('AssessmentResult', {
  description: 'A worker’s result in an assessment cycle: indicator scores, final score, level (等次) and, once finalised, stars.',
})
export class AssessmentResultType {
  @Field(() => ID, { description: 'Identifier of the result: adjustAssessmentScore takes it' }) id: string;
  @Field({ description: 'The 12-digit code of the worker’s managing region' }) regionCode: string;
  @Field(() => WorkerCategory, { description: 'The worker’s category in the cycle' }) category: WorkerCategory;
  @Field({ description: 'False once the worker is no longer rated in the cycle (left before the period’s end, or another category)' }) rated: boolean;
  @Field(() => AssessmentLevel, { nullable: true, description: 'The level (优秀, 称职, 基本称职, 不称职) from the final score; null until scored' })
  level: AssessmentLevel | null;
  @Field(() => Int, { nullable: true, description: 'Stars after this cycle (set when finalised)' }) stars: number | null;
  @Field(() => String, { nullable: true, description: 'Why the county adjusted the score; null without an adjustment' }) adjustmentReason: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with adjustAssessmentScore' }) version: number;
}

@ObjectType({ description: 'A page of assessment results, township by township.' })
export class AssessmentResultConnection extends Connection(AssessmentResultType, 'AssessmentResult') {}

@ObjectType('LevelDistribution', { description: 'How many workers of one township are at each level in a cycle.' })
export class LevelDistributionType {
  @Field({ description: 'The township’s 12-digit code' }) townshipCode: string;
  @Field({ description: 'The township’s name' }) townshipName: string;
  @Field(() => Int, { description: 'Workers rated in the cycle' }) rated: number;
  @Field(() => Int, { description: 'Rated EXCELLENT (优秀)' }) excellent: number;
  @Field(() => Int, { description: 'Rated COMPETENT (称职)' }) competent: number;
  @Field(() => Int, { description: 'Rated BASIC (基本称职)' }) basic: number;
  @Field(() => Int, { description: 'Rated INCOMPETENT (不称职)' }) incompetent: number;
  @Field(() => Int, { description: 'Rated workers without a final score yet' }) unscored: number;
  @Field(() => Float, { nullable: true, description: 'Average final score of those scored, points; null when none is' }) average: number | null;
}

@ObjectType('MissingScore', { description: 'A rated worker without a final score' })
export class MissingScoreType {
  @Field(() => ID, { description: 'The result still to score' }) resultId: string;
  @Field(() => ID, { description: 'The worker' }) workerId: string;
  @Field({ description: 'The worker’s name' }) name: string;
  @Field({ description: 'The worker’s resident ID number, masked (e.g. 1407**********1234)' }) idNumber: string;
  @Field({ description: 'The 12-digit code of the worker’s managing region' }) regionCode: string;
  @Field({ description: 'The worker’s township' }) townshipName: string;
  @Field(() => [String], { description: 'The indicators still to enter' }) missing: string[];
}

@ArgsType()
export class CyclesArgs extends ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Only cycles of this calendar year' }) @IsOptional() @IsInt() @Min(2000) @Max(2100) year?: number | null;
  @Field(() => CycleStatus, { nullable: true, description: 'Only cycles in this status' }) @IsOptional() @IsEnum(CycleStatus) status?: CycleStatus | null;
}

@ArgsType()
export class ResultsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The assessment cycle, in your scope' }) @IsUUID() cycleId: string;
  @Field(() => ID, { nullable: true, description: 'Workers managed within this region subtree' }) @IsOptional() @IsUUID() regionId?: string | null;
  @Field(() => AssessmentLevel, { nullable: true, description: 'Only results at this level' })
  @IsOptional()
  @IsEnum(AssessmentLevel)
  level?: AssessmentLevel | null;
}

@InputType({ description: 'A weighted indicator of a new template.' })
export class IndicatorInput {
  @Field({ description: 'Identifies the indicator within the template: 2-32 letters or digits, starting lower-case, e.g. visits' })
  @Matches(/^[a-z][a-zA-Z0-9]{1,31}$/, { message: 'must be 2-32 letters or digits, starting with a lower-case letter' })
  key: string;
  @Field({ description: 'The indicator’s Chinese name on the results sheet, 1-30 characters' })
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  @IsCleanText()
  label: string;
  @Field(() => IndicatorKind, { description: 'How the indicator is scored' }) @IsEnum(IndicatorKind) kind: IndicatorKind;
  @Field(() => Int, { description: 'Whole percent 1-100; the template’s weights sum to 100' }) @IsInt() @Min(1) @Max(100) weight: number;
  @Field(() => EnteringUnit, { nullable: true, description: 'ENTERED: required, the unit that enters it' })
  @IsOptional()
  @IsEnum(EnteringUnit)
  enteredBy?: EnteringUnit;
  @Field(() => Float, { nullable: true, description: 'EVENTS_REPORTED: required, events expected per week on duty' })
  @IsOptional()
  @IsNumber()
  targetPerWeek?: number;
  @Field(() => JsonScalar, { nullable: true, description: 'MISCONDUCT: points deducted per finding, by MisconductKind, e.g. {"LEAKING_SECRETS": 50}' })
  @IsOptional()
  @IsObject()
  deductions?: Record<string, number>;
  @Field(() => String, { nullable: true, description: 'What the indicator rests on, up to 200 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsCleanText()
  source?: string;
}

@InputType({ description: 'An indicator template of your county (or township).' })
export class CreateTemplateInput {
  @Field(() => ID, { description: 'The county (or township) that keeps the template' }) @IsUUID() regionId: string;
  @Field({ description: 'The template’s name, 2-50 characters' }) @IsString() @MinLength(2) @MaxLength(50) @IsCleanText() name: string;
  @Field(() => [IndicatorInput], { description: 'The weighted indicators, 1-20, weights summing to 100' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IndicatorInput)
  indicators: IndicatorInput[];
}

@InputType({ description: 'An assessment cycle to open: its region, period and template.' })
export class OpenCycleInput {
  @Field(() => ID, { description: 'The county (or, by policy, township) whose workers are rated' }) @IsUUID() regionId: string;
  @Field(() => CycleKind, { description: 'A year, a half-year or a quarter' }) @IsEnum(CycleKind) kind: CycleKind;
  @Field(() => Int, { description: 'The calendar year' }) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => Int, { nullable: true, description: 'Half-year 1-2 or quarter 1-4; 1 for a year' }) @IsOptional() @IsInt() @Min(1) @Max(4) part?: number | null;
  @Field(() => ID, { nullable: true, description: 'Default: GridHR’s default template' }) @IsOptional() @IsUUID() templateId?: string | null;
}

@InputType({ description: 'An assessment cycle and the version you last read.' })
export class CycleVersionInput {
  @Field(() => ID, { description: 'The assessment cycle, in your scope' }) @IsUUID() cycleId: string;
  @Field(() => Int, { description: 'The version you last read' }) @IsInt() version: number;
}

@InputType({ description: 'A finalised cycle to re-open for a correction.' })
export class ReopenCycleInput extends CycleVersionInput {
  @Field({ description: 'Why the finalised results are corrected (audited)' })
  @IsString()
  @MinLength(4)
  @MaxLength(500)
  @IsCleanText({ multiline: true })
  reason: string;
}

@InputType('AssessmentScoreInput', { description: 'One worker’s score on an ENTERED indicator.' })
export class ScoreEntryInput {
  @Field(() => ID, { description: 'The worker, rated in the cycle and in your scope' }) @IsUUID() workerId: string;
  @Field({ description: 'The key of an ENTERED indicator' }) @IsString() @MaxLength(32) indicator: string;
  @Field(() => Float, { description: '0-100, at most two decimals' }) @IsNumber() score: number;
}

@InputType({ description: 'Scores of ENTERED indicators for a cycle, in bulk.' })
export class EnterScoresInput {
  @Field(() => ID, { description: 'The OPEN assessment cycle' }) @IsUUID() cycleId: string;
  @Field(() => [ScoreEntryInput], { description: 'One entry per worker and indicator, 1-5000' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => ScoreEntryInput)
  entries: ScoreEntryInput[];
}

@InputType({ description: 'The county’s review of one worker’s final score.' })
export class AdjustScoreInput {
  @Field(() => ID, { description: 'The assessment result' }) @IsUUID() resultId: string;
  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => Float, { nullable: true, description: 'The final score, 0-100; null removes the adjustment' }) @IsOptional() @IsNumber() score: number | null;
  @Field({ description: 'Why the county changes the score (audited), 4-500 characters' })
  @IsString()
  @MinLength(4)
  @MaxLength(500)
  @IsCleanText({ multiline: true })
  reason: string;
}
