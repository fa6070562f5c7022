import { CostClass } from '@gridhr/common';
import { DomainPlugin } from '@gridhr/platform';
import { Grid } from './grid.entity';
import { OrgModule } from './org.module';
import { GRID_POLICIES } from './org.policies';
import { RegionStats } from './region-stats.entity';
import { Region } from './region.entity';
import { REGION_STATS, RegionStatsHandler } from './region-stats.jobs';

/** The region tree and the grids. */
export const orgPlugin: DomainPlugin = {
  name: 'org',
  module: OrgModule,
  entities: [Region, Grid, RegionStats],
  policies: GRID_POLICIES,
  jobs: [REGION_STATS],
  handlers: [{ job: REGION_STATS, handler: RegionStatsHandler }],
  schedules: [{ id: 'nightly:region-stats', job: REGION_STATS, data: { prefix: '' } }],
  queues: [{ name: 'maintenance', concurrency: 2 }],
  costs: {
    gridImportTemplate: CostClass.FILE,
    importGrids: CostClass.FILE,
    importRegions: CostClass.FILE,
    regionImportTemplate: CostClass.FILE,
  },
};
