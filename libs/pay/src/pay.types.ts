import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { Connection, ConnectionArgs, Fen, FenScalar, LocalDateScalar } from '@gridhr/common';
import { MinimumWageStatus, PayFloor, PayItemKind, PayPeriodKind, PayrollRunKind, PayrollRunStatus } from './pay.enums';

registerEnumType(PayItemKind, {
  name: 'PayItemKind',
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
  },
});
registerEnumType(PayrollRunStatus, { name: 'PayrollRunStatus' });
registerEnumType(PayrollRunKind, { name: 'PayrollRunKind' });
registerEnumType(PayPeriodKind, { name: 'PayPeriodKind', description: 'A month, or a half month for 非全日制 pay (Labor Contract Law art. 72)' });
registerEnumType(PayFloor, { name: 'PayFloor' });
registerEnumType(MinimumWageStatus, { name: 'MinimumWageStatus' });

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const TIER = /^[^<>{}\\]{1,20}$/;

@ObjectType('MinimumWage', { description: 'A province tier’s minimum wage (最低工资标准) from a date, with its source.' })
export class MinimumWageType {
  @Field(() => ID) id: string;
  @Field() provinceCode: string;
  @Field() provinceName: string;
  @Field() tier: string;
  @Field(() => String, { nullable: true }) areas: string | null;
  @Field(() => FenScalar, { description: 'Monthly standard, fen' }) monthlyFen: Fen;
  @Field(() => FenScalar, { description: '非全日制 hourly standard, fen' }) hourlyFen: Fen;
  @Field(() => LocalDateScalar, { nullable: true }) effectiveFrom: string | null;
  @Field() source: string;
  @Field() verification: string;
  @Field(() => MinimumWageStatus) status: MinimumWageStatus;
  @Field() includesOwnContributions: boolean;
  @Field(() => String, { nullable: true }) confirmedBy: string | null;
  @Field(() => Int) version: number;
}

@ObjectType('CountyWageTier')
export class CountyWageTierType {
  @Field(() => ID) id: string;
  @Field() countyCode: string;
  @Field() tier: string;
  @Field(() => LocalDateScalar) effectiveFrom: string;
  @Field() source: string;
  @Field() setBy: string;
}

@ObjectType('PayItem')
export class PayItemType {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar, { description: 'First day of the pay period' }) periodFrom: string;
  @Field(() => PayItemKind) kind: PayItemKind;
  @Field(() => FenScalar) amountFen: Fen;
  @Field(() => Int, { nullable: true }) cases: number | null;
  @Field(() => FenScalar, { nullable: true }) rateFen: Fen | null;
  @Field(() => Int, { nullable: true }) minutes: number | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() enteredBy: string;
}

@ObjectType('FloorCheck', { description: 'A legal floor a pay line was checked against.' })
export class FloorCheckType {
  @Field(() => PayFloor) floor: PayFloor;
  @Field(() => FenScalar, { nullable: true, description: 'Null when it cannot be known' }) requiredFen: Fen | null;
  @Field(() => FenScalar) comparedFen: Fen;
  @Field(() => FenScalar) shortfallFen: Fen;
  @Field(() => ID, { nullable: true, description: 'The minimum-wage row used' }) minimumWageId: string | null;
  @Field(() => String, { nullable: true }) problem: string | null;
}

@ObjectType('PayLine')
export class PayLineType {
  @Field(() => ID) id: string;
  @Field({ description: 'The name as paid' }) workerName: string;
  @Field() category: string;
  @Field(() => String, { nullable: true }) employerName: string | null;
  @Field(() => Int) employedDays: number;
  @Field(() => FenScalar) baseFen: Fen;
  @Field(() => FenScalar) performanceFen: Fen;
  @Field(() => FenScalar) rewardFen: Fen;
  @Field(() => FenScalar) perCaseFen: Fen;
  @Field(() => FenScalar) allowanceFen: Fen;
  @Field(() => FenScalar) specialAllowanceFen: Fen;
  @Field(() => FenScalar) overtimeFen: Fen;
  @Field(() => FenScalar) deductionFen: Fen;
  @Field(() => FenScalar) grossFen: Fen;
  @Field(() => FenScalar) ownInsuranceFen: Fen;
  @Field(() => FenScalar) netFen: Fen;
  @Field(() => FenScalar) employerInsuranceFen: Fen;
  @Field(() => Int) minutes: number;
  @Field(() => String, { nullable: true, description: 'The assessment level performance pay was taken from, when it was' }) performanceBasis: string | null;
  @Field(() => [FloorCheckType]) floorChecks: FloorCheckType[];
  @Field() breach: boolean;
  @Field(() => FenScalar) shortfallFen: Fen;
}

@ObjectType('PayrollRun')
export class PayrollRunType {
  @Field(() => ID) id: string;
  @Field() regionCode: string;
  @Field() month: string;
  @Field(() => PayPeriodKind) periodKind: PayPeriodKind;
  @Field(() => LocalDateScalar) periodFrom: string;
  @Field(() => LocalDateScalar) periodTo: string;
  @Field(() => PayrollRunKind) kind: PayrollRunKind;
  @Field(() => Int) sequence: number;
  @Field(() => PayrollRunStatus) status: PayrollRunStatus;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Int) lineCount: number;
  @Field(() => FenScalar) grossFen: Fen;
  @Field(() => FenScalar) netFen: Fen;
  @Field(() => FenScalar) employerInsuranceFen: Fen;
  @Field(() => Int) breachCount: number;
  @Field() generatedBy: string;
  @Field(() => String, { nullable: true }) submittedBy: string | null;
  @Field(() => String, { nullable: true }) approvedBy: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) approvedOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) paidOn: string | null;
  @Field(() => Int) version: number;
}

@ObjectType()
export class PayrollRunConnection extends Connection(PayrollRunType, 'PayrollRun') {}

@ObjectType('PayrollGeneration', { description: 'A county’s payroll generation job and its progress.' })
export class PayrollGenerationType {
  @Field(() => ID) id: string;
  @Field() month: string;
  @Field() status: string;
  @Field(() => Int) townshipsTotal: number;
  @Field(() => Int) townshipsDone: number;
  @Field(() => Int) runsGenerated: number;
  @Field(() => [String]) skipped: string[];
  @Field(() => String, { nullable: true }) error: string | null;
}

@ArgsType()
export class PayrollRunsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'A region in your scope: its runs and those under it' }) @IsOptional() @IsUUID() regionId?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(MONTH, { message: 'must be a month as YYYY-MM' }) month?: string;
  @Field(() => PayrollRunStatus, { nullable: true }) @IsOptional() @IsEnum(PayrollRunStatus) status?: PayrollRunStatus;
}

@InputType()
export class MinimumWageInput {
  @Field({ description: 'Two digits (14: Shanxi)' }) @Matches(/^\d{2}$/, { message: 'must be the two-digit province code' }) provinceCode: string;
  @Field() @Matches(TIER, { message: 'must be 1-20 characters, no <>{}\\' }) tier: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) areas?: string | null;
  @Field(() => FenScalar) @IsInt() monthlyFen: Fen;
  @Field(() => FenScalar, { description: 'Fen per hour' }) @IsInt() hourlyFen: Fen;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() effectiveFrom?: string | null;
  @Field() @IsString() @MinLength(2) @MaxLength(300) source: string;
  @Field() @IsString() @MinLength(2) @MaxLength(300) verification: string;
  @Field({ description: 'Whether the standard includes the worker’s own social-insurance and housing-fund contributions' })
  @IsBoolean()
  includesOwnContributions: boolean;
}

@InputType()
export class UpdateMinimumWageInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field({ nullable: true }) @IsOptional() @Matches(TIER, { message: 'must be 1-20 characters, no <>{}\\' }) tier?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) areas?: string | null;
  @Field(() => FenScalar, { nullable: true }) @IsOptional() @IsInt() monthlyFen?: Fen;
  @Field(() => FenScalar, { nullable: true }) @IsOptional() @IsInt() hourlyFen?: Fen;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() effectiveFrom?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(2) @MaxLength(300) source?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(2) @MaxLength(300) verification?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() includesOwnContributions?: boolean;
}

@InputType()
export class ConfirmMinimumWageInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The date the notice takes effect (required when the row has none)' })
  @IsOptional()
  effectiveFrom?: string | null;
  @Field({ description: 'How it was verified, e.g. the notice number' }) @IsString() @MinLength(2) @MaxLength(300) verification: string;
}

@InputType()
export class SetCountyWageTierInput {
  @Field({ description: 'Six-digit county code' }) @Matches(/^\d{6}$/, { message: 'must be the six-digit county code' }) countyCode: string;
  @Field() @Matches(TIER, { message: 'must be 1-20 characters, no <>{}\\' }) tier: string;
  @Field(() => LocalDateScalar) effectiveFrom: string;
  @Field() @IsString() @MinLength(2) @MaxLength(300) source: string;
}

@InputType()
export class PayItemEntryInput {
  @Field(() => PayItemKind) @IsEnum(PayItemKind) kind: PayItemKind;
  @Field(() => FenScalar, { nullable: true, description: 'Fen; not for PER_CASE and HOURS' }) @IsOptional() @IsInt() amountFen?: Fen | null;
  @Field(() => Int, { nullable: true, description: 'PER_CASE: cases handled' }) @IsOptional() @IsInt() cases?: number | null;
  @Field(() => FenScalar, { nullable: true, description: 'PER_CASE: fen per case' }) @IsOptional() @IsInt() rateFen?: Fen | null;
  @Field(() => Int, { nullable: true, description: 'HOURS: minutes worked' }) @IsOptional() @IsInt() minutes?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) note?: string | null;
}

@InputType()
export class SetPayItemsInput {
  @Field(() => ID) @IsUUID() workerId: string;
  @Field({ description: 'YYYY-MM' }) @Matches(MONTH, { message: 'must be a month as YYYY-MM' }) month: string;
  @Field(() => Int, { nullable: true, description: 'For a 非全日制 worker: 1 (1st-15th) or 2 (16th-end)' }) @IsOptional() @IsIn([1, 2]) half?: number | null;
  @Field(() => [PayItemEntryInput], { description: 'The period’s items, replacing those entered before' })
  @ValidateNested({ each: true })
  @Type(() => PayItemEntryInput)
  items: PayItemEntryInput[];
}

@InputType()
export class GeneratePayrollInput {
  @Field(() => ID) @IsUUID() townshipId: string;
  @Field() @Matches(MONTH, { message: 'must be a month as YYYY-MM' }) month: string;
}

@InputType()
export class GenerateCountyPayrollInput {
  @Field(() => ID) @IsUUID() countyId: string;
  @Field() @Matches(MONTH, { message: 'must be a month as YYYY-MM' }) month: string;
}

@InputType()
export class PayrollRunRefInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you last read' }) @IsInt() version: number;
}

@InputType()
export class ReturnPayrollRunInput extends PayrollRunRefInput {
  @Field() @IsString() @MinLength(2) @MaxLength(500) reason: string;
}

@InputType()
export class MarkPayrollPaidInput extends PayrollRunRefInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default today' }) @IsOptional() paidOn?: string | null;
}

@InputType()
export class AdjustPayrollInput {
  @Field(() => ID) @IsUUID() townshipId: string;
  @Field() @Matches(MONTH, { message: 'must be a month as YYYY-MM' }) month: string;
  @Field(() => PayPeriodKind, { defaultValue: PayPeriodKind.MONTH }) @IsEnum(PayPeriodKind) periodKind: PayPeriodKind = PayPeriodKind.MONTH;
  @Field() @IsString() @MinLength(2) @MaxLength(500) reason: string;
}
