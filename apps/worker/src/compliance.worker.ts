import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@gridhr/common';
import { ScanService, ScanTrigger } from '@gridhr/compliance';
import { ComplianceScanJob, JOBS, QUEUES, redisOptions } from '@gridhr/queue';

/**
 * Consumes the compliance queue. Built here rather than with @Processor so the job lock comes from
 * the configuration: when a worker dies mid-scan, another takes the job over once the lock lapses
 * (JOB_LOCK_SECONDS) and resumes it from the cursor the job carries.
 */
@Injectable()
export class ComplianceWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ComplianceWorker.name);
  private worker: Worker | null = null;

  constructor(
    private readonly scans: ScanService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const lockMs = this.config.jobLockSeconds * 1000;
    this.worker = new Worker(QUEUES.compliance, (job: Job<ComplianceScanJob>) => this.process(job), {
      connection: redisOptions(this.config.redisUrl),
      prefix: this.config.queuePrefix,
      concurrency: 1,
      lockDuration: lockMs,
      stalledInterval: lockMs,
      maxStalledCount: 3,
    });
    this.worker.on('failed', (job, error) => this.logger.warn(`${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`));
  }

  private process(job: Job<ComplianceScanJob>) {
    if (job.name !== JOBS.complianceScan) throw new Error(`Unknown job ${job.name} on ${QUEUES.compliance}`);
    const trigger = job.data.scanRunId && !job.repeatJobKey ? ScanTrigger.MANUAL : ScanTrigger.SCHEDULE;
    return this.scans.run({ id: job.id!, data: job.data, save: (data) => job.updateData(data) }, trigger);
  }

  /**
   * On SIGTERM: stops taking jobs and lets the active scan finish, before the database connection
   * closes (this hook runs ahead of every onApplicationShutdown).
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
