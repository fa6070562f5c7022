import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { PolicyModule } from '@gridhr/policy';
import { GridImportService } from './grid-import.service';
import { GridsResolver } from './grids.resolver';
import { GridsService } from './grids.service';
import { OrgImportResolver } from './org-import.resolver';
import { RegionImportService } from './region-import.service';
import { RegionStatsHandler, RegionStatsRequests } from './region-stats.jobs';
import { RegionStatsService } from './region-stats.service';
import { RegionsResolver } from './regions.resolver';
import { RegionsService } from './regions.service';

@Module({
  imports: [AuditModule, PolicyModule],
  providers: [
    RegionsService,
    GridsService,
    RegionImportService,
    GridImportService,
    RegionStatsService,
    RegionStatsRequests,
    RegionStatsHandler,
    RegionsResolver,
    GridsResolver,
    OrgImportResolver,
  ],
  exports: [RegionsService, GridsService, RegionStatsService],
})
export class OrgModule {}
