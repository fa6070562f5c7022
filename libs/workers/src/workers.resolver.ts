import { GraphQLResolveInfo } from 'graphql';
import { Args, Context, Extensions, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, Clock, CurrentUser, LoaderContext, ParseId, preloadedAs, PRELOADED, requestLoader, Role, Roles, selects } from '@gridhr/common';
import { GridType, RegionsService, RegionType } from '@gridhr/org';
import { GridAssignment } from './grid-assignment.entity';
import { Worker } from './worker.entity';
import {
  AssignWorkerInput,
  CreateWorkerInput,
  EndAssignmentInput,
  GridAssignmentType,
  MisconductType,
  RecordMisconductInput,
  TransferWorkerInput,
  UpdateWorkerInput,
  VacancyType,
  WorkerConnection,
  WorkersArgs,
  WorkerType,
} from './worker.types';
import { WorkersService } from './workers.service';
import { REVEALERS } from './reveals';
import { VacanciesReport } from './workers.reports';
import { SHOWN_PHONE, shownPhone } from './worker-register.report';

// Township staff keep the register day to day; the county sees and may correct the whole county.
const REGISTER_KEEPERS = [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC];

@Resolver(() => WorkerType)
export class WorkersResolver {
  constructor(
    private readonly clock: Clock,
    private readonly register: WorkersService,
    private readonly regions: RegionsService,
    private readonly vacancyReport: VacanciesReport,
  ) {}

  @Query(() => WorkerType, { description: 'One worker of the register in your scope; NOT_FOUND outside it.' })
  worker(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The worker' }, ParseId) id: string) {
    return this.register.get(user, id);
  }

  @Query(() => WorkerConnection, { description: 'Search the register within your scope.' })
  workers(@CurrentUser() user: AuthUser, @Args() args: WorkersArgs, @Info() info: GraphQLResolveInfo) {
    return this.register.list(user, args, selects(info, 'totalCount'));
  }

  @Query(() => [VacancyType], { description: 'Urban community grids without an active full-time worker, longest vacant first.' })
  vacancies(
    @CurrentUser() user: AuthUser,
    @Args('regionId', { type: () => ID, nullable: true, description: 'A region in your scope (default: your whole scope)' }, ParseId) regionId?: string,
  ) {
    return this.vacancyReport.rows(user, regionId);
  }

  @ResolveField(() => String, { description: 'Masked (e.g. 1101**********1234); use revealIdNumber for the full number' })
  @Extensions(PRELOADED)
  idNumber(@Parent() worker: Worker): string {
    return worker.idNumberMasked;
  }

  @ResolveField(() => String, { description: 'Masked for roles that do not need it (FINANCE)' })
  @Extensions(preloadedAs(SHOWN_PHONE))
  phone(@Parent() worker: Worker, @CurrentUser() user: AuthUser): string {
    return shownPhone(user, worker.phone);
  }

  @ResolveField(() => RegionType, { description: 'The managing region' })
  region(@Parent() worker: Worker, @Context() context: LoaderContext) {
    return this.regions.rowOf(context, worker.region.id);
  }

  @ResolveField(() => [GridAssignmentType], { description: 'Grids the worker is on duty in today' })
  currentAssignments(@Parent() worker: Worker, @Context() context: LoaderContext) {
    return requestLoader(context, 'currentAssignments', (ids: readonly string[]) => this.register.assignmentsOf(ids, this.clock.today())).load(worker.id);
  }

  @ResolveField(() => [GridAssignmentType], { description: 'Every assignment, newest first' })
  assignments(@Parent() worker: Worker, @Context() context: LoaderContext) {
    return requestLoader(context, 'allAssignments', (ids: readonly string[]) => this.register.assignmentsOf(ids)).load(worker.id);
  }

  @ResolveField(() => [MisconductType], { description: 'Findings of prohibited conduct, newest first' })
  misconducts(@Parent() worker: Worker, @Context() context: LoaderContext) {
    return requestLoader(context, 'misconducts', (ids: readonly string[]) => this.register.misconductsOf(ids)).load(worker.id);
  }

  @Mutation(() => WorkerType, { description: 'Adds a worker to the register (TOWNSHIP_STAFF, COUNTY_PLC); audited.' })
  @Roles(...REGISTER_KEEPERS)
  createWorker(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The worker’s particulars, category and managing region' }) input: CreateWorkerInput,
  ) {
    return this.register.create(user, input);
  }

  @Mutation(() => WorkerType, { description: 'Changes a worker’s record (TOWNSHIP_STAFF, COUNTY_PLC); CONFLICT when the version is stale; audited.' })
  @Roles(...REGISTER_KEEPERS)
  updateWorker(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The worker, the version you loaded and the fields to change' }) input: UpdateWorkerInput,
  ) {
    return this.register.update(user, input);
  }

  @Mutation(() => WorkerType, {
    description: 'Moves a worker to another township (the county): one record, its history kept; grids of the old township end the day before.',
  })
  @Roles(Role.COUNTY_PLC, Role.CITY_ADMIN, Role.SYSADMIN)
  transferWorker(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The worker, the version, the new region and the first day' }) input: TransferWorkerInput,
  ) {
    return this.register.transfer(user, input);
  }

  @Mutation(() => String, { description: 'The full ID number; the reveal counts against REVEAL_MAX_PER_USER and is audited.' })
  @Roles(...REVEALERS)
  revealIdNumber(@CurrentUser() user: AuthUser, @Args('workerId', { type: () => ID, description: 'The worker, in your scope' }, ParseId) workerId: string) {
    return this.register.revealIdNumber(user, workerId);
  }

  @Mutation(() => GridAssignmentType, { description: 'Puts a worker on duty in a grid (TOWNSHIP_STAFF, COUNTY_PLC).' })
  @Roles(...REGISTER_KEEPERS)
  assignWorkerToGrid(@CurrentUser() user: AuthUser, @Args('input', { description: 'The worker, the grid and the first day' }) input: AssignWorkerInput) {
    return this.register.assign(user, input);
  }

  @Mutation(() => GridAssignmentType, { description: 'Ends a worker’s duty in a grid on a day (TOWNSHIP_STAFF, COUNTY_PLC).' })
  @Roles(...REGISTER_KEEPERS)
  endGridAssignment(@CurrentUser() user: AuthUser, @Args('input', { description: 'The assignment and its last day' }) input: EndAssignmentInput) {
    return this.register.endAssignment(user, input);
  }

  @Mutation(() => MisconductType, { description: 'Records a finding of prohibited conduct against a worker (TOWNSHIP_STAFF, COUNTY_PLC); audited.' })
  @Roles(...REGISTER_KEEPERS)
  recordMisconduct(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The worker, the kind, the day and the finding' }) input: RecordMisconductInput,
  ) {
    return this.register.recordMisconduct(user, input);
  }
}

@Resolver(() => GridAssignmentType)
export class GridAssignmentsResolver {
  @ResolveField(() => GridType, { description: 'The grid the worker is on duty in' })
  grid(@Parent() assignment: GridAssignment) {
    return assignment.grid;
  }
}
