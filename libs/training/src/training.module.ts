import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { PolicyModule } from '@gridhr/policy';
import { ReportExports } from '@gridhr/reports';
import { SheetsModule } from '@gridhr/sheets';
import { WorkersModule } from '@gridhr/workers';
import { AttendanceFollowsWorker, PreJobTrainingCheck } from './pre-job-training.check';
import { AttendanceResolver, TrainingResolver } from './training.resolver';
import { TrainingReportService } from './training-report.service';
import { TrainingService } from './training.service';
import { TrainingCountyReport, TrainingTownshipReport } from './training.reports';
import { TrainingCountyReportService } from './training-county-report.service';

@Module({
  imports: [AuditModule, PolicyModule, SheetsModule, WorkersModule],
  providers: [
    TrainingService,
    TrainingReportService,
    TrainingTownshipReport,
    TrainingCountyReportService,
    TrainingCountyReport,
    PreJobTrainingCheck,
    AttendanceFollowsWorker,
    TrainingResolver,
    AttendanceResolver,
    ReportExports,
  ],
  exports: [TrainingService],
})
export class TrainingModule {}
