import { Processor, WorkerHost } from '@nestjs/bullmq';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { Job } from 'bullmq';
import { RecruitingService } from '@gridhr/recruiting';
import { JOBS, PublicityEndJob, QUEUES } from '@gridhr/queue';

/** Thin: the end of a publicity period. */
@Processor(QUEUES.recruiting)
export class RecruitingProcessor extends WorkerHost {
  constructor(
    private readonly orm: MikroORM,
    private readonly recruiting: RecruitingService,
  ) {
    super();
  }

  async process(job: Job<PublicityEndJob>): Promise<number> {
    if (job.name !== JOBS.publicityEnd) throw new Error(`Unknown job ${job.name} on ${QUEUES.recruiting}`);
    return RequestContext.create(this.orm.em, () => this.recruiting.endPublicity(job.data.campaignId));
  }
}
