import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Role, Roles } from '@gridhr/common';
import { GridType } from '@gridhr/org';
import { WorkerType } from '@gridhr/workers';
import { AssessmentConsequence } from './assessment-consequence.entity';
import { ConsequenceSteps } from './consequence-steps.service';
import {
  CompleteConsequenceInput,
  ConsequenceConnection,
  ConsequencesArgs,
  ConsequenceType,
  RecordImprovementInput,
  ReplaceWorkerInput,
  WithdrawConsequenceInput,
} from './consequence.types';

const STAFF = [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC];

@Resolver(() => ConsequenceType)
export class ConsequencesResolver {
  constructor(private readonly steps: ConsequenceSteps) {}

  @Query(() => ConsequenceConnection, { description: 'Consequences of finalised assessments in your scope, newest first.' })
  assessmentConsequences(@CurrentUser() user: AuthUser, @Args() args: ConsequencesArgs) {
    return this.steps.list(user, args);
  }

  @Mutation(() => ConsequenceType, { description: 'Labor Contract Law art. 40(2): the training attended or the new post given after an INCOMPETENT rating.' })
  @Roles(...STAFF)
  recordImprovement(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The consequence, the version and the step given' }) input: RecordImprovementInput,
  ) {
    return this.steps.recordImprovement(user, input);
  }

  @Mutation(() => ConsequenceType, {
    description: 'The decision to replace an INCOMPETENT worker; for an employee only after training or another post (art. 40(2)) and never under art. 42.',
  })
  @Roles(Role.COUNTY_PLC, Role.TOWNSHIP_STAFF)
  replaceWorker(@CurrentUser() user: AuthUser, @Args('input', { description: 'The INCOMPETENT result and the notice' }) input: ReplaceWorkerInput) {
    return this.steps.replace(user, input);
  }

  @Mutation(() => ConsequenceType, { description: 'Records the honours given to an EXCELLENT worker.' })
  @Roles(...STAFF)
  completeConsequence(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The consequence, the version and what was done' }) input: CompleteConsequenceInput,
  ) {
    return this.steps.complete(user, input);
  }

  @Mutation(() => ConsequenceType, { description: 'The cycle’s owner withdraws a pending consequence, with the reason.' })
  @Roles(Role.COUNTY_PLC, Role.TOWNSHIP_STAFF)
  withdrawConsequence(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The consequence, the version and the reason' }) input: WithdrawConsequenceInput,
  ) {
    return this.steps.withdraw(user, input);
  }

  @ResolveField(() => WorkerType, { description: 'The worker the consequence concerns' })
  worker(@Parent() c: AssessmentConsequence) {
    return c.worker;
  }

  @ResolveField(() => GridType, { nullable: true, description: 'GRID_REMOVAL and FILL_VACANCY: the grid concerned; null for the other kinds' })
  grid(@Parent() c: AssessmentConsequence) {
    return c.grid;
  }

  @ResolveField(() => String, { description: 'The cycle it follows from ("2025")' })
  cycleLabel(@Parent() c: AssessmentConsequence) {
    return c.cycle.label;
  }
}
