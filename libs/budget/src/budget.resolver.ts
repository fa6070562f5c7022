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
  budget(@CurrentUser() user: AuthUser, @Args('regionId', { type: () => ID }, ParseId) regionId: string, @Args('year', { type: () => Int }) year: number) {
    return this.budgets.get(user, regionId, year);
  }

  @Query(() => BudgetExecutionType, { description: 'Budget versus actual by month (approved and paid payroll, accident premiums).' })
  async budgetExecution(
    @CurrentUser() user: AuthUser,
    @Args('regionId', { type: () => ID }, ParseId) regionId: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('asOf', { type: () => LocalDateScalar, nullable: true }) asOf?: string,
  ) {
    const e: BudgetExecution = await this.budgets.execution(user, regionId, year, asOf);
    return { ...e, regionCode: e.region.code, regionName: e.region.name };
  }

  @Mutation(() => BudgetType, { description: 'Sets a county’s or township’s budget for a year; audited.' })
  @Roles(Role.FINANCE, Role.COUNTY_PLC, Role.CITY_ADMIN)
  setBudget(@CurrentUser() user: AuthUser, @Args('input') input: SetBudgetInput) {
    return this.budgets.set(user, input);
  }

  @ResolveField(() => [BudgetLineType])
  lines(@Parent() budget: Budget) {
    return budget.lines.getItems();
  }

  @ResolveField(() => BudgetTotalsType)
  totals(@Parent() budget: Budget) {
    return budgetTotals(budget.lines.getItems(), budget.accidentPremiumsFen, budget.trainingFundsFen);
  }
}
