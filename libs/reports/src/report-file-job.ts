import { defineJob } from '@gridhr/queue';

/** Writes one requested report file (its id is the job's id, so asking twice is one job). */
export interface ReportFileJob {
  fileId: string;
}
export const REPORT_FILE = defineJob<ReportFileJob>('reports', 'report-file');

/** Nightly: the files of expired links are deleted from storage. */
export const REPORT_FILES_CLEANUP = defineJob<Record<string, never>>('reports', 'report-files-cleanup');
