import { Module } from '@nestjs/common';
import { ConfigModule } from '@gridhr/common';
import { DatabaseModule } from '@gridhr/database';
import { OrgModule } from '@gridhr/org';
import { QueueModule } from '@gridhr/queue';
import { MaintenanceProcessor } from './maintenance.processor';
import { Schedulers } from './schedulers';

@Module({
  imports: [ConfigModule, DatabaseModule, QueueModule, OrgModule],
  providers: [MaintenanceProcessor, Schedulers],
})
export class WorkerModule {}
