import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { ContractsModule } from '@gridhr/contracts';
import { PolicyModule } from '@gridhr/policy';
import { WorkersModule } from '@gridhr/workers';
import { RECRUITING_RESOLVERS } from './recruiting.resolver';
import { RecruitingExports } from './recruiting-exports';
import { RecruitingService } from './recruiting.service';
import { PublicityEndHandler, PublicitySweepHandler } from './recruiting.handlers';
import { CampaignFunnelReport } from './recruiting.reports';

@Module({
  imports: [AuditModule, ContractsModule, PolicyModule, WorkersModule],
  providers: [RecruitingService, RecruitingExports, CampaignFunnelReport, PublicityEndHandler, PublicitySweepHandler, ...RECRUITING_RESOLVERS],
  exports: [RecruitingService],
})
export class RecruitingModule {}
