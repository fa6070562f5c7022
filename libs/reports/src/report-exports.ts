// Every report file that leaves GridHR is in the audit trail (issue 13: exports are audited): who took
// which report, with which parameters, in which format, how many lines, filed under the caller's scope.
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '@gridhr/audit';
import { APP_CONFIG, AppConfig, AuthUser } from '@gridhr/common';
import { Report, ReportResult } from '@gridhr/platform';
import { ExportFormat, FileDownload } from '@gridhr/sheets';
import { exportReport } from './report-exporter';
import { reportsError, ReportsReason } from './reports.errors';

/** The audit entry of an export: entity 'Report', the report's id, action EXPORT. */
export const EXPORT_AUDIT = { entity: 'Report', action: 'EXPORT' } as const;

/** A division-code prefix as the 12-digit code of its region (140799 → 140799000000). */
export const scopeRegionCode = (prefix: string): string => prefix.padEnd(12, '0');

@Injectable()
export class ReportExports {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The file of a report already run for `user`, written to the audit trail before it is handed out. */
  async export<Row extends object>(
    user: AuthUser,
    report: Pick<Report, 'id' | 'columns'>,
    params: object,
    result: ReportResult<Row>,
    format: ExportFormat,
  ): Promise<FileDownload> {
    // A file built in a request is held whole in the api's memory: a large one is a job's (issue 13 item 4).
    if (result.rows.length > this.config.exportInlineMaxRows)
      throw reportsError(
        ReportsReason.EXPORT_TOO_LARGE,
        `${report.id} has ${result.rows.length} lines, more than the ${this.config.exportInlineMaxRows} exported within a request: use requestReportFile`,
        'report',
      );
    const file = await exportReport(report, result, format);
    const em = this.em.fork();
    this.audit.record(em, user, {
      ...EXPORT_AUDIT,
      entityId: report.id,
      before: null,
      after: { params: { ...params }, format, rows: result.rows.length, fileName: file.fileName },
      regionCode: scopeRegionCode(user.scopePrefix),
    });
    await em.flush();
    return file;
  }
}
