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
    @Args('regionId', { type: () => ID, description: 'The region, in your scope.' }, ParseId) regionId: string,
    @Args('on', { type: () => LocalDateScalar, nullable: true, description: 'The day (Asia/Shanghai, YYYY-MM-DD); today when omitted.' }) on?: string,
  ): Promise<PolicyValueType[]> {
    return this.policy.effectiveFor(user, regionId, on);
  }

  @Query(() => [PolicySettingType], { description: 'Settings stored on this region itself.' })
  policySettings(@CurrentUser() user: AuthUser, @Args('regionId', { type: () => ID, description: 'The region, in your scope.' }, ParseId) regionId: string) {
    return this.policy.settingsOf(user, regionId);
  }

  @Mutation(() => PolicySettingType, { description: 'Stores a policy value on a region from a date on; the region’s subtree inherits it.' })
  @Roles(Role.SYSADMIN, Role.CITY_ADMIN)
  setPolicy(@CurrentUser() user: AuthUser, @Args('input', { description: 'The region, key, value and first day.' }) input: SetPolicyInput) {
    return this.policy.set(user, input);
  }

  @Mutation(() => Boolean, {
    description: 'Removes a setting stored on a region in your scope (audited); the region then inherits its parent’s value or the default. True when removed.',
  })
  @Roles(Role.SYSADMIN, Role.CITY_ADMIN)
  removePolicySetting(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The setting’s id.' }, ParseId) id: string) {
    return this.policy.remove(user, id);
  }
}
