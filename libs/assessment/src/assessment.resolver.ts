import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AuthUser, CurrentUser, LoaderContext, ParseId, requestLoader, Role, Roles, selects } from '@gridhr/common';
import { RegionType } from '@gridhr/org';
import { Worker, WorkersService, WorkerType } from '@gridhr/workers';
import { AssessmentLevel } from './assessment.enums';
import { AssessmentCycle } from './assessment-cycle.entity';
import { AssessmentResult } from './assessment-result.entity';
import { AssessmentQueries } from './assessment-queries.service';
import { CycleFinalisation } from './cycle-finalisation.service';
import { CyclesService } from './cycles.service';
import {
  AdjustScoreInput,
  AssessmentCycleConnection,
  AssessmentCycleType,
  AssessmentResultConnection,
  AssessmentResultType,
  AssessmentTemplateType,
  CreateTemplateInput,
  CycleVersionInput,
  CyclesArgs,
  EnterScoresInput,
  IndicatorScoreType,
  LevelDistributionType,
  MissingScoreType,
  OpenCycleInput,
  ReopenCycleInput,
  ResultsArgs,
  WorkerMeasuresType,
} from './cycle.types';
import { DEFAULT_INDICATORS, DEFAULT_TEMPLATE_NAME, Indicator } from './indicator-template';
import { ScoringService } from './scoring.service';

/** Whoever runs cycles by policy: the county political-legal committee, or the township (checked by the service). */
const CYCLE_RUNNERS = [Role.COUNTY_PLC, Role.TOWNSHIP_STAFF];
const toPoints = (x100: number | null | undefined) => (x100 === null || x100 === undefined ? null : x100 / 100);

@Resolver(() => AssessmentCycleType)
export class AssessmentCycleResolver {
  constructor(
    private readonly cycles: CyclesService,
    private readonly finalisation: CycleFinalisation,
    private readonly scoring: ScoringService,
    private readonly queries: AssessmentQueries,
  ) {}

  @Query(() => AssessmentCycleConnection, { description: 'Assessment cycles of your region and those above it, latest first.' })
  assessmentCycles(@CurrentUser() user: AuthUser, @Args() args: CyclesArgs) {
    return this.cycles.list(user, args);
  }

  @Query(() => AssessmentCycleType, { description: 'One assessment cycle of your region or above; NOT_FOUND otherwise.' })
  assessmentCycle(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The assessment cycle' }, ParseId) id: string) {
    return this.cycles.get(user, id);
  }

  @Query(() => [AssessmentTemplateType], { description: 'GridHR’s default indicator template, then those of your region and above.' })
  async assessmentTemplates(@CurrentUser() user: AuthUser) {
    return [{ id: null, name: DEFAULT_TEMPLATE_NAME, regionCode: null, indicators: DEFAULT_INDICATORS }, ...(await this.cycles.templates(user))];
  }

  @Query(() => AssessmentResultConnection, { description: 'A cycle’s results for the workers in your scope, township by township.' })
  assessmentResults(@CurrentUser() user: AuthUser, @Args() args: ResultsArgs, @Info() info: GraphQLResolveInfo) {
    return this.queries.results(user, args, selects(info, 'totalCount'));
  }

  @Query(() => [LevelDistributionType], { description: 'How many of each level per township.' })
  async assessmentDistribution(
    @CurrentUser() user: AuthUser,
    @Args('cycleId', { type: () => ID, description: 'The assessment cycle' }, ParseId) cycleId: string,
    @Args('regionId', { type: () => ID, nullable: true, description: 'A region in your scope (default: your scope)' }, ParseId) regionId?: string,
  ) {
    return (await this.queries.distribution(user, cycleId, regionId)).map((r) => ({ ...r, average: toPoints(r.averageX100) }));
  }

  @Query(() => [MissingScoreType], { description: 'Rated workers in your scope still without a score, and what is missing.' })
  assessmentMissingScores(
    @CurrentUser() user: AuthUser,
    @Args('cycleId', { type: () => ID, description: 'The assessment cycle' }, ParseId) cycleId: string,
    @Args('regionId', { type: () => ID, nullable: true, description: 'A region in your scope (default: your scope)' }, ParseId) regionId?: string,
  ) {
    return this.queries.missing(user, cycleId, regionId);
  }

  @Mutation(() => AssessmentTemplateType, { description: 'An indicator template of your own; weights sum to 100.' })
  @Roles(...CYCLE_RUNNERS)
  createAssessmentTemplate(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The region, the name and the indicators' }) input: CreateTemplateInput,
  ) {
    return this.cycles.createTemplate(user, input as { regionId: string; name: string; indicators: Indicator[] });
  }

  @Mutation(() => AssessmentCycleType, { description: 'Opens a cycle for your county (or township, by policy) and computes it.' })
  @Roles(...CYCLE_RUNNERS)
  openAssessmentCycle(@CurrentUser() user: AuthUser, @Args('input', { description: 'The region, the period and the template' }) input: OpenCycleInput) {
    return this.cycles.open(user, input);
  }

  @Mutation(() => AssessmentCycleType, { description: 'Measures an open cycle again from the records on file (also done nightly).' })
  @Roles(...CYCLE_RUNNERS)
  computeAssessmentCycle(
    @CurrentUser() user: AuthUser,
    @Args('cycleId', { type: () => ID, description: 'The OPEN assessment cycle' }, ParseId) cycleId: string,
  ) {
    return this.cycles.compute(user, cycleId);
  }

  @Mutation(() => AssessmentCycleType, {
    description: 'Locks a cycle after its period: every rated worker scored, the EXCELLENT quota held; sets stars and consequences.',
  })
  @Roles(...CYCLE_RUNNERS)
  finaliseAssessmentCycle(@CurrentUser() user: AuthUser, @Args('input', { description: 'The cycle and the version you last read' }) input: CycleVersionInput) {
    return this.finalisation.finalise(user, input);
  }

  @Mutation(() => AssessmentCycleType, { description: 'Re-opens a finalised cycle for a correction, with the reason (audited).' })
  @Roles(...CYCLE_RUNNERS)
  reopenAssessmentCycle(@CurrentUser() user: AuthUser, @Args('input', { description: 'The cycle, the version and the reason' }) input: ReopenCycleInput) {
    return this.cycles.reopen(user, input);
  }

  @Mutation(() => [AssessmentResultType], { description: 'Scores of entered indicators: townships for their own workers, the county for its own indicators.' })
  @Roles(Role.TOWNSHIP_STAFF, Role.COUNTY_PLC)
  enterAssessmentScores(@CurrentUser() user: AuthUser, @Args('input', { description: 'The cycle and the scores' }) input: EnterScoresInput) {
    return this.scoring.enter(user, input);
  }

  @Mutation(() => AssessmentResultType, { description: 'The county’s review: sets (or with null removes) a final score, with the reason (audited).' })
  @Roles(...CYCLE_RUNNERS)
  adjustAssessmentScore(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The result, the version, the score and the reason' }) input: AdjustScoreInput,
  ) {
    return this.scoring.adjust(user, input);
  }

  @ResolveField(() => RegionType, { description: 'The county (or township) whose workers are rated' })
  region(@Parent() cycle: AssessmentCycle) {
    return cycle.region;
  }
}

@Resolver(() => AssessmentResultType)
export class AssessmentResultResolver {
  constructor(private readonly workers: WorkersService) {}

  @ResolveField(() => WorkerType, { description: 'The worker rated' })
  worker(@Parent() result: AssessmentResult, @Context() context: LoaderContext) {
    return requestLoader(context, 'workerRowById', (ids: readonly string[]) => this.workers.rowsByIds(ids)).load(result.worker.id);
  }

  @ResolveField(() => Number, { nullable: true, description: 'The final score, points with two decimals (adjusted, or computed)' })
  score(@Parent() result: AssessmentResult) {
    return toPoints(result.finalX100);
  }

  @ResolveField(() => Number, { nullable: true, description: 'The score from the indicators' })
  computedScore(@Parent() result: AssessmentResult) {
    return toPoints(result.computedX100);
  }

  @ResolveField(() => Number, { nullable: true, description: 'The county’s adjusted score, if any' })
  adjustedScore(@Parent() result: AssessmentResult) {
    return toPoints(result.adjustedX100);
  }

  @ResolveField(() => [IndicatorScoreType], { description: 'The score on each indicator of the cycle' })
  indicators(@Parent() result: AssessmentResult): IndicatorScoreType[] {
    return result.cycle.indicators.map((i) => ({ key: i.key, label: i.label, score: toPoints(result.indicatorScores[i.key]) }));
  }

  @ResolveField(() => WorkerMeasuresType, {
    nullable: true,
    description: 'The figures the computed indicators were scored from; null before the first computation',
  })
  measures(@Parent() result: AssessmentResult): WorkerMeasuresType | null {
    const m = result.measures;
    if (!m) return null;
    return {
      ...m,
      visitRate: m.weeksOnDuty ? Math.round((m.weeksVisited / m.weeksOnDuty) * 1000) / 10 : null,
      satisfaction: toPoints(m.satisfactionX100),
    };
  }
}

@Resolver(() => WorkerType)
export class WorkerAssessmentResolver {
  constructor(private readonly queries: AssessmentQueries) {}

  private latest(worker: Worker, context: LoaderContext) {
    return requestLoader(context, 'assessmentStars', (ids: readonly string[]) => this.queries.starsOf(ids)).load(worker.id);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Star level 1-5 from the latest finalised assessment (Zigong art. 17)' })
  async starLevel(@Parent() worker: Worker, @Context() context: LoaderContext) {
    return (await this.latest(worker, context)).stars;
  }

  @ResolveField(() => AssessmentLevel, { nullable: true, description: 'The level of the latest finalised assessment' })
  async latestAssessmentLevel(@Parent() worker: Worker, @Context() context: LoaderContext) {
    return (await this.latest(worker, context)).level;
  }

  @ResolveField(() => String, { nullable: true, description: 'The cycle of that assessment ("2025")' })
  async latestAssessmentCycle(@Parent() worker: Worker, @Context() context: LoaderContext) {
    return (await this.latest(worker, context)).cycleLabel;
  }
}
