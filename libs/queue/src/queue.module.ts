import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { APP_CONFIG, AppConfig } from '@gridhr/common';
import { MaintenanceJobs } from './maintenance-jobs';
import { QUEUES } from './queue.constants';
import { redisOptions } from './redis-options';

/** BullMQ on the configured Redis, shared by the api and the worker. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: redisOptions(config.redisUrl),
        prefix: config.queuePrefix,
        defaultJobOptions: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 2_000 },
          removeOnComplete: { count: 1_000 },
          removeOnFail: { count: 5_000 },
        },
      }),
    }),
    BullModule.registerQueue({ name: QUEUES.maintenance }, { name: QUEUES.compliance }, { name: QUEUES.recruiting }),
  ],
  providers: [MaintenanceJobs],
  exports: [BullModule, MaintenanceJobs],
})
export class QueueModule {}
