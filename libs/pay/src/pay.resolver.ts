import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AuthUser, CurrentUser, LoaderContext, ParseId, requestLoader, Role, Roles, selects } from '@gridhr/common';
import { RegionsService, RegionType } from '@gridhr/org';
import { WorkerType } from '@gridhr/workers';
import { MinimumWagesService } from './minimum-wages.service';
import { PayItemsService } from './pay-items.service';
import {
  AdjustPayrollInput,
  ConfirmMinimumWageInput,
  GenerateCountyPayrollInput,
  GeneratePayrollInput,
  MarkPayrollPaidInput,
  MinimumWageInput,
  PayrollRunRefInput,
  PayrollRunsArgs,
  ReturnPayrollRunInput,
  SetCountyWageTierInput,
  SetPayItemsInput,
  UpdateMinimumWageInput,
} from './pay.inputs';
import { CountyWageTierType, MinimumWageType, PayItemType, PayLineType, PayrollGenerationType, PayrollRunConnection, PayrollRunType } from './pay.types';
import { PayLine, PayrollRun } from './payroll.entity';
import { CountyPayrollRequests } from './county-payroll.service';
import { STEPS } from './payroll-run.rules';
import { PayrollService } from './payroll.service';

/** Roles that keep a township's pay inputs and drafts. */
const PAY_KEEPERS = [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC];

@Resolver(() => MinimumWageType)
export class MinimumWagesResolver {
  constructor(private readonly wages: MinimumWagesService) {}

  @Query(() => [MinimumWageType], { description: 'The minimum-wage table: every row with its source; UNCONFIRMED rows are shown, never applied.' })
  minimumWages(
    @Args('provinceCode', { nullable: true, description: 'Only this province’s rows: the two-digit code (14: Shanxi); omit for all provinces' })
    provinceCode?: string,
  ) {
    return this.wages.list(provinceCode);
  }

  @Query(() => [CountyWageTierType], { description: 'Which tier each county is in, from which date.' })
  countyWageTiers(@Args('countyCodePrefix', { description: '2, 4 or 6 digits' }) prefix: string) {
    return this.wages.tiers(prefix.replace(/\D/g, '').slice(0, 6));
  }

  @Mutation(() => MinimumWageType, { description: 'Enters a province tier’s standard from a new notice (UNCONFIRMED until confirmed).' })
  @Roles(Role.SYSADMIN)
  addMinimumWage(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The tier, its monthly and hourly standards in fen, the effective date and the source' }) input: MinimumWageInput,
  ) {
    return this.wages.add(user, input);
  }

  @Mutation(() => MinimumWageType, { description: 'Corrects a row; a changed row must be confirmed again.' })
  @Roles(Role.SYSADMIN)
  updateMinimumWage(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The row, the version you last read, and the fields to change' }) input: UpdateMinimumWageInput,
  ) {
    return this.wages.update(user, input);
  }

  @Mutation(() => MinimumWageType, { description: 'Confirms a row with its date: from then on it applies.' })
  @Roles(Role.SYSADMIN)
  confirmMinimumWage(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The row, the version you last read, the effective date and how it was verified' }) input: ConfirmMinimumWageInput,
  ) {
    return this.wages.confirm(user, input);
  }

  @Mutation(() => CountyWageTierType, { description: 'Puts a county in a tier of its province’s standard from a date.' })
  @Roles(Role.SYSADMIN)
  setCountyWageTier(@CurrentUser() user: AuthUser, @Args('input', { description: 'The county, its tier and from which date' }) input: SetCountyWageTierInput) {
    return this.wages.setCountyTier(user, input);
  }
}

@Resolver(() => PayrollRunType)
export class PayrollResolver {
  constructor(
    private readonly payroll: PayrollService,
    private readonly items: PayItemsService,
    private readonly counties: CountyPayrollRequests,
    private readonly regions: RegionsService,
  ) {}

  @Query(() => [PayItemType], { description: 'A worker’s pay items of a month.' })
  payItems(
    @CurrentUser() user: AuthUser,
    @Args('workerId', { type: () => ID, description: 'The worker, in your scope' }, ParseId) workerId: string,
    @Args('month', { description: 'The month, YYYY-MM' }) month: string,
  ) {
    return this.items.list(user, { workerId, month });
  }

  @Mutation(() => [PayItemType], { description: 'Sets a worker’s pay items of a period (replacing those entered); in the worker’s history.' })
  @Roles(...PAY_KEEPERS)
  setPayItems(@CurrentUser() user: AuthUser, @Args('input', { description: 'The worker, the period and its items' }) input: SetPayItemsInput) {
    return this.items.set(user, input);
  }

  @Query(() => PayrollRunConnection, { description: 'Payroll runs in your scope, newest month first, filtered by region, month and status.' })
  payrollRuns(@CurrentUser() user: AuthUser, @Args() args: PayrollRunsArgs, @Info() info: GraphQLResolveInfo) {
    return this.payroll.list(user, args, selects(info, 'totalCount'));
  }

  @Query(() => PayrollRunType, { description: 'One payroll run in your scope, with its lines; NOT_FOUND outside your scope.' })
  payrollRun(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The payroll run' }, ParseId) id: string) {
    return this.payroll.get(user, id);
  }

  @Mutation(() => [PayrollRunType], { description: 'Drafts (or refreshes the drafts of) a township’s payroll of a month from contracts and pay items.' })
  @Roles(...PAY_KEEPERS)
  generatePayroll(@CurrentUser() user: AuthUser, @Args('input', { description: 'The township and the month' }) input: GeneratePayrollInput) {
    return this.payroll.generateFor(user, input);
  }

  @Mutation(() => PayrollGenerationType, { description: 'Drafts every township’s payroll of a month as a background job; follow it with payrollGeneration.' })
  @Roles(Role.COUNTY_PLC, Role.FINANCE)
  generateCountyPayroll(@CurrentUser() user: AuthUser, @Args('input', { description: 'The county and the month' }) input: GenerateCountyPayrollInput) {
    return this.counties.request(user, input);
  }

  @Query(() => PayrollGenerationType, { description: 'Progress of a county payroll generation job started by generateCountyPayroll.' })
  payrollGeneration(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID, description: 'The id returned by generateCountyPayroll' }, ParseId) id: string,
  ) {
    return this.counties.get(user, id);
  }

  @Mutation(() => PayrollRunType, { description: 'Recomputes a DRAFT run from what is on record now.' })
  @Roles(...PAY_KEEPERS)
  refreshPayrollRun(@CurrentUser() user: AuthUser, @Args('input', { description: 'The run and the version you last read' }) input: PayrollRunRefInput) {
    return this.payroll.refresh(user, input);
  }

  @Mutation(() => PayrollRunType, { description: 'Submits a DRAFT run to finance (TOWNSHIP_STAFF, COUNTY_PLC); the run can no longer be refreshed.' })
  @Roles(...STEPS.submit.roles)
  submitPayrollRun(@CurrentUser() user: AuthUser, @Args('input', { description: 'The run and the version you last read' }) input: PayrollRunRefInput) {
    return this.payroll.step(user, 'submit', input);
  }

  @Mutation(() => PayrollRunType, { description: 'Sends a submitted run back to DRAFT, with the reason.' })
  @Roles(...STEPS.return.roles)
  returnPayrollRun(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The run, the version you last read and the reason' }) input: ReturnPayrollRunInput,
  ) {
    return this.payroll.step(user, 'return', input);
  }

  @Mutation(() => PayrollRunType, { description: 'Approves a submitted run; refused while any line is below a legal floor.' })
  @Roles(...STEPS.approve.roles)
  approvePayrollRun(@CurrentUser() user: AuthUser, @Args('input', { description: 'The run and the version you last read' }) input: PayrollRunRefInput) {
    return this.payroll.step(user, 'approve', input);
  }

  @Mutation(() => PayrollRunType, { description: 'Records that an APPROVED run was paid out (FINANCE), on paidOn or today.' })
  @Roles(...STEPS.pay.roles)
  markPayrollRunPaid(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The run, the version you last read and the date paid' }) input: MarkPayrollPaidInput,
  ) {
    return this.payroll.step(user, 'pay', input);
  }

  @Mutation(() => PayrollRunType, { description: 'A correction of an approved period: a run of the differences.' })
  @Roles(...PAY_KEEPERS)
  adjustPayroll(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The township, the month, the period and the reason' }) input: AdjustPayrollInput,
  ) {
    return this.payroll.adjust(user, input);
  }

  @ResolveField(() => RegionType, { description: 'The township (乡镇/街道) whose workers the run pays' })
  township(@Parent() run: PayrollRun, @Context() context: LoaderContext) {
    return this.regions.rowOf(context, run.township.id);
  }

  @ResolveField(() => [PayLineType], { description: 'One line per worker paid, with the amounts and the floors checked' })
  lines(@Parent() run: PayrollRun, @Context() context: LoaderContext) {
    return requestLoader(context, 'payLines', (ids: readonly string[]) => this.payroll.linesOf(ids)).load(run.id);
  }
}

@Resolver(() => PayLineType)
export class PayLineResolver {
  @ResolveField(() => WorkerType, { description: 'The worker (ID number and phone masked as for any worker view)' })
  worker(@Parent() line: PayLine) {
    return line.worker;
  }
}
