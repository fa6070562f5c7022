import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Role, Roles } from '@gridhr/common';
import { FileDownloadType } from '@gridhr/sheets';
import { GridImportService } from './grid-import.service';
import { GridImportReportType, ImportGridsInput, ImportRegionsInput, RegionImportReportType } from './org-import.types';
import { RegionImportService } from './region-import.service';

@Resolver()
export class OrgImportResolver {
  constructor(
    private readonly regions: RegionImportService,
    private readonly grids: GridImportService,
  ) {}

  @Query(() => FileDownloadType, { description: 'The xlsx template for importing the region tree (统计用区划代码).' })
  regionImportTemplate() {
    return this.regions.template();
  }

  @Query(() => FileDownloadType, { description: 'The xlsx template for importing grids.' })
  gridImportTemplate() {
    return this.grids.template();
  }

  @Mutation(() => RegionImportReportType, {
    description: 'Imports regions from the national division table (code, name); with any bad row nothing is written. Never deletes.',
  })
  @Roles(Role.SYSADMIN, Role.CITY_ADMIN)
  importRegions(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The sheet (xlsx or csv, base64) and whether to only check it.' }) input: ImportRegionsInput,
  ) {
    return this.regions.import(user, input);
  }

  @Mutation(() => GridImportReportType, { description: 'Imports grids from a sheet; with any bad row nothing is written; sizing advice is reported.' })
  @Roles(Role.COUNTY_PLC, Role.CITY_ADMIN, Role.SYSADMIN)
  importGrids(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The sheet (xlsx or csv, base64) and whether to only check it.' }) input: ImportGridsInput,
  ) {
    return this.grids.import(user, input);
  }
}
