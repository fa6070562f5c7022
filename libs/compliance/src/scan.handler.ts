import { Injectable } from '@nestjs/common';
import { JobContext, JobHandler } from '@gridhr/platform';
import { ScanTrigger } from './compliance.enums';
import { ComplianceScanJob } from './scan.jobs';
import { ChunkCounts } from './scan-chunk';
import { ScanService } from './scan.service';

/** Runs (or resumes) one scan job: a person's request, or the daily schedule. */
@Injectable()
export class ComplianceScanHandler implements JobHandler<ComplianceScanJob> {
  constructor(private readonly scans: ScanService) {}

  handle(data: ComplianceScanJob, job: JobContext<ComplianceScanJob>): Promise<ChunkCounts> {
    const trigger = data.scanRunId && !job.scheduled ? ScanTrigger.MANUAL : ScanTrigger.SCHEDULE;
    return this.scans.run({ id: job.id, data, save: (next) => job.save(next) }, trigger);
  }
}
