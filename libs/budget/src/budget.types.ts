import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { Fen, FenScalar, LocalDateScalar } from '@gridhr/common';
import { WorkerCategory } from '@gridhr/workers';

@ObjectType('BudgetLine', { description: 'One category’s plan: headcount × monthly pay and employer insurance × months.' })
export class BudgetLineType {
  @Field(() => WorkerCategory) category: WorkerCategory;
  @Field(() => Int) headcount: number;
  @Field(() => FenScalar) monthlyPayFen: Fen;
  @Field(() => FenScalar) monthlyEmployerInsuranceFen: Fen;
  @Field(() => Int) months: number;
}

@ObjectType('BudgetTotals')
export class BudgetTotalsType {
  @Field(() => FenScalar) payFen: Fen;
  @Field(() => FenScalar) employerInsuranceFen: Fen;
  @Field(() => FenScalar) accidentPremiumsFen: Fen;
  @Field(() => FenScalar) trainingFundsFen: Fen;
  @Field(() => FenScalar) totalFen: Fen;
}

@ObjectType('Budget', { description: 'A county’s or township’s budget for grid workers for a year (Shanxi measures; Zigong art. 19).' })
export class BudgetType {
  @Field(() => ID) id: string;
  @Field() regionCode: string;
  @Field(() => Int) year: number;
  @Field(() => [BudgetLineType]) lines: BudgetLineType[];
  @Field(() => FenScalar) accidentPremiumsFen: Fen;
  @Field(() => FenScalar) trainingFundsFen: Fen;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() updatedBy: string;
  @Field(() => Int) version: number;
}

@ObjectType('BudgetMonth')
export class BudgetMonthType {
  @Field() month: string;
  @Field(() => FenScalar, { description: 'The plan for the month (the year’s total spread evenly)' }) plannedFen: Fen;
  @Field(() => FenScalar, { description: 'Gross pay of approved and paid payroll' }) payFen: Fen;
  @Field(() => FenScalar) employerInsuranceFen: Fen;
  @Field(() => FenScalar, { description: 'Accident premiums of policies starting in the month' }) accidentPremiumsFen: Fen;
  @Field(() => FenScalar) actualFen: Fen;
  @Field(() => FenScalar) cumulativePlannedFen: Fen;
  @Field(() => FenScalar) cumulativeActualFen: Fen;
}

@ObjectType('BudgetExecution', { description: 'Budget versus actual: training funds are budgeted only (their spending is not recorded in GridHR).' })
export class BudgetExecutionType {
  @Field() regionCode: string;
  @Field() regionName: string;
  @Field(() => Int) year: number;
  @Field(() => LocalDateScalar) asOf: string;
  @Field(() => BudgetType, { nullable: true }) budget: BudgetType | null;
  @Field(() => BudgetTotalsType) totals: BudgetTotalsType;
  @Field(() => Int, { description: 'Months complete on asOf' }) monthsElapsed: number;
  @Field(() => [BudgetMonthType]) months: BudgetMonthType[];
  @Field(() => FenScalar) actualToDateFen: Fen;
  @Field(() => FenScalar) plannedToDateFen: Fen;
  @Field(() => Float, { nullable: true, description: 'Actual so far as % of the year’s budget, one decimal' }) executionPercent: number | null;
  @Field(() => Float, { nullable: true, description: 'Actual so far as % of the plan so far, one decimal' }) progressPercent: number | null;
}

@InputType()
export class BudgetLineInput {
  @Field(() => WorkerCategory) @IsEnum(WorkerCategory) category: WorkerCategory;
  @Field(() => Int) @IsInt() headcount: number;
  @Field(() => FenScalar) @IsInt() monthlyPayFen: Fen;
  @Field(() => FenScalar) @IsInt() monthlyEmployerInsuranceFen: Fen;
  @Field(() => Int, { defaultValue: 12 }) @IsInt() months: number = 12;
}

@InputType()
export class SetBudgetInput {
  @Field(() => ID, { description: 'A county or township' }) @IsUUID() regionId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => Int, { nullable: true, description: 'The version you read; leave out for a new budget' }) @IsOptional() @IsInt() version?: number | null;
  @Field(() => [BudgetLineInput]) @ValidateNested({ each: true }) @Type(() => BudgetLineInput) lines: BudgetLineInput[];
  @Field(() => FenScalar) @IsInt() accidentPremiumsFen: Fen;
  @Field(() => FenScalar) @IsInt() trainingFundsFen: Fen;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}
