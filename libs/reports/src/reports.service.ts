import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AuthUser, InvalidInput } from '@gridhr/common';
import { PluginRegistry, Report } from '@gridhr/platform';
import { ExportFormat, FileDownload } from '@gridhr/sheets';
import { exportReport } from './report-exporter';

/** Every report the plugins declare, found by id, run in the caller's scope and exported one way. */
@Injectable()
export class ReportsService {
  private byId: Map<string, Report> | null = null;

  constructor(
    private readonly registry: PluginRegistry,
    private readonly moduleRef: ModuleRef,
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

  async export(user: AuthUser, id: string, params: unknown, format: ExportFormat): Promise<FileDownload> {
    const report = this.get(id);
    const parsed = await report.parse(params ?? {});
    return exportReport(report, await report.run(user, parsed), format);
  }
}
