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
import { Connection, ConnectionArgs, JsonScalar, LocalDateScalar } from '@gridhr/common';
import { WorkerCategory } from '@gridhr/workers';
import { ASSESSMENT_LABELS, AssessmentLevel, CycleKind, CycleStatus, EnteringUnit, IndicatorKind } from './assessment.enums';

const describe = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v }]));

registerEnumType(CycleKind, { name: 'CycleKind', valuesMap: describe(ASSESSMENT_LABELS.kind) });
registerEnumType(CycleStatus, { name: 'CycleStatus' });
registerEnumType(AssessmentLevel, { name: 'AssessmentLevel', valuesMap: describe(ASSESSMENT_LABELS.level) });
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
});
registerEnumType(EnteringUnit, { name: 'EnteringUnit', valuesMap: { TOWNSHIP: { description: '乡镇（街道）' }, COUNTY: { description: '县级' } } });

@ObjectType('Indicator', { description: 'A weighted indicator of an assessment template' })
export class IndicatorType {
  @Field() key: string;
  @Field() label: string;
  @Field(() => IndicatorKind) kind: IndicatorKind;
  @Field(() => Int, { description: 'Whole percent; a template’s weights sum to 100' }) weight: number;
  @Field(() => EnteringUnit, { nullable: true }) enteredBy?: EnteringUnit;
  @Field(() => Float, { nullable: true }) targetPerWeek?: number;
  @Field(() => JsonScalar, { nullable: true, description: 'MISCONDUCT: points per finding, by MisconductKind' }) deductions?: Record<string, number>;
  @Field(() => String, { nullable: true }) source?: string;
}

@ObjectType('AssessmentTemplate')
export class AssessmentTemplateType {
  @Field(() => ID, { nullable: true, description: 'Null for GridHR’s default template' }) id: string | null;
  @Field() name: string;
  @Field(() => String, { nullable: true }) regionCode: string | null;
  @Field(() => [IndicatorType]) indicators: IndicatorType[];
}

@ObjectType('AssessmentCycle')
export class AssessmentCycleType {
  @Field(() => ID) id: string;
  @Field({ description: 'Code of the county (or township) whose workers are rated' }) regionCode: string;
  @Field(() => CycleKind) kind: CycleKind;
  @Field(() => Int) year: number;
  @Field(() => Int) part: number;
  @Field({ description: '"2025", "2026H1", "2026Q3"' }) label: string;
  @Field(() => LocalDateScalar) periodStart: string;
  @Field(() => LocalDateScalar) periodEnd: string;
  @Field() templateName: string;
  @Field(() => [IndicatorType]) indicators: IndicatorType[];
  @Field(() => CycleStatus) status: CycleStatus;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The figures are measured up to this day' }) measuredTo: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) finalisedOn: string | null;
  @Field(() => String, { nullable: true }) finalisedBy: string | null;
  @Field(() => JsonScalar, { nullable: true, description: 'The level thresholds in force when finalised' }) thresholds: unknown;
  @Field(() => Int, { nullable: true }) excellentQuotaPercent: number | null;
  @Field(() => Int) reopenings: number;
  @Field(() => Int) version: number;
}

@ObjectType()
export class AssessmentCycleConnection extends Connection(AssessmentCycleType, 'AssessmentCycle') {}

@ObjectType('WorkerMeasures', { description: 'The figures behind the computed indicators' })
export class WorkerMeasuresType {
  @Field(() => Int) weeksOnDuty: number;
  @Field(() => Int) weeksVisited: number;
  @Field(() => Float, { nullable: true, description: 'Weeks visited ÷ weeks on duty, percent with one decimal' }) visitRate: number | null;
  @Field(() => Int) eventsReported: number;
  @Field(() => Int) eventsClosedOnTime: number;
  @Field(() => Float, { nullable: true }) satisfaction: number | null;
  @Field(() => Int) trainingCountyDone: number;
  @Field(() => Int) trainingTownshipDone: number;
  @Field(() => Int) trainingCountyDue: number;
  @Field(() => Int) trainingTownshipDue: number;
  @Field(() => JsonScalar, { description: 'Findings of misconduct in the period, by kind' }) misconduct: unknown;
}

@ObjectType('IndicatorScore')
export class IndicatorScoreType {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Float, { nullable: true, description: 'Points 0-100; null when not measured or not entered' }) score: number | null;
}

@ObjectType('AssessmentResult')
export class AssessmentResultType {
  @Field(() => ID) id: string;
  @Field() regionCode: string;
  @Field(() => WorkerCategory) category: WorkerCategory;
  @Field() rated: boolean;
  @Field(() => AssessmentLevel, { nullable: true }) level: AssessmentLevel | null;
  @Field(() => Int, { nullable: true, description: 'Stars after this cycle (set when finalised)' }) stars: number | null;
  @Field(() => String, { nullable: true }) adjustmentReason: string | null;
  @Field(() => Int) version: number;
}

@ObjectType()
export class AssessmentResultConnection extends Connection(AssessmentResultType, 'AssessmentResult') {}

@ObjectType('LevelDistribution')
export class LevelDistributionType {
  @Field() townshipCode: string;
  @Field() townshipName: string;
  @Field(() => Int) rated: number;
  @Field(() => Int) excellent: number;
  @Field(() => Int) competent: number;
  @Field(() => Int) basic: number;
  @Field(() => Int) incompetent: number;
  @Field(() => Int) unscored: number;
  @Field(() => Float, { nullable: true }) average: number | null;
}

@ObjectType('MissingScore', { description: 'A rated worker without a final score' })
export class MissingScoreType {
  @Field(() => ID) resultId: string;
  @Field(() => ID) workerId: string;
  @Field() name: string;
  @Field({ description: 'Masked' }) idNumber: string;
  @Field() regionCode: string;
  @Field() townshipName: string;
  @Field(() => [String], { description: 'The indicators still to enter' }) missing: string[];
}

@ArgsType()
export class CyclesArgs extends ConnectionArgs {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(2000) @Max(2100) year?: number | null;
  @Field(() => CycleStatus, { nullable: true }) @IsOptional() @IsEnum(CycleStatus) status?: CycleStatus | null;
}

@ArgsType()
export class ResultsArgs extends ConnectionArgs {
  @Field(() => ID) @IsUUID() cycleId: string;
  @Field(() => ID, { nullable: true, description: 'Workers managed within this region subtree' }) @IsOptional() @IsUUID() regionId?: string | null;
  @Field(() => AssessmentLevel, { nullable: true }) @IsOptional() @IsEnum(AssessmentLevel) level?: AssessmentLevel | null;
}

@InputType()
export class IndicatorInput {
  @Field() @Matches(/^[a-z][a-zA-Z0-9]{1,31}$/, { message: 'must be 2-32 letters or digits, starting with a lower-case letter' }) key: string;
  @Field() @IsString() @MinLength(1) @MaxLength(30) label: string;
  @Field(() => IndicatorKind) @IsEnum(IndicatorKind) kind: IndicatorKind;
  @Field(() => Int) @IsInt() @Min(1) @Max(100) weight: number;
  @Field(() => EnteringUnit, { nullable: true }) @IsOptional() @IsEnum(EnteringUnit) enteredBy?: EnteringUnit;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() targetPerWeek?: number;
  @Field(() => JsonScalar, { nullable: true }) @IsOptional() @IsObject() deductions?: Record<string, number>;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) source?: string;
}

@InputType()
export class CreateTemplateInput {
  @Field(() => ID, { description: 'The county (or township) that keeps the template' }) @IsUUID() regionId: string;
  @Field() @IsString() @MinLength(2) @MaxLength(50) name: string;
  @Field(() => [IndicatorInput]) @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => IndicatorInput) indicators: IndicatorInput[];
}

@InputType()
export class OpenCycleInput {
  @Field(() => ID, { description: 'The county (or, by policy, township) whose workers are rated' }) @IsUUID() regionId: string;
  @Field(() => CycleKind) @IsEnum(CycleKind) kind: CycleKind;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => Int, { nullable: true, description: 'Half-year 1-2 or quarter 1-4; 1 for a year' }) @IsOptional() @IsInt() @Min(1) @Max(4) part?: number | null;
  @Field(() => ID, { nullable: true, description: 'Default: GridHR’s default template' }) @IsOptional() @IsUUID() templateId?: string | null;
}

@InputType()
export class CycleVersionInput {
  @Field(() => ID) @IsUUID() cycleId: string;
  @Field(() => Int, { description: 'The version you last read' }) @IsInt() version: number;
}

@InputType()
export class ReopenCycleInput extends CycleVersionInput {
  @Field({ description: 'Why the finalised results are corrected (audited)' }) @IsString() @MinLength(4) @MaxLength(500) reason: string;
}

@InputType('AssessmentScoreInput')
export class ScoreEntryInput {
  @Field(() => ID) @IsUUID() workerId: string;
  @Field({ description: 'The key of an ENTERED indicator' }) @IsString() @MaxLength(32) indicator: string;
  @Field(() => Float, { description: '0-100, at most two decimals' }) @IsNumber() score: number;
}

@InputType()
export class EnterScoresInput {
  @Field(() => ID) @IsUUID() cycleId: string;
  @Field(() => [ScoreEntryInput]) @ArrayMinSize(1) @ArrayMaxSize(5000) @ValidateNested({ each: true }) @Type(() => ScoreEntryInput) entries: ScoreEntryInput[];
}

@InputType()
export class AdjustScoreInput {
  @Field(() => ID) @IsUUID() resultId: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => Float, { nullable: true, description: 'The final score, 0-100; null removes the adjustment' }) @IsOptional() @IsNumber() score: number | null;
  @Field({ description: 'Why (audited)' }) @IsString() @MinLength(4) @MaxLength(500) reason: string;
}
