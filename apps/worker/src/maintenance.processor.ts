import { Processor, WorkerHost } from '@nestjs/bullmq';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { Job } from 'bullmq';
import { RegionStatsService } from '@gridhr/org';
import { JOBS, QUEUES, RegionStatsJob } from '@gridhr/queue';

/** Thin: each job gets its own EntityManager context and calls one service. */
@Processor(QUEUES.maintenance, { concurrency: 2 })
export class MaintenanceProcessor extends WorkerHost {
  constructor(
    private readonly orm: MikroORM,
    private readonly stats: RegionStatsService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JOBS.regionStats:
        return RequestContext.create(this.orm.em, () => this.stats.refresh((job.data as RegionStatsJob).prefix));
      default:
        throw new Error(`Unknown job ${job.name} on ${QUEUES.maintenance}`);
    }
  }
}
