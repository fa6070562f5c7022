// The one worker lifecycle: every path that registers, changes, onboards, activates, transfers or ends a
// worker (the register, the spreadsheet import, recruiting, an exit) goes through here, in the caller's
// transaction, so a rule added here holds everywhere. Duty in a grid is GridDuty's (grid-duty.service.ts).
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDays, AuthUser, Clock, hireDateProblem, InvalidInput } from '@gridhr/common';
import { Actor, AuditService, SYSTEM_ACTOR } from '@gridhr/audit';
import { orgError, OrgReason, Region } from '@gridhr/org';
import { PluginHooks } from '@gridhr/platform';
import { GridAssignment } from './grid-assignment.entity';
import { GridDuty } from './grid-duty.service';
import { maskIdNumber, ParsedIdNumber } from './id-number.rules';
import { PiiCipher } from './pii-cipher';
import { WorkerStatus } from './worker.enums';
import { Worker } from './worker.entity';
import { applyPhonePublishing, coversSeveralGrids, mayTransfer, rosterPhone, statusChangeProblem, townshipPrefix } from './worker.rules';
import { workersError, WorkersReason } from './workers.errors';
import { FACT_KEYS, MANAGING_LEVELS, Registration, SealedIdentity, WorkerChanges, workerSnapshot } from './worker-lifecycle.types';

@Injectable()
export class WorkerLifecycle {
  constructor(
    private readonly audit: AuditService,
    private readonly cipher: PiiCipher,
    private readonly hooks: PluginHooks,
    private readonly clock: Clock,
    private readonly duty: GridDuty,
  ) {}

  seal(id: ParsedIdNumber): SealedIdentity {
    return {
      idNumberCipher: this.cipher.encrypt(id.idNumber),
      idNumberHash: this.cipher.hash(id.idNumber),
      idNumberMasked: maskIdNumber(id.idNumber),
      birthDate: id.birthDate,
      sex: id.sex as Worker['sex'],
    };
  }

  /** A region that may manage workers day to day, and is in use. */
  assertManagingRegion(region: Region, field: string): Region {
    if (!MANAGING_LEVELS.includes(region.level))
      throw new InvalidInput(field, `workers are managed by a township, community or village, not a ${region.level}`);
    if (!region.active) throw orgError(OrgReason.REGION_INACTIVE, `Region ${region.code} is inactive`, field);
    return region;
  }

  /** The hire date against the birth date in the ID number (Labour Law art. 15: not under 16). */
  assertHireDate(birthDate: string, hiredOn: string | null, field = 'input.hiredOn'): void {
    const problem = hiredOn ? hireDateProblem(birthDate, hiredOn) : null;
    if (problem) throw new InvalidInput(field, problem);
  }

  /** A household registration (户籍) code names a region on record. */
  async assertHomeRegion(em: EntityManager, code: string | null | undefined, field = 'input.homeRegionCode'): Promise<void> {
    if (code && !(await em.count(Region, { code }))) throw new InvalidInput(field, `${code} is not a region on record`);
  }

  /** One ID number is one person: a clash names the record only when the caller may see it. */
  async assertNewPerson(em: EntityManager, actor: Actor, idNumberHash: string, field: string): Promise<void> {
    const existing = await em.findOne(Worker, { idNumberHash });
    if (!existing) return;
    if (actor === SYSTEM_ACTOR || existing.regionCode.startsWith((actor as AuthUser).scopePrefix)) {
      throw workersError(WorkersReason.PERSON_REGISTERED, `A worker with this ID number is already registered: ${existing.name} (id ${existing.id})`, field);
    }
    throw workersError(
      WorkersReason.PERSON_REGISTERED,
      'A worker with this ID number is already registered by another unit; ask the county to transfer the record',
      field,
    );
  }

  /** A new record. An ACTIVE registration records someone already at work (no pre-job gate: that is for going on duty). */
  async register(em: EntityManager, actor: Actor, reg: Registration, action = 'CREATE', options: { personChecked?: boolean } = {}): Promise<Worker> {
    const today = this.clock.today();
    if (reg.status === WorkerStatus.EXITED) throw new InvalidInput('input.status', 'a new record cannot start as EXITED');
    if (reg.hiredOn && reg.hiredOn > today) throw new InvalidInput('input.hiredOn', 'must not be in the future');
    this.assertManagingRegion(reg.region, 'input.regionId');
    const hiredOn = reg.hiredOn ?? (reg.status === WorkerStatus.ACTIVE ? today : null);
    this.assertHireDate(reg.identity.birthDate, hiredOn);
    await this.assertHomeRegion(em, reg.homeRegionCode);
    // A bulk caller that looked up every ID number in one query says so; the unique index still holds.
    if (!options.personChecked) await this.assertNewPerson(em, actor, reg.identity.idNumberHash, 'input.idNumber');
    const facts = Object.fromEntries(FACT_KEYS.filter((k) => reg[k] !== undefined).map((k) => [k, reg[k]]));
    const worker = em.create(Worker, {
      ...reg.identity,
      ...facts,
      name: reg.name.trim(),
      phone: reg.phone,
      workPhone: reg.workPhone ?? null,
      phonePublishConsent: reg.phonePublishConsent ?? false,
      phonePublishConsentOn: reg.phonePublishConsent ? (reg.phonePublishConsentOn ?? today) : null,
      professionalTitle: reg.professionalTitle?.trim() || null,
      category: reg.category,
      status: reg.status,
      region: reg.region,
      regionCode: reg.region.code,
      hiredOn,
    });
    this.audit.record(em, actor, { entity: 'Worker', entityId: worker.id, action, before: null, after: workerSnapshot(worker), regionCode: worker.regionCode });
    return worker;
  }

  /**
   * Changes a record: facts, category (a one-grid worker keeps one grid), managing region (within the
   * township; another township is a transfer, which only the county makes), and status (through the
   * lifecycle: on duty only past the other domains' checks; an exit takes the worker off every grid).
   * One audit entry with the record before and after.
   */
  async change(em: EntityManager, actor: Actor, worker: Worker, changes: WorkerChanges, action = 'UPDATE', options: { flush?: boolean } = {}): Promise<Worker> {
    const today = this.clock.today();
    const before = workerSnapshot(worker);
    const shownPhone = rosterPhone(worker);
    if (changes.name !== undefined && changes.name.trim() !== worker.name) {
      worker.name = changes.name.trim();
      worker.rosterChangedOn = today;
    }
    if (changes.phone !== undefined) worker.phone = changes.phone;
    applyPhonePublishing(worker, changes, today);
    if (rosterPhone(worker) !== shownPhone) worker.rosterChangedOn = today;
    if (changes.homeRegionCode !== undefined && changes.homeRegionCode !== worker.homeRegionCode) await this.assertHomeRegion(em, changes.homeRegionCode);
    for (const key of FACT_KEYS) if (changes[key] !== undefined) (worker as unknown as Record<string, unknown>)[key] = changes[key];
    if (changes.professionalTitle !== undefined) worker.professionalTitle = changes.professionalTitle?.trim() || null;
    if (changes.hiredOn !== undefined) {
      if (changes.hiredOn && changes.hiredOn > today) throw new InvalidInput('input.hiredOn', 'must not be in the future');
      this.assertHireDate(worker.birthDate, changes.hiredOn);
      worker.hiredOn = changes.hiredOn;
    }
    const transfer = changes.region && changes.region.code !== worker.regionCode ? this.assertManagingRegion(changes.region, 'input.regionId') : null;
    if (transfer && townshipPrefix(transfer.code) !== townshipPrefix(worker.regionCode)) {
      await this.transfer(em, actor, worker, transfer, today);
    } else if (transfer) {
      worker.region = transfer;
      worker.regionCode = transfer.code;
    }
    if (changes.category && changes.category !== worker.category) {
      worker.category = changes.category;
      await this.assertGridCount(em, worker, today);
      await this.duty.followCategory(em, worker, today);
    }
    if (changes.status && changes.status !== worker.status) {
      await this.setStatus(em, worker, changes.status, changes.exitedOn ?? null, action);
      worker.rosterChangedOn = today;
    }
    // Flushed so the audit shows the new version; a bulk caller flushes once at its end instead.
    if (options.flush !== false) await em.flush();
    this.audit.record(em, actor, { entity: 'Worker', entityId: worker.id, action, before, after: workerSnapshot(worker), regionCode: worker.regionCode });
    return worker;
  }

  /** Jiangmen [003]: only a grid leader or a professional worker covers several grids. */
  private async assertGridCount(em: EntityManager, worker: Worker, day: string): Promise<void> {
    if (coversSeveralGrids(worker.category)) return;
    const current = await this.duty.currentAssignments(em, [worker.id], day);
    if (current.length > 1)
      throw workersError(
        WorkersReason.ONE_GRID_ONLY,
        `A ${worker.category} works in one grid; end ${current.length - 1} of the current assignments first`,
        'input.category',
      );
  }

  private async setStatus(em: EntityManager, worker: Worker, to: WorkerStatus, exitedOn: string | null, action: string): Promise<void> {
    const problem = statusChangeProblem(worker.status, to);
    if (problem) throw new InvalidInput('input.status', problem);
    if (to === WorkerStatus.EXITED) {
      const blocked = await this.exitBlocker(em, worker.id, action);
      if (blocked) throw workersError(WorkersReason.WORKER_STATUS, `${worker.name} cannot be set EXITED here: ${blocked}`, 'input.status');
    }
    if (to === WorkerStatus.EXITED) return this.exit(em, worker, exitedOn ?? this.clock.today());
    if (to === WorkerStatus.ACTIVE) return this.activate(em, worker);
    worker.status = to;
  }

  /** Why this worker may not be set EXITED through `action` (null: they may): the other domains' conditions. */
  async exitBlocker(em: EntityManager, workerId: string, action: string): Promise<string | null> {
    for (const check of this.hooks.exitChecks()) {
      const blocked = await check.blocker(em, workerId, action);
      if (blocked) return blocked;
    }
    return null;
  }

  /** Why each of these workers may not go on duty yet (none: they may): the other domains' conditions. */
  async activationProblems(em: EntityManager, workerIds: string[]): Promise<Map<string, string>> {
    const problems = new Map<string, string>();
    if (!workerIds.length) return problems;
    for (const check of this.hooks.activationChecks()) {
      for (const [id, problem] of await check.blockers(em, workerIds, this.clock.today())) if (!problems.has(id)) problems.set(id, problem);
    }
    return problems;
  }

  /** On duty: only past every activation check (training: the pre-job session). */
  private async activate(em: EntityManager, worker: Worker): Promise<void> {
    const blocked = (await this.activationProblems(em, [worker.id])).get(worker.id);
    if (blocked) throw workersError(WorkersReason.ACTIVATION_BLOCKED, `${worker.name} cannot go on duty yet: ${blocked}`, 'input.status');
    this.assertHireDate(worker.birthDate, worker.hiredOn ?? this.clock.today(), 'input.status');
    worker.status = WorkerStatus.ACTIVE;
    worker.hiredOn ??= this.clock.today();
  }

  /** Ends a worker: EXITED from `exitedOn`, off duty in every grid after that day. Records stay. */
  private async exit(em: EntityManager, worker: Worker, exitedOn: string): Promise<void> {
    if (worker.hiredOn && exitedOn < worker.hiredOn) throw new InvalidInput('input.exitedOn', `must not be before the hire date ${worker.hiredOn}`);
    worker.status = WorkerStatus.EXITED;
    worker.exitedOn = exitedOn;
    for (const assignment of await em.find(GridAssignment, { worker, $or: [{ toDate: null }, { toDate: { $gt: exitedOn } }] })) {
      assignment.toDate = assignment.fromDate > exitedOn ? assignment.fromDate : exitedOn;
    }
  }

  /** A transfer to another township as its own audited step (the county's transferWorker). */
  async transferTo(em: EntityManager, actor: Actor, worker: Worker, region: Region, on: string): Promise<Worker> {
    this.assertManagingRegion(region, 'input.regionId');
    const before = workerSnapshot(worker);
    await this.transfer(em, actor, worker, region, on);
    await em.flush();
    this.audit.record(em, actor, {
      entity: 'Worker',
      entityId: worker.id,
      action: 'TRANSFER',
      before,
      after: { ...workerSnapshot(worker), transferredOn: on },
      regionCode: worker.regionCode,
    });
    return worker;
  }

  /**
   * Moves a worker to a region of another township from `on`, keeping the record and its history: their
   * grids in the old township end the day before, and the other domains' records follow (attendance).
   */
  private async transfer(em: EntityManager, actor: Actor, worker: Worker, region: Region, on: string): Promise<void> {
    if (actor !== SYSTEM_ACTOR && !mayTransfer((actor as AuthUser).role)) {
      throw workersError(
        WorkersReason.TRANSFER_BY_COUNTY,
        `${region.name} is in another township: moving ${worker.name} there is a transfer, which the county makes`,
        'input.regionId',
      );
    }
    if (worker.status === WorkerStatus.EXITED)
      throw workersError(WorkersReason.WORKER_STATUS, `${worker.name} has left; an exited record is not transferred`, 'input.regionId');
    const fromRegionCode = worker.regionCode;
    const lastDay = addDays(on, -1);
    for (const assignment of await em.find(GridAssignment, { worker, $or: [{ toDate: null }, { toDate: { $gte: on } }] }, { populate: ['grid'] })) {
      if (assignment.regionCode.startsWith(townshipPrefix(region.code))) continue;
      if (assignment.fromDate > lastDay)
        throw workersError(
          WorkersReason.ALREADY_ON_DUTY,
          `${worker.name} is put on duty in grid ${assignment.grid.code} from ${assignment.fromDate}; end that assignment before the transfer`,
          'input.regionId',
        );
      assignment.toDate = lastDay;
    }
    worker.region = region;
    worker.regionCode = region.code;
    for (const hook of this.hooks.transferHooks()) await hook.transferred(em, { workerId: worker.id, fromRegionCode, toRegionCode: region.code, on });
  }
}
