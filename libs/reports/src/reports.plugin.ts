import { CostClass } from '@gridhr/common';
import { DomainPlugin } from '@gridhr/platform';
import { ReportFile } from './report-file.entity';
import { REPORT_FILE, REPORT_FILES_CLEANUP } from './report-file-job';
import { ReportFileHandler, ReportFilesCleanupHandler } from './report-file.jobs';
import { ReportsModule } from './reports.module';

/** The reports home: every domain's reports, listed and exported one way, large ones as files written by jobs. */
export const reportsPlugin: DomainPlugin = {
  name: 'reports',
  module: ReportsModule,
  entities: [ReportFile],
  jobs: [REPORT_FILE, REPORT_FILES_CLEANUP],
  handlers: [
    { job: REPORT_FILE, handler: ReportFileHandler },
    { job: REPORT_FILES_CLEANUP, handler: ReportFilesCleanupHandler },
  ],
  schedules: [{ id: 'daily:report-files-cleanup', job: REPORT_FILES_CLEANUP, data: {} }],
  costs: {
    reportData: CostClass.REPORT,
    reportExport: CostClass.FILE,
    requestReportFile: CostClass.JOB,
  },
};
