import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { ExitModule } from '@gridhr/exit';
import { ContractsModule } from '@gridhr/contracts';
import { PolicyModule } from '@gridhr/policy';
import { SheetsModule } from '@gridhr/sheets';
import { WorkersModule } from '@gridhr/workers';
import { RECRUITING_RESOLVERS } from './recruiting.resolver';
import { RecruitingExports } from './recruiting-exports';
import { PublicityEndHandler, PublicitySweepHandler } from './recruiting.handlers';
import { CampaignFunnelReport } from './recruiting.reports';
import { CampaignsService } from './campaigns.service';
import { ApplicationStages } from './application-stages';
import { ApplicationsService } from './applications.service';
import { ExamService } from './exam.service';
import { PublicityService } from './publicity.service';
import { HiringService } from './hiring.service';
import { CalendarModule } from '@gridhr/calendar';

@Module({
  imports: [AuditModule, ExitModule, CalendarModule, ContractsModule, PolicyModule, SheetsModule, WorkersModule],
  providers: [
    CampaignsService,
    ApplicationStages,
    ApplicationsService,
    ExamService,
    PublicityService,
    HiringService,
    RecruitingExports,
    CampaignFunnelReport,
    PublicityEndHandler,
    PublicitySweepHandler,
    ...RECRUITING_RESOLVERS,
  ],
  exports: [CampaignsService, ApplicationsService, PublicityService],
})
export class RecruitingModule {}
