import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, Clock, CurrentUser, ParseId, Role, Roles } from '@gridhr/common';
import { ExitCase } from './exit-case.entity';
import { ExitStatus } from './exit.enums';
import { transferLate } from './exit.rules';
import { ExitService } from './exit.service';
import { ExitStepsService } from './exit-steps.service';
import { CompleteExitStepInput, ExitCaseType, OpenExitInput } from './exit.types';
import { ExitStepKind } from './exit.enums';

const KEEPERS = [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC];

@Resolver(() => ExitCaseType)
export class ExitResolver {
  constructor(
    private readonly exits: ExitService,
    private readonly steps: ExitStepsService,
    private readonly clock: Clock,
  ) {}

  @Query(() => [ExitCaseType], { description: 'Exits in scope, latest last day first' })
  async exitCases(
    @CurrentUser() user: AuthUser,
    @Args('status', { type: () => ExitStatus, nullable: true, description: 'Only cases in this status' }) status?: ExitStatus | null,
  ) {
    return (await this.exits.list(user, status)).map((c) => this.view(c));
  }

  @Query(() => ExitCaseType, { description: 'One exit case in your scope, with its checklist; NOT_FOUND outside it.' })
  async exitCase(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The exit case' }, ParseId) id: string) {
    return this.view(await this.exits.get(user, id));
  }

  @Roles(...KEEPERS)
  @Mutation(() => ExitCaseType, { description: 'Opens a worker’s exit: the Labor Contract Law checked, the money worked out, the checklist laid out' })
  async openExit(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The worker, the reason, the dates and the facts the law checks' }) input: OpenExitInput,
  ) {
    const exit = await this.exits.open(user, input);
    return this.view(await this.exits.get(user, exit.id));
  }

  @Roles(...KEEPERS)
  @Mutation(() => ExitCaseType, { description: 'Dates a checklist step as done; the last one makes the worker EXITED' })
  async completeExitStep(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The step, the day done and, for a grid, who takes it over' }) input: CompleteExitStepInput,
  ) {
    return this.view(await this.steps.complete(user, input));
  }

  private view(c: ExitCase): ExitCaseType {
    const today = this.clock.today();
    return {
      ...c,
      workerId: c.worker.id,
      workerName: c.worker.name,
      replacementId: c.replacement?.id ?? null,
      steps: c.steps.getItems().map((s) => ({
        ...s,
        gridCode: s.grid?.code,
        handedToWorkerId: s.handedTo?.id ?? null,
        late: s.kind === ExitStepKind.CERTIFICATE_AND_TRANSFER && transferLate(c.lastDay, s.doneOn, today),
      })),
    };
  }
}
