import { Injectable, Logger } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { JOBS, QUEUES, RegionStatsJob } from './queue.constants';

/** Producer side of the maintenance queue: what the api asks the worker to do. */
@Injectable()
export class MaintenanceJobs {
  private readonly logger = new Logger(MaintenanceJobs.name);

  constructor(@InjectQueue(QUEUES.maintenance) readonly queue: Queue) {}

  /**
   * Asks for a stats refresh of a subtree. One job per prefix at a time: a request made while one
   * runs is kept and runs after it, so the last change is always counted.
   */
  async refreshRegionStats(prefix: string): Promise<void> {
    const data: RegionStatsJob = { prefix };
    try {
      await this.queue.add(JOBS.regionStats, data, { deduplication: { id: `${JOBS.regionStats}:${prefix}`, keepLastIfActive: true } });
    } catch (error) {
      // The change is committed already; the nightly refresh will count it if Redis is down now.
      this.logger.warn(`could not enqueue ${JOBS.regionStats} for ${prefix}: ${(error as Error).message}`);
    }
  }
}
