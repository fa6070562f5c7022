import { Injectable } from '@nestjs/common';
import { JobHandler } from '@gridhr/platform';
import { ReportFileJob } from './report-file-job';
import { ReportFiles } from './report-files.service';

@Injectable()
export class ReportFileHandler implements JobHandler<ReportFileJob> {
  constructor(private readonly files: ReportFiles) {}

  handle(data: ReportFileJob): Promise<string> {
    return this.files.write(data.fileId);
  }
}

@Injectable()
export class ReportFilesCleanupHandler implements JobHandler<Record<string, never>> {
  constructor(private readonly files: ReportFiles) {}

  handle(): Promise<number> {
    return this.files.cleanUp();
  }
}
