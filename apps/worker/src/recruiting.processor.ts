import { Processor, WorkerHost } from '@nestjs/bullmq';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { Job } from 'bullmq';
import { RecruitingService } from '@gridhr/recruiting';
import { JOBS, PublicityEndJob, QUEUES } from '@gridhr/queue';

/** Thin: the end of a publicity period, and the daily sweep for periods whose job was lost. */
@Processor(QUEUES.recruiting)
export class RecruitingProcessor extends WorkerHost {
  constructor(
    private readonly orm: MikroORM,
    private readonly recruiting: RecruitingService,
  ) {
    super();
  }

  async process(job: Job<PublicityEndJob>): Promise<number> {
    switch (job.name) {
      case JOBS.publicityEnd:
        return RequestContext.create(this.orm.em, () => this.recruiting.endPublicity(job.data.campaignId));
      case JOBS.publicitySweep:
        return RequestContext.create(this.orm.em, () => this.recruiting.sweepPublicity());
      default:
        throw new Error(`Unknown job ${job.name} on ${QUEUES.recruiting}`);
    }
  }
}
