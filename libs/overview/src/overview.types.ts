import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Fen, FenScalar } from '@gridhr/common';

@ObjectType('CategoryCount')
export class CategoryCountType {
  @Field() category: string;
  @Field(() => Int) count: number;
}

@ObjectType('SeverityCounts')
export class SeverityCountsType {
  @Field(() => Int) low: number;
  @Field(() => Int) medium: number;
  @Field(() => Int) high: number;
  @Field(() => Int) critical: number;
}

@ObjectType('PayrollRunCounts', { description: 'Regular runs of the month by status, and their lines below a floor.' })
export class PayrollRunCountsType {
  @Field(() => Int) draft: number;
  @Field(() => Int) submitted: number;
  @Field(() => Int) approved: number;
  @Field(() => Int) paid: number;
  @Field(() => Int) breaches: number;
}

@ObjectType('RegionOverview', { description: 'One region’s numbers, one level below the region asked for.' })
export class RegionOverviewType {
  @Field() regionCode: string;
  @Field() regionName: string;
  @Field() level: string;
  @Field(() => Int) activeWorkers: number;
  @Field(() => Int, { description: 'In pre-job training' }) onboardingWorkers: number;
  @Field(() => [CategoryCountType], { description: 'ACTIVE workers by category' }) workersByCategory: CategoryCountType[];
  @Field(() => Int, { description: 'Urban grids without an active full-time worker' }) vacancies: number;
  @Field(() => Int, { nullable: true }) longestVacancyDays: number | null;
  @Field(() => SeverityCountsType, { description: 'Open compliance flags' }) openFlags: SeverityCountsType;
  @Field(() => Int, { description: 'Open training.worker-behind flags' }) trainingBehind: number;
  @Field({ description: 'The month the payroll counts are for (last month)' }) payrollMonth: string;
  @Field(() => PayrollRunCountsType) payrollRuns: PayrollRunCountsType;
  @Field(() => Int) budgetYear: number;
  @Field(() => FenScalar, { nullable: true, description: 'The region’s own budget for the year; null when none is set' }) budgetTotalFen: Fen | null;
  @Field(() => FenScalar, { description: 'Approved and paid payroll (pay and employer insurance) this year to last month' }) spentFen: Fen;
  @Field(() => Float, { nullable: true }) executionPercent: number | null;
}
