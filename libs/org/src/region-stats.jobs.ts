import { Injectable, Logger } from '@nestjs/common';
import { JobHandler } from '@gridhr/platform';
import { defineJob, Jobs } from '@gridhr/queue';
import { RegionStatsService } from './region-stats.service';

export interface RegionStatsJob {
  /** Division-code prefix of the subtree to refresh; '' refreshes everything. */
  prefix: string;
}

/** Recompute subtree totals (grids, households, population) for regions under a code prefix. */
export const REGION_STATS = defineJob<RegionStatsJob>('maintenance', 'region-stats');

@Injectable()
export class RegionStatsHandler implements JobHandler<RegionStatsJob> {
  constructor(private readonly stats: RegionStatsService) {}

  handle(data: RegionStatsJob): Promise<number> {
    return this.stats.refresh(data.prefix);
  }
}

/** Asks the worker for a stats refresh of a subtree, after a committed change. */
@Injectable()
export class RegionStatsRequests {
  private readonly logger = new Logger(RegionStatsRequests.name);

  constructor(private readonly jobs: Jobs) {}

  /** One job per prefix at a time: a request made while one runs is kept and runs after it, so the last change is always counted. */
  async refresh(prefix: string): Promise<void> {
    try {
      await this.jobs.add(REGION_STATS, { prefix }, { deduplication: { id: `${REGION_STATS.name}:${prefix}`, keepLastIfActive: true } });
    } catch (error) {
      // The change is committed already; the nightly refresh will count it if Redis is down now.
      this.logger.warn(`could not enqueue ${REGION_STATS.name} for ${prefix}: ${(error as Error).message}`);
    }
  }
}
