import { Module } from '@nestjs/common';
import { ConfigModule } from '@gridhr/common';
import { DatabaseModule } from '@gridhr/database';
import { OrgModule } from '@gridhr/org';
import { ComplianceModule } from '@gridhr/compliance';
import { ContractsModule } from '@gridhr/contracts';
import { TrainingModule } from '@gridhr/training';
import { ComplianceWorker } from './compliance.worker';
import { QueueModule } from '@gridhr/queue';
import { MaintenanceProcessor } from './maintenance.processor';
import { Schedulers } from './schedulers';

@Module({
  imports: [ConfigModule, DatabaseModule, QueueModule, OrgModule, ComplianceModule, ContractsModule, TrainingModule],
  providers: [MaintenanceProcessor, Schedulers, ComplianceWorker],
})
export class WorkerModule {}
