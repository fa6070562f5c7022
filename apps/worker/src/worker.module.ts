import { Module } from '@nestjs/common';
import { ConfigModule } from '@gridhr/common';
import { DatabaseModule } from '@gridhr/database';
import { OrgModule } from '@gridhr/org';
import { ComplianceModule } from '@gridhr/compliance';
import { ContractsModule } from '@gridhr/contracts';
import { TrainingModule } from '@gridhr/training';
import { RecruitingModule } from '@gridhr/recruiting';
import { ComplianceWorker } from './compliance.worker';
import { RecruitingProcessor } from './recruiting.processor';
import { QueueModule } from '@gridhr/queue';
import { MaintenanceProcessor } from './maintenance.processor';
import { Schedulers } from './schedulers';

@Module({
  imports: [ConfigModule, DatabaseModule, QueueModule, OrgModule, ComplianceModule, ContractsModule, TrainingModule, RecruitingModule],
  providers: [MaintenanceProcessor, Schedulers, ComplianceWorker, RecruitingProcessor],
})
export class WorkerModule {}
