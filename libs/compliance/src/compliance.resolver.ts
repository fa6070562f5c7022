import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, LoaderContext, ParseId, requestLoader, Role, Roles } from '@gridhr/common';
import { Worker, WorkerType } from '@gridhr/workers';
import { ComplianceFlag } from './compliance-flag.entity';
import {
  ComplianceCountType,
  ComplianceFlagConnection,
  ComplianceFlagsArgs,
  ComplianceFlagType,
  ComplianceHistoryArgs,
  ComplianceMonthType,
  ComplianceRuleType,
  RunScanArgs,
  ScanRunsArgs,
  ScanRunType,
} from './compliance.types';
import { FlagsService } from './flags.service';
import { RuleRegistry } from './rule-registry';
import { ScanService } from './scan.service';
import { ComplianceCountsReport } from './compliance.reports';
import { FlagHistoryReport } from './flag-history.report';

@Resolver(() => ComplianceFlagType)
export class ComplianceResolver {
  constructor(
    private readonly flags: FlagsService,
    private readonly scans: ScanService,
    private readonly registry: RuleRegistry,
    private readonly counts: ComplianceCountsReport,
    private readonly history: FlagHistoryReport,
  ) {}

  @Query(() => [ComplianceRuleType], { description: 'Every rule the compliance scans check.' })
  complianceRules() {
    return this.registry.all();
  }

  @Query(() => ComplianceFlagConnection, { description: 'Compliance flags in your scope, newest first.' })
  complianceFlags(@CurrentUser() user: AuthUser, @Args() args: ComplianceFlagsArgs) {
    return this.flags.list(user, args);
  }

  @Query(() => ComplianceFlagType, { description: 'One compliance flag in your scope; NOT_FOUND outside it.' })
  complianceFlag(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The flag’s id.' }, ParseId) id: string) {
    return this.flags.get(user, id);
  }

  @Query(() => [ComplianceCountType], { description: 'Open flags per rule per township (the dashboard numbers).' })
  complianceCounts(
    @CurrentUser() user: AuthUser,
    @Args('regionId', { type: () => ID, nullable: true, description: 'The region to count under, in your scope; your scope region when omitted.' }, ParseId)
    regionId?: string,
  ) {
    return this.counts.rows(user, regionId);
  }

  @Query(() => [ComplianceMonthType], {
    description:
      'Flags opened, resolved and open at the month’s end per rule per month in your scope (the flag history); rules with none in a month are left out.',
  })
  complianceHistory(@CurrentUser() user: AuthUser, @Args() args: ComplianceHistoryArgs) {
    return this.history.rows(user, args);
  }

  @Query(() => [ScanRunType], { description: 'Recent scans covering your scope, newest first.' })
  scanRuns(@CurrentUser() user: AuthUser, @Args() args: ScanRunsArgs) {
    return this.flags.runs(user, args.first);
  }

  @Query(() => ScanRunType, { description: 'One compliance scan run covering your scope: its status and what it changed.' })
  scanRun(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID, description: 'The scan run’s id (as runComplianceScan returned it).' }, ParseId) id: string,
  ) {
    return this.flags.run(user, id);
  }

  @Mutation(() => ScanRunType, { description: 'Queues a compliance scan now; while the same scan is pending, returns that one.' })
  @Roles(Role.TOWNSHIP_STAFF, Role.COUNTY_PLC, Role.CITY_ADMIN, Role.SYSADMIN)
  runComplianceScan(@CurrentUser() user: AuthUser, @Args() args: RunScanArgs) {
    return this.scans.request(user, args);
  }

  @ResolveField(() => String, { nullable: true })
  period(@Parent() flag: ComplianceFlag): string | null {
    return flag.period || null;
  }
}

@Resolver(() => WorkerType)
export class WorkerFlagsResolver {
  constructor(private readonly flagsService: FlagsService) {}

  @ResolveField(() => [ComplianceFlagType], { description: 'Open compliance flags about this worker and their contracts, most severe first' })
  flags(@Parent() worker: Worker, @Context() context: LoaderContext) {
    return requestLoader(context, 'openFlagsOfWorkers', (ids: readonly string[]) => this.flagsService.openFlagsOfWorkers(ids)).load(worker.id);
  }
}
