import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Role, Roles } from '@gridhr/common';
import { ImportReportType, ImportWorkersInput } from './worker.types';
import { WorkerImportService } from './worker-import.service';
import { FileDownloadType } from '@gridhr/sheets';

@Resolver()
export class WorkerImportResolver {
  constructor(private readonly imports: WorkerImportService) {}

  @Query(() => FileDownloadType, { description: 'The xlsx template for importing workers, with Chinese headers and dropdowns.' })
  workerImportTemplate() {
    return this.imports.template();
  }

  @Mutation(() => ImportReportType, { description: 'Imports a worker spreadsheet; with any bad row nothing is written.' })
  @Roles(Role.TOWNSHIP_STAFF, Role.COUNTY_PLC)
  importWorkers(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The sheet, its format and whether to only check it' }) input: ImportWorkersInput,
  ) {
    return this.imports.import(user, input);
  }
}
