import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { ContractsModule } from '@gridhr/contracts';
import { PolicyModule } from '@gridhr/policy';
import { QueueModule } from '@gridhr/queue';
import { WorkersModule } from '@gridhr/workers';
import { RECRUITING_RESOLVERS } from './recruiting.resolver';
import { RecruitingExports } from './recruiting-exports';
import { RecruitingService } from './recruiting.service';

@Module({
  imports: [AuditModule, ContractsModule, PolicyModule, QueueModule, WorkersModule],
  providers: [RecruitingService, RecruitingExports, ...RECRUITING_RESOLVERS],
  exports: [RecruitingService],
})
export class RecruitingModule {}
