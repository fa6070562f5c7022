import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { Fen, FenScalar, IsCleanText, LocalDateScalar } from '@gridhr/common';
import { WorkerCategory } from '@gridhr/workers';

@ObjectType('BudgetLine', { description: 'One category’s plan: headcount × monthly pay and employer insurance × months.' })
export class BudgetLineType {
  @Field(() => WorkerCategory, { description: 'The worker category (人员类别) the line plans for.' }) category: WorkerCategory;
  @Field(() => Int, { description: 'Planned number of workers.' }) headcount: number;
  @Field(() => FenScalar, { description: 'Pay per worker per month, in fen.' }) monthlyPayFen: Fen;
  @Field(() => FenScalar, { description: 'Employer’s social insurance contribution per worker per month, in fen.' }) monthlyEmployerInsuranceFen: Fen;
  @Field(() => Int, { description: 'Months of the year budgeted, 1-12.' }) months: number;
}

@ObjectType('BudgetTotals', { description: 'A budget’s totals for the year, in fen.' })
export class BudgetTotalsType {
  @Field(() => FenScalar, { description: 'Pay of every line (headcount × monthly pay × months), in fen.' }) payFen: Fen;
  @Field(() => FenScalar, { description: 'Employer social insurance of every line (headcount × monthly amount × months), in fen.' }) employerInsuranceFen: Fen;
  @Field(() => FenScalar, { description: 'Accident insurance premiums, in fen.' }) accidentPremiumsFen: Fen;
  @Field(() => FenScalar, { description: 'Training funds, in fen.' }) trainingFundsFen: Fen;
  @Field(() => FenScalar, { description: 'Everything together, in fen.' }) totalFen: Fen;
}

@ObjectType('Budget', { description: 'A county’s or township’s budget for grid workers for a year (Shanxi measures; Zigong art. 19).' })
export class BudgetType {
  @Field(() => ID, { description: 'The budget’s id.' }) id: string;
  @Field({ description: 'Code of the county or township the budget is for.' }) regionCode: string;
  @Field(() => Int, { description: 'The budget year.' }) year: number;
  @Field(() => [BudgetLineType], { description: 'The plan per worker category.' }) lines: BudgetLineType[];
  @Field(() => FenScalar, { description: 'Accident insurance premiums (意外伤害保险) budgeted for the year, in fen.' }) accidentPremiumsFen: Fen;
  @Field(() => FenScalar, { description: 'Training funds (培训经费) budgeted for the year, in fen.' }) trainingFundsFen: Fen;
  @Field(() => String, { nullable: true, description: 'A free note.' }) note: string | null;
  @Field({ description: 'Username of who last set the budget.' }) updatedBy: string;
  @Field(() => Int, { description: 'Version for optimistic locking: send it back to replace the budget.' }) version: number;
}

@ObjectType('BudgetMonth', { description: 'One month of budget execution: the plan against what was spent.' })
export class BudgetMonthType {
  @Field({ description: 'The month, YYYY-MM.' }) month: string;
  @Field(() => FenScalar, { description: 'The plan for the month (the year’s total spread evenly)' }) plannedFen: Fen;
  @Field(() => FenScalar, { description: 'Gross pay of approved and paid payroll' }) payFen: Fen;
  @Field(() => FenScalar, { description: 'Employer insurance of approved and paid payroll, in fen.' }) employerInsuranceFen: Fen;
  @Field(() => FenScalar, { description: 'Accident premiums of policies starting in the month' }) accidentPremiumsFen: Fen;
  @Field(() => FenScalar, { description: 'Spent in the month: pay, employer insurance and accident premiums, in fen.' }) actualFen: Fen;
  @Field(() => FenScalar, { description: 'The plan from January to this month, in fen.' }) cumulativePlannedFen: Fen;
  @Field(() => FenScalar, { description: 'Spent from January to this month, in fen.' }) cumulativeActualFen: Fen;
}

@ObjectType('BudgetExecution', { description: 'Budget versus actual: training funds are budgeted only (their spending is not recorded in GridHR).' })
export class BudgetExecutionType {
  @Field({ description: 'Code of the county or township.' }) regionCode: string;
  @Field({ description: 'Its name.' }) regionName: string;
  @Field(() => Int, { description: 'The budget year.' }) year: number;
  @Field(() => LocalDateScalar, { description: 'The day measured on (YYYY-MM-DD).' }) asOf: string;
  @Field(() => BudgetType, { nullable: true, description: 'The budget set for the year; null when none is set.' }) budget: BudgetType | null;
  @Field(() => BudgetTotalsType, { description: 'The year’s budget totals (zero when no budget is set).' }) totals: BudgetTotalsType;
  @Field(() => Int, { description: 'Months complete on asOf' }) monthsElapsed: number;
  @Field(() => [BudgetMonthType], { description: 'The twelve months of the year, plan against actual.' }) months: BudgetMonthType[];
  @Field(() => FenScalar, { description: 'Actual spending in the elapsed months, in fen.' }) actualToDateFen: Fen;
  @Field(() => FenScalar, { description: 'The plan for the elapsed months (the year’s total spread evenly), in fen.' }) plannedToDateFen: Fen;
  @Field(() => Float, { nullable: true, description: 'Actual so far as % of the year’s budget, one decimal' }) executionPercent: number | null;
  @Field(() => Float, { nullable: true, description: 'Actual so far as % of the plan so far, one decimal' }) progressPercent: number | null;
}

@InputType({ description: 'One category’s plan: headcount × (monthly pay + employer insurance) × months.' })
export class BudgetLineInput {
  @Field(() => WorkerCategory, { description: 'The worker category (人员类别).' }) @IsEnum(WorkerCategory) category: WorkerCategory;
  @Field(() => Int, { description: 'Planned number of workers.' }) @IsInt() headcount: number;
  @Field(() => FenScalar, { description: 'Pay per worker per month, in fen.' }) @IsInt() monthlyPayFen: Fen;
  @Field(() => FenScalar, { description: 'Employer’s social insurance contribution per worker per month, in fen.' }) @IsInt() monthlyEmployerInsuranceFen: Fen;
  @Field(() => Int, { defaultValue: 12, description: 'Months of the year budgeted, 1-12 (default 12).' }) @IsInt() months: number = 12;
}

@InputType({ description: 'A county’s or township’s budget for a year; it replaces the one set before.' })
export class SetBudgetInput {
  @Field(() => ID, { description: 'A county or township' }) @IsUUID() regionId: string;
  @Field(() => Int, { description: 'The budget year, 2000-2100.' }) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => Int, { nullable: true, description: 'The version you read; leave out for a new budget' }) @IsOptional() @IsInt() version?: number | null;
  @Field(() => [BudgetLineInput], { description: 'The plan per worker category.' })
  @ValidateNested({ each: true })
  @Type(() => BudgetLineInput)
  lines: BudgetLineInput[];
  @Field(() => FenScalar, { description: 'Accident insurance premiums (意外伤害保险) for the year, in fen.' }) @IsInt() accidentPremiumsFen: Fen;
  @Field(() => FenScalar, { description: 'Training funds (培训经费) for the year, in fen.' }) @IsInt() trainingFundsFen: Fen;
  @Field(() => String, { nullable: true, description: 'A free note, at most 500 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText({ multiline: true })
  note?: string | null;
}
