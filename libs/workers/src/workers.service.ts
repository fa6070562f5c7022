import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { FilterQuery } from '@mikro-orm/core';
import { addDays, assertInScope, assertVersion, AuthUser, Clock, daysBetween, InvalidInput, NotFound, paginate, RegionLevel, scopeWhere } from '@gridhr/common';
import { AuditService, snapshot } from '@gridhr/audit';
import { Grid, GridSetting, orgError, OrgReason, Region } from '@gridhr/org';
import { GridAssignment, onDutyOn } from './grid-assignment.entity';
import { maskIdNumber, normalizePhone, parseIdNumber } from './id-number.rules';
import { Misconduct, MisconductKind } from './misconduct.entity';
import { PiiCipher } from './pii-cipher';
import { WorkerCategory, WorkerStatus } from './worker.enums';
import { Worker } from './worker.entity';
import { assignableStatus, coversSeveralGrids, statusChangeProblem, townshipPrefix } from './worker.rules';
import { CreateWorkerInput, UpdateWorkerInput, WorkersArgs } from './worker.types';
import { workersError, WorkersReason } from './workers.errors';
import { PluginHooks } from '@gridhr/platform';

/** Regions that may manage workers: a township, or a community or village under it. */
const MANAGING_LEVELS = [RegionLevel.TOWNSHIP, RegionLevel.COMMUNITY, RegionLevel.VILLAGE];

/** Audit copies of a worker carry the masked ID number, never the cipher text or the lookup hash. */
export function workerSnapshot(worker: Worker) {
  return snapshot(worker, ['idNumberCipher', 'idNumberHash']);
}

@Injectable()
export class WorkersService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cipher: PiiCipher,
    private readonly hooks: PluginHooks,
  ) {}

  /** Why each of these workers may not become ACTIVE yet (none: they may). */
  async activationProblems(em: EntityManager, workerIds: string[]): Promise<Map<string, string>> {
    const problems = new Map<string, string>();
    if (!workerIds.length) return problems;
    // Other domains' conditions for going on duty (training: the pre-job session).
    for (const check of this.hooks.activationChecks()) {
      for (const [id, problem] of await check.blockers(em, workerIds, this.clock.today())) if (!problems.has(id)) problems.set(id, problem);
    }
    return problems;
  }

  async get(user: AuthUser, id: string): Promise<Worker> {
    return assertInScope(user, await this.em.findOne(Worker, id), 'Worker', id);
  }

  async list(user: AuthUser, args: WorkersArgs) {
    const where: FilterQuery<Worker>[] = [scopeWhere(user)];
    if (args.regionId) {
      const region = assertInScope(user, await this.em.findOne(Region, args.regionId), 'Region', args.regionId);
      where.push({ regionCode: { $like: `${region.prefix}%` } });
    }
    if (args.name) where.push({ name: { $ilike: `%${args.name.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` } });
    if (args.idNumber) {
      const parsed = parseIdNumber(args.idNumber, this.clock.today());
      if (!parsed.ok) throw new InvalidInput('idNumber', parsed.problem);
      where.push({ idNumberHash: this.cipher.hash(parsed.value.idNumber) });
    }
    if (args.phone) {
      const phone = normalizePhone(args.phone);
      if (!phone) throw new InvalidInput('phone', 'is not an 11-digit mobile number');
      where.push({ phone });
    }
    if (args.category) where.push({ category: args.category });
    if (args.status) where.push({ status: args.status });
    if (args.gridId) {
      const grid = assertInScope(user, await this.em.findOne(Grid, args.gridId), 'Grid', args.gridId);
      const today = this.clock.today();
      const onDuty = await this.em.find(GridAssignment, { grid, ...onDutyOn(today) }, { fields: ['worker'] });
      where.push({ id: { $in: onDuty.map((a) => a.worker.id) } });
    }
    return paginate(this.em, Worker, { $and: where }, args, { field: args.sort, direction: args.descending ? 'DESC' : 'ASC' });
  }

  private async managingRegion(em: EntityManager, user: AuthUser, regionId: string, field: string): Promise<Region> {
    const region = assertInScope(user, await em.findOne(Region, regionId), 'Region', regionId);
    if (!MANAGING_LEVELS.includes(region.level)) throw new InvalidInput(field, `workers are managed by a township, community or village, not a ${region.level}`);
    if (!region.active) throw orgError(OrgReason.REGION_INACTIVE, `Region ${region.code} is inactive`, field);
    return region;
  }

  /** One ID number is one person: a clash names the record only when the caller may see it. */
  async assertNewPerson(em: EntityManager, user: AuthUser, idNumberHash: string, field: string): Promise<void> {
    const existing = await em.findOne(Worker, { idNumberHash });
    if (!existing) return;
    if (existing.regionCode.startsWith(user.scopePrefix)) {
      throw workersError(WorkersReason.PERSON_REGISTERED, `A worker with this ID number is already registered: ${existing.name} (id ${existing.id})`, field);
    }
    throw workersError(WorkersReason.PERSON_REGISTERED, 'A worker with this ID number is already registered by another unit; ask the county to transfer the record', field);
  }

  parseIdentity(idNumber: string, phone: string, today: string) {
    const parsed = parseIdNumber(idNumber, today);
    if (!parsed.ok) throw new InvalidInput('input.idNumber', parsed.problem);
    const normalizedPhone = normalizePhone(phone);
    if (!normalizedPhone) throw new InvalidInput('input.phone', 'is not an 11-digit mobile number');
    return { id: parsed.value, phone: normalizedPhone };
  }

  async create(user: AuthUser, input: CreateWorkerInput): Promise<Worker> {
    const today = this.clock.today();
    const { id, phone } = this.parseIdentity(input.idNumber, input.phone, today);
    if (input.hiredOn && input.hiredOn > today) throw new InvalidInput('input.hiredOn', 'must not be in the future');
    if (input.status === WorkerStatus.EXITED) throw new InvalidInput('input.status', 'a new record cannot start as EXITED');
    return this.em.transactional(async (em) => {
      const region = await this.managingRegion(em, user, input.regionId, 'input.regionId');
      const idNumberHash = this.cipher.hash(id.idNumber);
      await this.assertNewPerson(em, user, idNumberHash, 'input.idNumber');
      const worker = em.create(Worker, {
        name: input.name.trim(),
        idNumberCipher: this.cipher.encrypt(id.idNumber),
        idNumberHash,
        idNumberMasked: maskIdNumber(id.idNumber),
        birthDate: id.birthDate,
        sex: id.sex as Worker['sex'],
        phone,
        education: input.education ?? null,
        politicalStatus: input.politicalStatus ?? null,
        veteran: input.veteran ?? false,
        lowIncome: input.lowIncome ?? false,
        socialWorkCertificate: input.socialWorkCertificate ?? undefined,
        professionalTitle: input.professionalTitle?.trim() || null,
        homeRegionCode: input.homeRegionCode ?? null,
        hireSource: input.hireSource ?? null,
        category: input.category,
        status: input.status,
        region,
        regionCode: region.code,
        hiredOn: input.hiredOn ?? (input.status === WorkerStatus.ACTIVE ? today : null),
      });
      this.audit.record(em, user, { entity: 'Worker', entityId: worker.id, action: 'CREATE', before: null, after: workerSnapshot(worker), regionCode: worker.regionCode });
      return worker;
    });
  }

  async update(user: AuthUser, input: UpdateWorkerInput): Promise<Worker> {
    const today = this.clock.today();
    return this.em.transactional(async (em) => {
      const worker = assertInScope(user, await em.findOne(Worker, input.id), 'Worker', input.id);
      assertVersion(worker, input.version, 'Worker');
      const before = workerSnapshot(worker);
      if (input.name !== undefined) worker.name = input.name.trim();
      if (input.phone !== undefined) {
        const phone = normalizePhone(input.phone);
        if (!phone) throw new InvalidInput('input.phone', 'is not an 11-digit mobile number');
        worker.phone = phone;
      }
      for (const key of ['education', 'politicalStatus', 'veteran', 'lowIncome', 'socialWorkCertificate', 'homeRegionCode', 'hireSource', 'category'] as const) {
        if (input[key] !== undefined) (worker as unknown as Record<string, unknown>)[key] = input[key];
      }
      if (input.professionalTitle !== undefined) worker.professionalTitle = input.professionalTitle?.trim() || null;
      if (input.hiredOn !== undefined) {
        if (input.hiredOn && input.hiredOn > today) throw new InvalidInput('input.hiredOn', 'must not be in the future');
        worker.hiredOn = input.hiredOn;
      }
      if (input.regionId) {
        const region = await this.managingRegion(em, user, input.regionId, 'input.regionId');
        worker.region = region;
        worker.regionCode = region.code;
      }
      if (input.category && !coversSeveralGrids(input.category)) {
        const current = await this.currentAssignments(em, [worker.id], today);
        if (current.length > 1) throw workersError(WorkersReason.ONE_GRID_ONLY, `A ${input.category} works in one grid; end ${current.length - 1} of the current assignments first`, 'input.category');
      }
      if (input.status && input.status !== worker.status) {
        const problem = statusChangeProblem(worker.status, input.status);
        if (problem) throw new InvalidInput('input.status', problem);
        if (input.status === WorkerStatus.EXITED) {
          const exitedOn = input.exitedOn ?? today;
          if (worker.hiredOn && exitedOn < worker.hiredOn) throw new InvalidInput('input.exitedOn', `must not be before the hire date ${worker.hiredOn}`);
          worker.exitedOn = exitedOn;
          // An exit takes the worker off duty in every grid from the day after.
          for (const assignment of await this.currentAssignments(em, [worker.id], exitedOn)) assignment.toDate = exitedOn;
        }
        if (input.status === WorkerStatus.ACTIVE) {
          const blocked = (await this.activationProblems(em, [worker.id])).get(worker.id);
          if (blocked) throw workersError(WorkersReason.ACTIVATION_BLOCKED, `${worker.name} cannot go on duty yet: ${blocked}`, 'input.status');
          if (!worker.hiredOn) worker.hiredOn = today;
        }
        worker.status = input.status;
      }
      await em.flush();
      this.audit.record(em, user, { entity: 'Worker', entityId: worker.id, action: 'UPDATE', before, after: workerSnapshot(worker), regionCode: worker.regionCode });
      return worker;
    });
  }

  /** The full ID number, for staff who need it; every reveal is audited. */
  async revealIdNumber(user: AuthUser, workerId: string): Promise<string> {
    return this.em.transactional(async (em) => {
      const worker = assertInScope(user, await em.findOne(Worker, workerId), 'Worker', workerId);
      this.audit.record(em, user, { entity: 'Worker', entityId: worker.id, action: 'REVEAL_ID_NUMBER', before: null, after: { field: 'idNumber' }, regionCode: worker.regionCode });
      return this.cipher.decrypt(worker.idNumberCipher);
    });
  }

  currentAssignments(em: EntityManager, workerIds: string[], day: string): Promise<GridAssignment[]> {
    return em.find(GridAssignment, { worker: { $in: workerIds }, ...onDutyOn(day) }, { orderBy: { fromDate: 'asc' } });
  }

  /** Puts a worker on duty in a grid; with `move`, a one-grid worker's current assignment ends the day before. */
  async assign(user: AuthUser, input: { workerId: string; gridId: string; fromDate?: string | null; move: boolean }): Promise<GridAssignment> {
    const fromDate = input.fromDate ?? this.clock.today();
    return this.em.transactional(async (em) => {
      const worker = assertInScope(user, await em.findOne(Worker, input.workerId), 'Worker', input.workerId);
      const grid = assertInScope(user, await em.findOne(Grid, input.gridId), 'Grid', input.gridId);
      if (!assignableStatus(worker.status)) throw workersError(WorkersReason.WORKER_STATUS, `${worker.name} is ${worker.status} and cannot be put on duty`, 'input.workerId');
      if (!grid.active) throw orgError(OrgReason.GRID_INACTIVE, `Grid ${grid.code} is inactive`, 'input.gridId');
      if (fromDate < grid.activeFrom) throw new InvalidInput('input.fromDate', `grid ${grid.code} is active only from ${grid.activeFrom}`);
      if (!grid.regionCode.startsWith(townshipPrefix(worker.regionCode))) {
        throw new InvalidInput('input.gridId', `grid ${grid.code} is outside the township that manages ${worker.name}`);
      }
      const current = await em.find(GridAssignment, { worker, $or: [{ toDate: null }, { toDate: { $gte: fromDate } }] }, { populate: ['grid'] });
      if (current.some((a) => a.grid.id === grid.id)) throw workersError(WorkersReason.ALREADY_ON_DUTY, `${worker.name} is already on duty in grid ${grid.code}`, 'input.gridId');
      const ended: GridAssignment[] = [];
      if (!coversSeveralGrids(worker.category) && current.length) {
        if (!input.move) {
          throw workersError(WorkersReason.ONE_GRID_ONLY, `${worker.name} (${worker.category}) works in one grid and is on duty in ${current.map((a) => a.grid.code).join(', ')}; move them instead`, 'input.move');
        }
        for (const assignment of current) {
          if (assignment.fromDate >= fromDate) throw new InvalidInput('input.fromDate', `must be after the start of the current assignment (${assignment.fromDate})`);
          assignment.toDate = addDays(fromDate, -1);
          ended.push(assignment);
        }
      }
      const assignment = em.create(GridAssignment, { worker, grid, role: worker.category, fromDate, regionCode: grid.regionCode });
      for (const old of ended) {
        this.audit.record(em, user, { entity: 'Worker', entityId: worker.id, action: 'END_ASSIGNMENT', before: { gridCode: old.grid.code, toDate: null }, after: { gridCode: old.grid.code, toDate: old.toDate }, regionCode: worker.regionCode });
      }
      this.audit.record(em, user, { entity: 'Worker', entityId: worker.id, action: 'ASSIGN', before: null, after: { assignmentId: assignment.id, gridCode: grid.code, role: assignment.role, fromDate }, regionCode: worker.regionCode });
      return assignment;
    });
  }

  async endAssignment(user: AuthUser, input: { assignmentId: string; toDate?: string | null }): Promise<GridAssignment> {
    return this.em.transactional(async (em) => {
      const assignment = assertInScope(user, await em.findOne(GridAssignment, input.assignmentId, { populate: ['grid', 'worker'] }), 'GridAssignment', input.assignmentId);
      if (!assignment.worker.regionCode.startsWith(user.scopePrefix)) throw new NotFound('GridAssignment', input.assignmentId);
      const toDate = input.toDate ?? this.clock.today();
      if (assignment.toDate !== null && assignment.toDate < toDate) throw workersError(WorkersReason.ASSIGNMENT_ENDED, `This assignment already ended on ${assignment.toDate}`);
      if (toDate < assignment.fromDate) throw new InvalidInput('input.toDate', `must not be before the first day ${assignment.fromDate}`);
      const before = { gridCode: assignment.grid.code, toDate: assignment.toDate };
      assignment.toDate = toDate;
      this.audit.record(em, user, { entity: 'Worker', entityId: assignment.worker.id, action: 'END_ASSIGNMENT', before, after: { gridCode: assignment.grid.code, toDate }, regionCode: assignment.worker.regionCode });
      return assignment;
    });
  }

  async recordMisconduct(user: AuthUser, input: { workerId: string; kind: MisconductKind; occurredOn: string; finding: string; decidedBy: string }): Promise<Misconduct> {
    if (input.occurredOn > this.clock.today()) throw new InvalidInput('input.occurredOn', 'must not be in the future');
    return this.em.transactional(async (em) => {
      const worker = assertInScope(user, await em.findOne(Worker, input.workerId), 'Worker', input.workerId);
      const misconduct = em.create(Misconduct, { worker, kind: input.kind, occurredOn: input.occurredOn, finding: input.finding.trim(), decidedBy: input.decidedBy.trim(), regionCode: worker.regionCode });
      this.audit.record(em, user, { entity: 'Worker', entityId: worker.id, action: 'RECORD_MISCONDUCT', before: null, after: snapshot(misconduct), regionCode: worker.regionCode });
      return misconduct;
    });
  }

  /** Assignments (all, or current on `day`) of many workers at once, grouped per worker, grids loaded. */
  async assignmentsOf(workerIds: readonly string[], day?: string): Promise<GridAssignment[][]> {
    const where: FilterQuery<GridAssignment> = { worker: { $in: [...workerIds] } };
    if (day) Object.assign(where, onDutyOn(day));
    const rows = await this.em.find(GridAssignment, where, { populate: ['grid'], orderBy: { fromDate: 'desc' } });
    return workerIds.map((id) => rows.filter((a) => a.worker.id === id));
  }

  async misconductsOf(workerIds: readonly string[]): Promise<Misconduct[][]> {
    const rows = await this.em.find(Misconduct, { worker: { $in: [...workerIds] } }, { orderBy: { occurredOn: 'desc' } });
    return workerIds.map((id) => rows.filter((m) => m.worker.id === id));
  }

  /**
   * Urban community grids with no active FULL_TIME worker on duty today (Shanxi measures [004]), with
   * the day they became vacant: the day after the last full-time assignment ended, or the grid's start.
   */
  async vacancies(user: AuthUser, regionId?: string | null, today = this.clock.today()) {
    let prefix = user.scopePrefix;
    if (regionId) prefix = assertInScope(user, await this.em.findOne(Region, regionId), 'Region', regionId).prefix;
    const rows = await this.em.getConnection().execute<{ grid_id: string; grid_code: string; grid_name: string; region_code: string; vacant_since: string }[]>(
      `select g.id as grid_id, g.code as grid_code, g.name as grid_name, g.region_code,
              to_char(greatest(g.active_from, coalesce(max(a.to_date) + 1, g.active_from)), 'YYYY-MM-DD') as vacant_since
         from grid g
         left join grid_assignment a on a.grid_id = g.id and a.role = ? and a.to_date < ?
        where g.active and g.setting = ? and g.region_code like ?
          and not exists (
            select 1 from grid_assignment c join worker w on w.id = c.worker_id
             where c.grid_id = g.id and w.category = ? and w.status = ? and c.from_date <= ? and (c.to_date is null or c.to_date >= ?))
        group by g.id
        order by vacant_since, g.code`,
      [WorkerCategory.FULL_TIME, today, GridSetting.URBAN, `${prefix}%`, WorkerCategory.FULL_TIME, WorkerStatus.ACTIVE, today, today],
    );
    return rows.map((r) => ({
      gridId: r.grid_id,
      gridCode: r.grid_code,
      gridName: r.grid_name,
      regionCode: r.region_code,
      vacantSince: r.vacant_since,
      daysVacant: Math.max(0, daysBetween(r.vacant_since, today)),
    }));
  }
}
