import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, JsonScalar } from '@gridhr/common';
import { ExportFormat, FileDownloadType } from '@gridhr/sheets';
import { ReportsService } from './reports.service';
import { ReportDataType, ReportType } from './reports.types';

@Resolver()
export class ReportsResolver {
  constructor(private readonly service: ReportsService) {}

  @Query(() => [ReportType], { description: 'Every report GridHR exports, with its columns.' })
  reports() {
    return this.service.list();
  }

  @Query(() => ReportDataType, { description: 'A report’s lines for your scope, as data (the same lines reportExport writes).' })
  async reportData(@CurrentUser() user: AuthUser, @Args('report') report: string, @Args('params', { type: () => JsonScalar, nullable: true }) params: unknown) {
    const result = await this.service.data(user, report, params);
    return { title: result.title, summary: (result.summary ?? []).map(([label, value]) => ({ label, value: String(value) })), rows: result.rows };
  }

  @Query(() => FileDownloadType, {
    description: 'A report as xlsx or csv, for your scope; params as the report documents them (e.g. { "townshipId": …, "year": 2026 }).',
  })
  reportExport(
    @CurrentUser() user: AuthUser,
    @Args('report') report: string,
    @Args('params', { type: () => JsonScalar, nullable: true }) params: unknown,
    @Args('format', { type: () => ExportFormat, defaultValue: ExportFormat.XLSX }) format: ExportFormat,
  ) {
    return this.service.export(user, report, params, format);
  }
}
