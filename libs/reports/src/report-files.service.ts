// Large exports as jobs (issue 13 item 4): a report requested as a file is written by the worker to
// storage (EXPORT_DIR), its progress kept on the row; the link given at the request downloads it once,
// until it expires. Requests, files written and downloads are in the audit trail.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '@gridhr/audit';
import { APP_CONFIG, AppConfig, AuthUser, NotFound, Role } from '@gridhr/common';
import { Jobs } from '@gridhr/queue';
import { ExportFormat } from '@gridhr/sheets';
import { ReportFile, ReportFileStatus } from './report-file.entity';
import { REPORT_FILE } from './report-file-job';
import { writeReportFile } from './report-file-writer';
import { EXPORT_AUDIT, scopeRegionCode } from './report-exports';
import { ReportsService } from './reports.service';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Why a download is refused: the link is wrong, the file not written yet, or already taken or expired. */
export type DownloadRefusal = 'NOT_FOUND' | 'NOT_READY' | 'GONE';

@Injectable()
export class ReportFiles {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly reports: ReportsService,
    private readonly jobs: Jobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Checks the report and its params now, queues the file, and gives the one-time download path. */
  async request(user: AuthUser, reportId: string, params: unknown, format: ExportFormat): Promise<{ file: ReportFile; downloadPath: string }> {
    const report = this.reports.get(reportId);
    const parsed = (await report.parse(params ?? {})) as object;
    const token = randomBytes(32).toString('base64url');
    const file = this.em.create(ReportFile, {
      report: report.id,
      params: { ...parsed },
      format,
      userId: user.id,
      username: user.username,
      role: user.role,
      scopePrefix: user.scopePrefix,
      regionCode: scopeRegionCode(user.scopePrefix),
      tokenHash: hashOf(token),
    });
    this.audit.record(this.em, user, {
      entity: EXPORT_AUDIT.entity,
      entityId: report.id,
      action: 'EXPORT_REQUEST',
      before: null,
      after: { fileId: file.id, params: file.params, format },
      regionCode: file.regionCode,
    });
    await this.em.flush();
    await this.jobs.add(REPORT_FILE, { fileId: file.id }, { jobId: file.id });
    return { file, downloadPath: `/exports/${file.id}?token=${token}` };
  }

  /** A file the caller asked for (others' are not found). */
  async get(user: AuthUser, id: string): Promise<ReportFile> {
    const file = await this.em.findOne(ReportFile, { id, userId: user.id });
    if (!file) throw new NotFound('ReportFile', id);
    return file;
  }

  /** The job: runs the report as the caller in the worker and writes it to storage. Twice is once. */
  async write(fileId: string): Promise<ReportFileStatus> {
    const em = this.em.fork();
    const file = await em.findOneOrFail(ReportFile, fileId);
    if (file.status === ReportFileStatus.DONE) return file.status;
    const user: AuthUser = { id: file.userId, username: file.username, role: file.role as Role, scopePrefix: file.scopePrefix };
    const report = this.reports.get(file.report);
    file.status = ReportFileStatus.RUNNING;
    file.progress = 0;
    await em.flush();
    try {
      const lines = await this.reports.stream(user, report, await report.parse(file.params));
      const { exportDir, exportBatchRows } = this.config;
      await mkdir(exportDir, { recursive: true });
      const ext = file.format === ExportFormat.CSV ? 'csv' : 'xlsx';
      const path = this.pathOf(file.id, ext);
      const result = lines.head;
      const total = await writeReportFile(report, lines, file.format as ExportFormat, path, exportBatchRows, (done) =>
        em.nativeUpdate(ReportFile, { id: file.id }, { progress: 1 + Math.floor((98 * done) / Math.max(lines.lines, done, 1)) }).then(() => undefined),
      );
      Object.assign(file, {
        status: ReportFileStatus.DONE,
        progress: 100,
        rows: total,
        fileName: `${result.fileName}.${ext}`,
        sizeBytes: (await stat(path)).size,
        expiresAt: new Date(Date.now() + this.config.exportTtlHours * 3600_000),
        error: null,
      });
      this.audit.record(em, user, {
        ...EXPORT_AUDIT,
        entityId: report.id,
        before: null,
        after: { fileId: file.id, params: file.params, format: file.format, rows: total, fileName: file.fileName },
        regionCode: file.regionCode,
      });
    } catch (error) {
      file.status = ReportFileStatus.FAILED;
      file.error = (error as Error).message.slice(0, 1000);
    }
    await em.flush();
    return file.status;
  }

  /**
   * Takes the file's one download: the token must match, the file be written and neither downloaded nor
   * expired. Marked downloaded atomically, so two clicks on one link give one file.
   */
  async take(id: string, token: string): Promise<{ path: string; fileName: string; format: string } | DownloadRefusal> {
    const em = this.em.fork();
    const file = /^[0-9a-f-]{36}$/.test(id) ? await em.findOne(ReportFile, id) : null;
    const given = Buffer.from(hashOf(token ?? ''), 'hex');
    if (!file || !timingSafeEqual(given, Buffer.from(file.tokenHash, 'hex'))) return 'NOT_FOUND';
    if (file.status !== ReportFileStatus.DONE) return file.status === ReportFileStatus.FAILED ? 'GONE' : 'NOT_READY';
    const taken = await em.nativeUpdate(ReportFile, { id, downloadedAt: null, expiresAt: { $gt: new Date() } }, { downloadedAt: new Date() });
    if (!taken) return 'GONE';
    const user = { id: file.userId, username: file.username, role: file.role as Role, scopePrefix: file.scopePrefix };
    this.audit.record(em, user, {
      ...EXPORT_AUDIT,
      entityId: file.report,
      action: 'DOWNLOAD',
      before: null,
      after: { fileId: file.id },
      regionCode: file.regionCode,
    });
    await em.flush();
    return { path: this.pathOf(file.id, file.format === ExportFormat.CSV ? 'csv' : 'xlsx'), fileName: file.fileName!, format: file.format };
  }

  /** Deletes a file from storage (after its download, or when its link expired). */
  async discard(path: string): Promise<void> {
    await rm(path, { force: true });
  }

  /** The nightly cleanup: files of expired or downloaded links. */
  async cleanUp(): Promise<number> {
    const em = this.em.fork();
    const stale = await em.find(ReportFile, { status: ReportFileStatus.DONE, $or: [{ expiresAt: { $lt: new Date() } }, { downloadedAt: { $ne: null } }] });
    for (const file of stale) await this.discard(this.pathOf(file.id, file.format === ExportFormat.CSV ? 'csv' : 'xlsx'));
    return stale.length;
  }

  private pathOf(id: string, ext: string): string {
    return join(this.config.exportDir, `${id}.${ext}`);
  }
}
