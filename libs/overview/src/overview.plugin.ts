import { CostClass } from '@gridhr/common';
import { DomainPlugin } from '@gridhr/platform';
import { OverviewModule } from './overview.module';

/** The overview up the region tree: every domain's numbers per region, one level below the one asked for. */
export const overviewPlugin: DomainPlugin = {
  name: 'overview',
  module: OverviewModule,
  costs: {
    regionOverview: CostClass.REPORT,
  },
};
