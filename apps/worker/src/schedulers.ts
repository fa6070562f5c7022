import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@gridhr/common';
import { ComplianceScanJob, JOBS, QUEUES, RegionStatsJob, SCHEDULERS } from '@gridhr/queue';

/** Registers the repeatable jobs at worker start; upserting keeps one scheduler however many workers start. */
@Injectable()
export class Schedulers implements OnApplicationBootstrap {
  private readonly logger = new Logger(Schedulers.name);

  constructor(
    @InjectQueue(QUEUES.maintenance) private readonly maintenance: Queue,
    @InjectQueue(QUEUES.compliance) private readonly compliance: Queue,
    @InjectQueue(QUEUES.recruiting) private readonly recruiting: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const data: RegionStatsJob = { prefix: '' };
    await this.maintenance.upsertJobScheduler(SCHEDULERS.nightlyRegionStats, { pattern: this.config.scanCron, tz: 'Asia/Shanghai' }, { name: JOBS.regionStats, data });
    const scan: ComplianceScanJob = { prefix: '' };
    await this.compliance.upsertJobScheduler(SCHEDULERS.dailyComplianceScan, { pattern: this.config.scanCron, tz: 'Asia/Shanghai' }, { name: JOBS.complianceScan, data: scan });
    await this.recruiting.upsertJobScheduler(SCHEDULERS.dailyPublicitySweep, { pattern: this.config.scanCron, tz: 'Asia/Shanghai' }, { name: JOBS.publicitySweep, data: {} });
    this.logger.log(`scheduled ${Object.values(SCHEDULERS).join(', ')} at "${this.config.scanCron}" Asia/Shanghai`);
  }
}
