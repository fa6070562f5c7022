import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { ReportExports } from './report-exports';
import { ReportFileController } from './report-file.controller';
import { ReportFileHandler, ReportFilesCleanupHandler } from './report-file.jobs';
import { ReportFiles } from './report-files.service';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  imports: [AuditModule],
  controllers: [ReportFileController],
  providers: [ReportExports, ReportsService, ReportFiles, ReportFileHandler, ReportFilesCleanupHandler, ReportsResolver],
  exports: [ReportsService, ReportExports],
})
export class ReportsModule {}
