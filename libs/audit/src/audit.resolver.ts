import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, ConnectionArgs, CurrentUser, Role, Roles } from '@gridhr/common';
import { AuditService } from './audit.service';
import { AuditEntryConnection } from './audit.types';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, { description: "An entity's change history, newest first (within your scope)." })
  @Roles(Role.COUNTY_PLC, Role.SYSADMIN)
  auditHistory(
    @CurrentUser() user: AuthUser,
    @Args('entity', { description: 'Entity name, e.g. Grid, Region, User, PolicySetting' }) entity: string,
    @Args('entityId', { description: 'The id of the record whose history you want.' }) entityId: string,
    @Args() page: ConnectionArgs,
  ) {
    return this.audit.history(user, entity, entityId, page);
  }
}
