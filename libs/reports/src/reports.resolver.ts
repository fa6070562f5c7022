import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, JsonScalar, ParseId } from '@gridhr/common';
import { ExportFormat, FileDownloadType } from '@gridhr/sheets';
import { ReportFileRequestType, ReportFileType } from './report-file.types';
import { ReportFiles } from './report-files.service';
import { ReportsService } from './reports.service';
import { ReportDataType, ReportType } from './reports.types';

@Resolver()
export class ReportsResolver {
  constructor(
    private readonly service: ReportsService,
    private readonly files: ReportFiles,
  ) {}

  @Query(() => [ReportType], { description: 'Every report GridHR exports, with its columns.' })
  reports() {
    return this.service.list();
  }

  @Query(() => ReportDataType, { description: 'A report’s lines for your scope, as data (the same lines reportExport writes).' })
  async reportData(
    @CurrentUser() user: AuthUser,
    @Args('report', { description: 'The report’s id (see reports).' }) report: string,
    @Args('params', {
      type: () => JsonScalar,
      nullable: true,
      description: 'The report’s parameters (JSON), as the report documents them, e.g. { "townshipId": …, "year": 2026 }.',
    })
    params: unknown,
  ) {
    const result = await this.service.data(user, report, params);
    return { title: result.title, summary: (result.summary ?? []).map(([label, value]) => ({ label, value: String(value) })), rows: result.rows };
  }

  @Query(() => FileDownloadType, {
    description: 'A report as xlsx or csv, for your scope; params as the report documents them (e.g. { "townshipId": …, "year": 2026 }).',
  })
  reportExport(
    @CurrentUser() user: AuthUser,
    @Args('report', { description: 'The report’s id (see reports).' }) report: string,
    @Args('params', { type: () => JsonScalar, nullable: true, description: 'The report’s parameters (JSON), as the report documents them.' }) params: unknown,
    @Args('format', { type: () => ExportFormat, defaultValue: ExportFormat.XLSX, description: 'XLSX (default) or CSV.' }) format: ExportFormat,
  ) {
    return this.service.export(user, report, params, format);
  }

  @Mutation(() => ReportFileRequestType, {
    description: 'Writes a report to a file in the background (for a county or more: no request that can time out); follow reportFile, then download it once.',
  })
  async requestReportFile(
    @CurrentUser() user: AuthUser,
    @Args('report', { description: 'The report’s id (see reports).' }) report: string,
    @Args('params', { type: () => JsonScalar, nullable: true, description: 'The report’s parameters (JSON), as the report documents them.' }) params: unknown,
    @Args('format', { type: () => ExportFormat, defaultValue: ExportFormat.XLSX, description: 'XLSX (default) or CSV.' }) format: ExportFormat,
  ) {
    return this.files.request(user, report, params, format);
  }

  @Query(() => ReportFileType, { description: 'A report file you requested: its status and progress.' })
  reportFile(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The file’s id.' }, ParseId) id: string) {
    return this.files.get(user, id);
  }
}
