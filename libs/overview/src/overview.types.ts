import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Fen, FenScalar } from '@gridhr/common';

@ObjectType('CategoryCount', { description: 'How many workers of one category.' })
export class CategoryCountType {
  @Field({ description: 'The worker category (WorkerCategory value).' }) category: string;
  @Field(() => Int, { description: 'The number of workers in that category.' }) count: number;
}

@ObjectType('SeverityCounts', { description: 'Open compliance flags by severity.' })
export class SeverityCountsType {
  @Field(() => Int, { description: 'Open LOW flags.' }) low: number;
  @Field(() => Int, { description: 'Open MEDIUM flags.' }) medium: number;
  @Field(() => Int, { description: 'Open HIGH flags.' }) high: number;
  @Field(() => Int, { description: 'Open CRITICAL flags.' }) critical: number;
}

@ObjectType('PayrollRunCounts', { description: 'Regular runs of the month by status, and their lines below a floor.' })
export class PayrollRunCountsType {
  @Field(() => Int, { description: 'Runs still DRAFT.' }) draft: number;
  @Field(() => Int, { description: 'Runs SUBMITTED to finance.' }) submitted: number;
  @Field(() => Int, { description: 'Runs APPROVED by finance.' }) approved: number;
  @Field(() => Int, { description: 'Runs PAID.' }) paid: number;
  @Field(() => Int, { description: 'Lines of these runs paid below a floor (minimum wage or the rural grid worker floor).' }) breaches: number;
}

@ObjectType('RegionOverview', { description: 'One region’s numbers, one level below the region asked for.' })
export class RegionOverviewType {
  @Field({ description: 'The region’s 12-digit code.' }) regionCode: string;
  @Field({ description: 'The region’s name.' }) regionName: string;
  @Field({ description: 'The region’s level (RegionLevel value).' }) level: string;
  @Field(() => Int, { description: 'ACTIVE grid workers (on duty) managed in the region.' }) activeWorkers: number;
  @Field(() => Int, { description: 'In pre-job training' }) onboardingWorkers: number;
  @Field(() => [CategoryCountType], { description: 'ACTIVE workers by category' }) workersByCategory: CategoryCountType[];
  @Field(() => Int, { description: 'Urban grids without an active full-time worker' }) vacancies: number;
  @Field(() => Int, { nullable: true, description: 'Days the longest open vacancy has been open; null when none.' }) longestVacancyDays: number | null;
  @Field(() => SeverityCountsType, { description: 'Open compliance flags' }) openFlags: SeverityCountsType;
  @Field(() => Int, { description: 'Open training.worker-behind flags' }) trainingBehind: number;
  @Field({ description: 'The month the payroll counts are for (last month)' }) payrollMonth: string;
  @Field(() => PayrollRunCountsType, { description: 'Last month’s regular payroll runs by status.' }) payrollRuns: PayrollRunCountsType;
  @Field(() => Int, { description: 'The year of the budget figures (this year).' }) budgetYear: number;
  @Field(() => FenScalar, { nullable: true, description: 'The region’s own budget for the year; null when none is set' }) budgetTotalFen: Fen | null;
  @Field(() => FenScalar, { description: 'Approved and paid payroll (pay and employer insurance) this year to last month' }) spentFen: Fen;
  @Field(() => Float, { nullable: true, description: 'Execution: spentFen as % of budgetTotalFen, one decimal; null when no budget is set.' })
  executionPercent: number | null;
}
