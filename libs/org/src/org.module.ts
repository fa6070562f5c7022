import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { PolicyModule } from '@gridhr/policy';
import { QueueModule } from '@gridhr/queue';
import { GridsResolver } from './grids.resolver';
import { GridsService } from './grids.service';
import { RegionStatsService } from './region-stats.service';
import { RegionsResolver } from './regions.resolver';
import { RegionsService } from './regions.service';

@Module({
  imports: [AuditModule, PolicyModule, QueueModule],
  providers: [RegionsService, GridsService, RegionStatsService, RegionsResolver, GridsResolver],
  exports: [RegionsService, GridsService, RegionStatsService],
})
export class OrgModule {}
