import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AuthUser, InvalidInput } from '@gridhr/common';
import { PluginRegistry, Report, ReportResult } from '@gridhr/platform';
import { ExportFormat, FileDownload } from '@gridhr/sheets';
import { ReportExports } from './report-exports';

/** Every report the plugins declare, found by id, run in the caller's scope and exported one way. */
@Injectable()
export class ReportsService {
  private byId: Map<string, Report> | null = null;

  constructor(
    private readonly registry: PluginRegistry,
    private readonly moduleRef: ModuleRef,
    private readonly exports: ReportExports,
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

  /** A report's heading, key figures and lines, as the exports write them (fen stay fen): the columns' values only, nothing else a row object holds. */
  async data(user: AuthUser, id: string, params: unknown): Promise<ReportResult<object>> {
    const report = this.get(id);
    const result = await report.run(user, await report.parse(params ?? {}));
    const keys = report.columns.map((c) => c.key);
    return { ...result, rows: result.rows.map((row) => Object.fromEntries(keys.map((k) => [k, (row as Record<string, unknown>)[k] ?? null]))) };
  }

  async export(user: AuthUser, id: string, params: unknown, format: ExportFormat): Promise<FileDownload> {
    const report = this.get(id);
    const parsed = await report.parse(params ?? {});
    return this.exports.export(user, report, parsed as object, await report.run(user, parsed), format);
  }
}
