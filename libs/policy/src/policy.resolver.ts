import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, LocalDateScalar, ParseId, Role, Roles } from '@gridhr/common';
import { PolicyService } from './policy.service';
import { PolicySettingType, PolicyValueType, SetPolicyInput } from './policy.types';

@Resolver()
export class PolicyResolver {
  constructor(private readonly policy: PolicyService) {}

  @Query(() => [PolicyValueType], { description: 'Every policy number in force for a region on a date (default today).' })
  effectivePolicy(
    @CurrentUser() user: AuthUser,
    @Args('regionId', { type: () => ID }, ParseId) regionId: string,
    @Args('on', { type: () => LocalDateScalar, nullable: true }) on?: string,
  ): Promise<PolicyValueType[]> {
    return this.policy.effectiveFor(user, regionId, on);
  }

  @Query(() => [PolicySettingType], { description: 'Settings stored on this region itself.' })
  policySettings(@CurrentUser() user: AuthUser, @Args('regionId', { type: () => ID }, ParseId) regionId: string) {
    return this.policy.settingsOf(user, regionId);
  }

  @Mutation(() => PolicySettingType)
  @Roles(Role.SYSADMIN, Role.CITY_ADMIN)
  setPolicy(@CurrentUser() user: AuthUser, @Args('input') input: SetPolicyInput) {
    return this.policy.set(user, input);
  }

  @Mutation(() => Boolean)
  @Roles(Role.SYSADMIN, Role.CITY_ADMIN)
  removePolicySetting(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, ParseId) id: string) {
    return this.policy.remove(user, id);
  }
}
