import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { FilterQuery } from '@mikro-orm/core';
import { ancestorPrefixes, assertVersion, AuthUser, Clock, inScopeOrAbove, InvalidInput, NotFound, paginate, Role, scopeWhere } from '@gridhr/common';
import { AuditService, snapshot } from '@gridhr/audit';
import { Region } from '@gridhr/org';
import { cleanIdNumber, maskIdNumber, normalizePhone, PiiCipher, Worker, WorkerCategory, WorkerStatus } from '@gridhr/workers';
import { AttendanceStatus, TrainingKind, TrainingLevel } from './training.enums';
import { attendanceOf, SIGN_IN_SHEET } from './sign-in-sheet';
import { ORGANISER_LEVELS } from './training.rules';
import { Attendance, TrainingSession } from './training-session.entity';
import { trainingError, TrainingReason } from './training.errors';
import { compactText, MappingRequest, readSheetRows, SheetFormat, SheetMappings, SheetProblem, SheetReading, sheetHeaders } from '@gridhr/sheets';

/** Who may organise sessions of each level (Shanxi measures: the county and the township train; province and city train backbone staff). */
const ORGANISER_ROLES: Record<TrainingLevel, Role[]> = {
  PROVINCE: [Role.SYSADMIN, Role.CITY_ADMIN],
  CITY: [Role.SYSADMIN, Role.CITY_ADMIN],
  COUNTY: [Role.COUNTY_PLC, Role.SYSADMIN],
  TOWNSHIP: [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC],
  DEPARTMENT: [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC],
};

const MAX_ENTRIES = 5_000;

export interface SessionInput {
  level: TrainingLevel;
  kind: TrainingKind;
  organiserId: string;
  heldOn: string;
  hours: number;
  topic: string;
  trainer?: string | null;
  place?: string | null;
  department?: string | null;
}

export interface AttendanceEntry {
  workerId: string;
  status: AttendanceStatus;
  note?: string | null;
}

@Injectable()
export class TrainingService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cipher: PiiCipher,
    private readonly mappings: SheetMappings,
  ) {}

  /**
   * A session is visible to whoever's scope it was organised in, and to those under its organiser
   * (a township sees the county's sessions its workers go to).
   */
  private visible(user: AuthUser, session: TrainingSession): boolean {
    return inScopeOrAbove(user, session.regionCode, session.organiser.prefix);
  }

  async get(user: AuthUser, id: string, em: EntityManager = this.em): Promise<TrainingSession> {
    const session = await em.findOne(TrainingSession, id, { populate: ['organiser'] });
    if (!session || !this.visible(user, session)) throw new NotFound('TrainingSession', id);
    return session;
  }

  async list(user: AuthUser, args: { first: number; after?: string; year?: number | null; level?: TrainingLevel | null; kind?: TrainingKind | null }) {
    const above = ancestorPrefixes(user.scopePrefix)
      .filter((p) => p)
      .map((p) => p.padEnd(12, '0'));
    const where: FilterQuery<TrainingSession>[] = [{ $or: [scopeWhere(user), { regionCode: { $in: above } }] }];
    if (args.year) where.push({ heldOn: { $gte: `${args.year}-01-01`, $lte: `${args.year}-12-31` } });
    if (args.level) where.push({ level: args.level });
    if (args.kind) where.push({ kind: args.kind });
    return paginate(this.em, TrainingSession, { $and: where }, args, { field: 'heldOn', direction: 'DESC' }, { populate: ['organiser'] });
  }

  private checkInput(input: Partial<SessionInput>): number | undefined {
    if (input.hours === undefined) return undefined;
    const minutes = Math.round(input.hours * 60);
    if (!Number.isFinite(input.hours) || minutes < 15 || minutes > 24 * 60 || Math.abs(minutes - input.hours * 60) > 1e-6) {
      throw new InvalidInput('input.hours', 'must be between 0.25 and 24, in whole minutes');
    }
    return minutes;
  }

  private async organiser(
    em: EntityManager,
    user: AuthUser,
    level: TrainingLevel,
    organiserId: string,
    department: string | null | undefined,
  ): Promise<Region> {
    if (!ORGANISER_ROLES[level].includes(user.role))
      throw trainingError(TrainingReason.LEVEL_NOT_ORGANISED, `${user.role} does not organise ${level} sessions`, 'input.level');
    const region = await em.findOne(Region, organiserId);
    if (!region || !region.code.startsWith(user.scopePrefix)) throw new NotFound('Region', organiserId);
    if (!ORGANISER_LEVELS[level].includes(region.level))
      throw new InvalidInput('input.organiserId', `a ${level} session is organised by a ${ORGANISER_LEVELS[level].join(' or ')}, not a ${region.level}`);
    if (level === TrainingLevel.DEPARTMENT && !department?.trim())
      throw new InvalidInput('input.department', 'names the department that trains its professional workers');
    return region;
  }

  async create(user: AuthUser, input: SessionInput): Promise<TrainingSession> {
    const minutes = this.checkInput(input)!;
    return this.em.transactional(async (em) => {
      const organiser = await this.organiser(em, user, input.level, input.organiserId, input.department);
      const session = em.create(TrainingSession, {
        level: input.level,
        kind: input.kind,
        organiser,
        regionCode: organiser.code,
        heldOn: input.heldOn,
        minutes,
        topic: input.topic.trim(),
        trainer: input.trainer?.trim() || null,
        place: input.place?.trim() || null,
        department: input.level === TrainingLevel.DEPARTMENT ? input.department!.trim() : null,
      });
      this.audit.record(em, user, {
        entity: 'TrainingSession',
        entityId: session.id,
        action: 'CREATE',
        before: null,
        after: snapshot(session),
        regionCode: session.regionCode,
      });
      return session;
    });
  }

  async update(user: AuthUser, input: Partial<Omit<SessionInput, 'level' | 'organiserId'>> & { id: string; version: number }): Promise<TrainingSession> {
    const minutes = this.checkInput(input);
    return this.em.transactional(async (em) => {
      const session = await this.get(user, input.id, em);
      if (!session.regionCode.startsWith(user.scopePrefix) || !ORGANISER_ROLES[session.level].includes(user.role))
        throw trainingError(TrainingReason.NOT_ORGANISER, 'Only the organiser changes a session', 'input.id');
      assertVersion(session, input.version, 'TrainingSession');
      const before = snapshot(session);
      if (input.heldOn !== undefined) {
        const attended = await em.count(Attendance, { session });
        if (attended && input.heldOn > this.clock.today())
          throw trainingError(TrainingReason.ATTENDANCE_RECORDED, 'Attendance is recorded; the session cannot move into the future', 'input.heldOn');
        session.heldOn = input.heldOn;
      }
      if (input.kind !== undefined) session.kind = input.kind;
      if (minutes !== undefined) session.minutes = minutes;
      if (input.topic !== undefined) session.topic = input.topic.trim();
      if (input.trainer !== undefined) session.trainer = input.trainer?.trim() || null;
      if (input.place !== undefined) session.place = input.place?.trim() || null;
      if (input.department !== undefined && session.level === TrainingLevel.DEPARTMENT) session.department = input.department?.trim() || session.department;
      this.audit.record(em, user, {
        entity: 'TrainingSession',
        entityId: session.id,
        action: 'UPDATE',
        before,
        after: snapshot(session),
        regionCode: session.regionCode,
      });
      return session;
    });
  }

  /** Attendance of a session as the caller may see it (their own workers). */
  async attendanceOf(user: AuthUser, sessionId: string): Promise<Attendance[]> {
    return this.em.find(Attendance, { session: sessionId, ...scopeWhere(user) }, { populate: ['worker'], orderBy: { worker: { name: 'asc' } } });
  }

  /**
   * Records the attendance of a whole session at once: the list is the session's attendance for the
   * caller's workers (entries left out are removed). Only workers under the organiser and in the
   * caller's scope; department sessions are for professional workers.
   */
  async recordAttendance(user: AuthUser, input: { sessionId: string; entries: AttendanceEntry[] }): Promise<Attendance[]> {
    if (input.entries.length > MAX_ENTRIES) throw new InvalidInput('input.entries', `at most ${MAX_ENTRIES} at once`);
    const seen = new Set<string>();
    input.entries.forEach((e, i) => {
      if (seen.has(e.workerId)) throw new InvalidInput(`input.entries[${i}].workerId`, 'appears twice');
      seen.add(e.workerId);
    });
    return this.em.transactional(async (em) => {
      const session = await this.get(user, input.sessionId, em);
      if (session.heldOn > this.clock.today())
        throw trainingError(
          TrainingReason.SESSION_NOT_HELD,
          `The session is on ${session.heldOn}; attendance is recorded once it has been held`,
          'input.sessionId',
        );
      const workers = new Map((await em.find(Worker, { id: { $in: [...seen] } })).map((w) => [w.id, w]));
      input.entries.forEach((entry, i) => {
        const problem = this.eligibility(user, session, workers.get(entry.workerId));
        if (problem) throw new InvalidInput(`input.entries[${i}].workerId`, problem);
      });
      // The caller's rows are those of workers now in their scope (a worker may have moved since).
      const existing = await em.find(Attendance, { session, worker: { regionCode: { $like: `${user.scopePrefix}%` } } });
      const before = existing.map((a) => ({ workerId: a.worker.id, status: a.status }));
      const byWorker = new Map(existing.map((a) => [a.worker.id, a]));
      for (const entry of input.entries) {
        const row = byWorker.get(entry.workerId);
        const worker = workers.get(entry.workerId)!;
        if (row) {
          row.status = entry.status;
          row.regionCode = worker.regionCode;
          row.note = entry.note?.trim() || null;
          byWorker.delete(entry.workerId);
        } else {
          em.create(Attendance, { session, worker, regionCode: worker.regionCode, status: entry.status, note: entry.note?.trim() || null });
        }
      }
      for (const gone of byWorker.values()) em.remove(gone);
      this.audit.record(em, user, {
        entity: 'TrainingSession',
        entityId: session.id,
        action: 'RECORD_ATTENDANCE',
        before: { attendance: before },
        after: { attendance: input.entries.map((e) => ({ workerId: e.workerId, status: e.status })) },
        regionCode: user.scopePrefix.padEnd(12, '0').slice(0, 12),
      });
      await em.flush();
      return em.find(Attendance, { session, ...scopeWhere(user) }, { populate: ['worker'], orderBy: { worker: { name: 'asc' } } });
    });
  }

  private eligibility(user: AuthUser, session: TrainingSession, worker: Worker | undefined): string | null {
    if (!worker || !worker.regionCode.startsWith(user.scopePrefix)) return 'is not a worker in your scope';
    if (!worker.regionCode.startsWith(session.organiser.prefix)) return `${worker.name} is not under ${session.organiser.name}, which organised the session`;
    if (session.level === TrainingLevel.DEPARTMENT && worker.category !== WorkerCategory.PROFESSIONAL)
      return `${worker.name} is not a professional worker; department sessions train professional workers (Jiangmen art. 31)`;
    if (worker.status === WorkerStatus.EXITED && worker.exitedOn && worker.exitedOn < session.heldOn) return `${worker.name} had left on ${worker.exitedOn}`;
    return null;
  }

  /**
   * A sign-in sheet (xlsx or csv: 姓名, 身份证号 or 联系电话, 签到情况, 备注; other columns ignored) for
   * a whole session. Every line is checked first; with any problem nothing is recorded and every problem
   * is reported by line.
   */
  async importSignInSheet(
    user: AuthUser,
    input: { sessionId: string; format: SheetFormat; contentBase64: string } & MappingRequest,
  ): Promise<{ recorded: number; problems: SheetProblem[]; sheet: SheetReading }> {
    const sheet = await readSheetRows(input, SIGN_IN_SHEET, await this.mappings.forUpload(user, SIGN_IN_SHEET, input));
    if (sheet.problems.length) return { recorded: 0, problems: sheet.problems, sheet: sheet.reading };
    const session = await this.get(user, input.sessionId);
    // The columns were read (a header problem returned above): a mapping asked to be saved is kept for next time.
    await this.mappings.saveIfAsked(user, SIGN_IN_SHEET, input, sheet.reading, true);
    const column = sheetHeaders(SIGN_IN_SHEET, sheet.reading);
    const hashes = sheet.rows.map((r) => (r.cell.idNumber ? this.cipher.hash(cleanIdNumber(r.cell.idNumber)) : ''));
    const phones = sheet.rows.map((r) => (r.cell.idNumber ? null : normalizePhone(compactText(r.cell.phone))));
    // Only workers in the caller's scope: the sheet must not tell whether an ID number is a worker elsewhere.
    const found = await this.em.find(Worker, {
      $or: [{ idNumberHash: { $in: hashes.filter((h) => h) } }, { phone: { $in: phones.filter((p): p is string => !!p) } }],
      ...scopeWhere(user),
    });
    const byHash = new Map(found.map((w) => [w.idNumberHash, w]));
    const problems: SheetProblem[] = [];
    const entries: AttendanceEntry[] = [];
    const seen = new Map<string, number>();
    sheet.rows.forEach((row, i) => {
      const { idNumber, phone, status: statusText, note } = row.cell;
      const name = compactText(row.cell.name);
      const problem = (col: string, value: string, text: string) => problems.push({ line: row.line, column: col, value, problem: text });
      // By ID number; a sheet without one names the person and their phone (one phone may serve a family).
      const byPhone = phones[i] ? found.filter((w) => w.phone === phones[i] && compactText(w.name) === name) : [];
      const worker = idNumber ? byHash.get(hashes[i]) : byPhone.length === 1 ? byPhone[0] : undefined;
      const shown = idNumber ? maskIdNumber(cleanIdNumber(idNumber)) : phone;
      if (!idNumber && !phone) return problem(column.idNumber, '', '请填身份证号或联系电话');
      if (!idNumber && !phones[i]) return problem(column.phone, phone, '不是11位手机号');
      if (!idNumber && byPhone.length > 1) return problem(column.phone, phone, `有${byPhone.length}名网格员姓名、电话都相同，请改填身份证号`);
      if (!worker) return problem(idNumber ? column.idNumber : column.phone, shown, `您的管辖范围内没有这个${idNumber ? '身份证号' : '姓名和电话'}的网格员`);
      if (compactText(worker.name) !== name) return problem(column.name, row.cell.name, '与身份证号登记的姓名不符');
      const ineligible = this.eligibility(user, session, worker);
      if (ineligible) return problem(column.idNumber, shown, ineligible);
      const status = attendanceOf(statusText);
      if (!status) return problem(column.status, statusText, '请填“出席”“缺席”或“请假”（√、× 也可）');
      if (seen.has(worker.id)) return problem(column.idNumber, shown, `与第${seen.get(worker.id)}行是同一人`);
      seen.set(worker.id, row.line);
      entries.push({ workerId: worker.id, status, note: note.slice(0, 200) || null });
    });
    if (problems.length) return { recorded: 0, problems, sheet: sheet.reading };
    return { recorded: (await this.recordAttendance(user, { sessionId: session.id, entries })).length, problems: [], sheet: sheet.reading };
  }
}
