import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, ParseId, Role, Roles } from '@gridhr/common';
import { LabourProtectionType, RecordLabourProtectionInput } from './labour-protection.types';
import { LabourProtectionService } from './labour-protection.service';

@Resolver(() => LabourProtectionType)
export class LabourProtectionResolver {
  constructor(private readonly protections: LabourProtectionService) {}

  // Health and family facts are sensitive personal information: only the staff who record them read them.
  @Query(() => [LabourProtectionType], { description: "A worker's Labor Contract Law art. 42 situations on record, latest first." })
  @Roles(Role.TOWNSHIP_STAFF, Role.COUNTY_PLC)
  labourProtections(@CurrentUser() user: AuthUser, @Args('workerId', { type: () => ID, description: 'The worker, in your scope.' }, ParseId) workerId: string) {
    return this.protections.list(user, workerId);
  }

  @Mutation(() => LabourProtectionType, { description: 'Records an art. 42 situation (pregnancy, medical treatment period, ...); audited.' })
  @Roles(Role.TOWNSHIP_STAFF, Role.COUNTY_PLC)
  recordLabourProtection(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The worker, the situation, its dates and what it rests on.' }) input: RecordLabourProtectionInput,
  ) {
    return this.protections.record(user, input);
  }
}
