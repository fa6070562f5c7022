import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { APP_CONFIG, AppConfig, AuthUser, InvalidInput } from '@gridhr/common';
import { collectStream, PluginRegistry, Report, ReportResult, ReportStream, streamOfResult } from '@gridhr/platform';
import { ExportFormat, FileDownload } from '@gridhr/sheets';
import { ReportExports } from './report-exports';
import { reportsError, ReportsReason } from './reports.errors';

/** Every report the plugins declare, found by id, run in the caller's scope and exported one way. */
@Injectable()
export class ReportsService {
  private byId: Map<string, Report> | null = null;

  constructor(
    private readonly registry: PluginRegistry,
    private readonly moduleRef: ModuleRef,
    private readonly exports: ReportExports,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(): Report[] {
    this.byId ??= new Map(
      this.registry
        .reports()
        .map((type) => this.moduleRef.get<Report>(type, { strict: false }))
        .map((r) => [r.id, r]),
    );
    return [...this.byId.values()];
  }

  get(id: string): Report {
    const report = this.list().find((r) => r.id === id);
    if (!report)
      throw new InvalidInput(
        'report',
        `is not a report; known: ${this.list()
          .map((r) => r.id)
          .join(', ')}`,
      );
    return report;
  }

  /** A report's lines a batch at a time (one batch for a report that holds its result whole). */
  async stream(user: AuthUser, report: Report, parsed: unknown): Promise<ReportStream<object>> {
    return report.stream ? report.stream(user, parsed) : streamOfResult(await report.run(user, parsed));
  }

  /**
   * A report run within a request: a streamed report is counted first and refused above
   * EXPORT_INLINE_MAX_ROWS before its lines are read, so a province's register never sits in the api's memory.
   */
  private async runInline(user: AuthUser, report: Report, parsed: unknown): Promise<ReportResult<object>> {
    if (!report.stream) return report.run(user, parsed);
    const lines = await report.stream(user, parsed);
    if (lines.lines > this.config.exportInlineMaxRows)
      throw reportsError(
        ReportsReason.EXPORT_TOO_LARGE,
        `${report.id} has ${lines.lines} lines, more than the ${this.config.exportInlineMaxRows} exported within a request: use requestReportFile`,
        'report',
      );
    return collectStream(lines, this.config.exportBatchRows);
  }

  /** A report's heading, key figures and lines, as the exports write them (fen stay fen): the columns' values only, nothing else a row object holds. */
  async data(user: AuthUser, id: string, params: unknown): Promise<ReportResult<object>> {
    const report = this.get(id);
    const result = await this.runInline(user, report, await report.parse(params ?? {}));
    const keys = report.columns.map((c) => c.key);
    return { ...result, rows: result.rows.map((row) => Object.fromEntries(keys.map((k) => [k, (row as Record<string, unknown>)[k] ?? null]))) };
  }

  async export(user: AuthUser, id: string, params: unknown, format: ExportFormat): Promise<FileDownload> {
    const report = this.get(id);
    const parsed = await report.parse(params ?? {});
    return this.exports.export(user, report, parsed as object, await this.runInline(user, report, parsed), format);
  }
}
