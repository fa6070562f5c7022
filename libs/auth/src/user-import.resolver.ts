import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Role, Roles } from '@gridhr/common';
import { FileDownloadType } from '@gridhr/sheets';
import { UserImportService } from './user-import.service';
import { ImportUsersInput, UserImportReportType } from './user-import.types';

@Resolver()
export class UserImportResolver {
  constructor(private readonly imports: UserImportService) {}

  @Query(() => FileDownloadType, { description: 'The xlsx template for importing accounts.' })
  userImportTemplate() {
    return this.imports.template();
  }

  @Mutation(() => UserImportReportType, {
    description: 'Opens (or updates) the accounts of your subtree from a sheet; each new account gets a one-time password, shown once.',
  })
  @Roles(Role.SYSADMIN, Role.CITY_ADMIN, Role.COUNTY_PLC)
  importUsers(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The sheet (xlsx or csv, base64) and whether to only check it.' }) input: ImportUsersInput,
  ) {
    return this.imports.import(user, input);
  }
}
