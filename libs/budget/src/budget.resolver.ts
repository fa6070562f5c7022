import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, LocalDateScalar, ParseId, Role, Roles } from '@gridhr/common';
import { Budget } from './budget.entity';
import { budgetTotals } from './budget.rules';
import { BudgetExecution, BudgetService } from './budget.service';
import { BudgetExecutionType, BudgetLineType, BudgetTotalsType, BudgetType, SetBudgetInput } from './budget.types';

@Resolver(() => BudgetType)
export class BudgetResolver {
  constructor(private readonly budgets: BudgetService) {}

  @Query(() => BudgetType, { nullable: true, description: 'A county’s or township’s budget for a year; null when none is set.' })
  budget(
    @CurrentUser() user: AuthUser,
    @Args('regionId', { type: () => ID, description: 'A county or township in your scope.' }, ParseId) regionId: string,
    @Args('year', { type: () => Int, description: 'The budget year.' }) year: number,
  ) {
    return this.budgets.get(user, regionId, year);
  }

  @Query(() => BudgetExecutionType, { description: 'Budget versus actual by month (approved and paid payroll, accident premiums).' })
  async budgetExecution(
    @CurrentUser() user: AuthUser,
    @Args('regionId', { type: () => ID, description: 'A county or township in your scope.' }, ParseId) regionId: string,
    @Args('year', { type: () => Int, description: 'The budget year.' }) year: number,
    @Args('asOf', {
      type: () => LocalDateScalar,
      nullable: true,
      description: 'The day to measure on (Asia/Shanghai, YYYY-MM-DD); months complete by then count as elapsed. Today when omitted.',
    })
    asOf?: string,
  ) {
    const e: BudgetExecution = await this.budgets.execution(user, regionId, year, asOf);
    return { ...e, regionCode: e.region.code, regionName: e.region.name };
  }

  @Mutation(() => BudgetType, { description: 'Sets a county’s or township’s budget for a year; audited.' })
  @Roles(Role.FINANCE, Role.COUNTY_PLC, Role.CITY_ADMIN)
  setBudget(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The county or township, year, lines and other items; version when replacing a budget.' }) input: SetBudgetInput,
  ) {
    return this.budgets.set(user, input);
  }

  @ResolveField(() => [BudgetLineType])
  lines(@Parent() budget: Budget) {
    return budget.lines.getItems();
  }

  @ResolveField(() => BudgetTotalsType, { description: 'The year’s totals: pay and employer insurance of every line, accident premiums, training funds.' })
  totals(@Parent() budget: Budget) {
    return budgetTotals(budget.lines.getItems(), budget.accidentPremiumsFen, budget.trainingFundsFen);
  }
}
