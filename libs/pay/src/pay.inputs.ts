// The arguments and inputs of pay's queries and mutations, checked at the edge.
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ConnectionArgs, Fen, FenScalar, IsBusinessDate, IsCleanText, LocalDateScalar } from '@gridhr/common';
import { PayItemKind, PayPeriodKind, PayrollRunStatus } from './pay.enums';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const TIER = /^[^<>{}\\]{1,20}$/;

@ArgsType()
export class PayrollRunsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'A region in your scope: its runs and those under it' }) @IsOptional() @IsUUID() regionId?: string;
  @Field({ nullable: true, description: 'Only runs of this month, YYYY-MM' })
  @IsOptional()
  @Matches(MONTH, { message: 'must be a month as YYYY-MM' })
  month?: string;
  @Field(() => PayrollRunStatus, { nullable: true, description: 'Only runs in this status' }) @IsOptional() @IsEnum(PayrollRunStatus) status?: PayrollRunStatus;
}

@InputType({ description: 'A province tier’s minimum wage from a new notice; it stays UNCONFIRMED until confirmMinimumWage.' })
export class MinimumWageInput {
  @Field({ description: 'Two digits (14: Shanxi)' }) @Matches(/^\d{2}$/, { message: 'must be the two-digit province code' }) provinceCode: string;
  @Field({ description: 'The tier as the notice names it (一类, 二档 …), 1-20 characters' })
  @Matches(TIER, { message: 'must be 1-20 characters, no <>{}\\' })
  tier: string;
  @Field(() => String, {
    nullable: true,
    description: 'The areas of the tier as the notice lists them, up to 500 characters (a hint; the county mapping decides)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText()
  areas?: string | null;
  @Field(() => FenScalar, { description: 'The monthly standard for full-time staff, in fen (分): 1980 yuan is 198000' }) @IsInt() monthlyFen: Fen;
  @Field(() => FenScalar, { description: 'Fen per hour' }) @IsInt() hourlyFen: Fen;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The date (YYYY-MM-DD) the standard takes effect; may be left empty until known' })
  @IsOptional()
  @IsBusinessDate()
  effectiveFrom?: string | null;
  @Field({ description: 'The notice (文件名和文号) or its address, 2-300 characters' }) @IsString() @MinLength(2) @MaxLength(300) @IsCleanText() source: string;
  @Field({ description: 'How the figures were checked against the source, 2-300 characters' })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  @IsCleanText()
  verification: string;
  @Field({ description: 'Whether the standard includes the worker’s own social-insurance and housing-fund contributions' })
  @IsBoolean()
  includesOwnContributions: boolean;
}

@InputType({ description: 'A correction of a minimum-wage row; only the fields given change, and a changed row is UNCONFIRMED again.' })
export class UpdateMinimumWageInput {
  @Field(() => ID, { description: 'The minimum-wage row to correct' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field({ nullable: true, description: 'New tier name, 1-20 characters' })
  @IsOptional()
  @Matches(TIER, { message: 'must be 1-20 characters, no <>{}\\' })
  tier?: string;
  @Field(() => String, { nullable: true, description: 'New list of areas (null clears it)' }) @IsOptional() @IsString() @MaxLength(500) @IsCleanText() areas?:
    string | null;
  @Field(() => FenScalar, { nullable: true, description: 'New monthly standard, in fen' }) @IsOptional() @IsInt() monthlyFen?: Fen;
  @Field(() => FenScalar, { nullable: true, description: 'New 非全日制 hourly standard, in fen per hour' }) @IsOptional() @IsInt() hourlyFen?: Fen;
  @Field(() => LocalDateScalar, { nullable: true, description: 'New effective date, YYYY-MM-DD (null clears it)' })
  @IsOptional()
  @IsBusinessDate()
  effectiveFrom?: string | null;
  @Field({ nullable: true, description: 'New source, 2-300 characters' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  @IsCleanText()
  source?: string;
  @Field({ nullable: true, description: 'New account of how it was verified, 2-300 characters' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  @IsCleanText()
  verification?: string;
  @Field({ nullable: true, description: 'Whether the standard includes the worker’s own contributions' })
  @IsOptional()
  @IsBoolean()
  includesOwnContributions?: boolean;
}

@InputType({ description: 'Confirms a minimum-wage row so that payroll applies it from its date.' })
export class ConfirmMinimumWageInput {
  @Field(() => ID, { description: 'The minimum-wage row to confirm' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The date the notice takes effect (required when the row has none)' })
  @IsOptional()
  @IsBusinessDate()
  effectiveFrom?: string | null;
  @Field({ description: 'How it was verified, e.g. the notice number' }) @IsString() @MinLength(2) @MaxLength(300) @IsCleanText() verification: string;
}

@InputType({ description: 'Puts a county in a tier of its province’s minimum wage from a date.' })
export class SetCountyWageTierInput {
  @Field({ description: 'Six-digit county code' }) @Matches(/^\d{6}$/, { message: 'must be the six-digit county code' }) countyCode: string;
  @Field({ description: 'The tier name, as in MinimumWage.tier of the county’s province' })
  @Matches(TIER, { message: 'must be 1-20 characters, no <>{}\\' })
  tier: string;
  @Field(() => LocalDateScalar, { description: 'From which date (YYYY-MM-DD) the county is in the tier' }) @IsBusinessDate() effectiveFrom: string;
  @Field({ description: 'The notice annex that names the county’s tier, 2-300 characters' })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  @IsCleanText()
  source: string;
}

@InputType({ description: 'One pay item of a period: an amount, or cases × rate for PER_CASE, or minutes for HOURS.' })
export class PayItemEntryInput {
  @Field(() => PayItemKind, { description: 'What the item is (绩效, 以奖代补, 以案定补, 扣款 …)' }) @IsEnum(PayItemKind) kind: PayItemKind;
  @Field(() => FenScalar, { nullable: true, description: 'Fen; not for PER_CASE and HOURS' }) @IsOptional() @IsInt() amountFen?: Fen | null;
  @Field(() => Int, { nullable: true, description: 'PER_CASE: cases handled' }) @IsOptional() @IsInt() cases?: number | null;
  @Field(() => FenScalar, { nullable: true, description: 'PER_CASE: fen per case' }) @IsOptional() @IsInt() rateFen?: Fen | null;
  @Field(() => Int, { nullable: true, description: 'HOURS: minutes worked' }) @IsOptional() @IsInt() minutes?: number | null;
  @Field(() => String, { nullable: true, description: 'Free text, up to 200 characters, e.g. what a deduction is for' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsCleanText()
  note?: string | null;
}

@InputType({ description: 'A worker’s pay items of one pay period, replacing those entered before.' })
export class SetPayItemsInput {
  @Field(() => ID, { description: 'The worker, in your scope' }) @IsUUID() workerId: string;
  @Field({ description: 'YYYY-MM' }) @Matches(MONTH, { message: 'must be a month as YYYY-MM' }) month: string;
  @Field(() => Int, { nullable: true, description: 'For a 非全日制 worker: 1 (1st-15th) or 2 (16th-end)' }) @IsOptional() @IsIn([1, 2]) half?: number | null;
  @Field(() => [PayItemEntryInput], { description: 'The period’s items, replacing those entered before' })
  @ValidateNested({ each: true })
  @Type(() => PayItemEntryInput)
  items: PayItemEntryInput[];
}

@InputType({ description: 'Which township’s payroll to draft, and for which month.' })
export class GeneratePayrollInput {
  @Field(() => ID, { description: 'The township (乡镇/街道) whose workers are paid, in your scope' }) @IsUUID() townshipId: string;
  @Field({ description: 'The month to pay, YYYY-MM' }) @Matches(MONTH, { message: 'must be a month as YYYY-MM' }) month: string;
}

@InputType({ description: 'Which county’s townships to draft payroll for, and for which month.' })
export class GenerateCountyPayrollInput {
  @Field(() => ID, { description: 'The county (县/市/区), in your scope' }) @IsUUID() countyId: string;
  @Field({ description: 'The month to pay, YYYY-MM' }) @Matches(MONTH, { message: 'must be a month as YYYY-MM' }) month: string;
}

@InputType({ description: 'A payroll run and the version you last read (optimistic locking: a stale version is refused with CONFLICT).' })
export class PayrollRunRefInput {
  @Field(() => ID, { description: 'The payroll run (工资发放批次) to act on' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you last read' }) @IsInt() version: number;
}

@InputType({ description: 'Sends a SUBMITTED payroll run back to DRAFT, with the reason.' })
export class ReturnPayrollRunInput extends PayrollRunRefInput {
  @Field({ description: 'Why it is returned (shown to the township), 2-500 characters' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  @IsCleanText({ multiline: true })
  reason: string;
}

@InputType({ description: 'Records that an APPROVED payroll run has been paid out.' })
export class MarkPayrollPaidInput extends PayrollRunRefInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the pay was paid out, YYYY-MM-DD; default today' })
  @IsOptional()
  @IsBusinessDate()
  paidOn?: string | null;
}

@InputType({ description: 'A correction of a township’s approved pay period: a new run of the differences.' })
export class AdjustPayrollInput {
  @Field(() => ID, { description: 'The township whose approved payroll is corrected' }) @IsUUID() townshipId: string;
  @Field({ description: 'The month corrected, YYYY-MM' }) @Matches(MONTH, { message: 'must be a month as YYYY-MM' }) month: string;
  @Field(() => PayPeriodKind, { defaultValue: PayPeriodKind.MONTH, description: 'Which period of the month: MONTH, or a half month for 非全日制 pay' })
  @IsEnum(PayPeriodKind)
  periodKind: PayPeriodKind = PayPeriodKind.MONTH;
  @Field({ description: 'Why the correction is made (kept as the run’s note), 2-500 characters' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  @IsCleanText({ multiline: true })
  reason: string;
}
