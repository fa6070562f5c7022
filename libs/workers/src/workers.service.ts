import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { FilterQuery } from '@mikro-orm/core';
import { assertInScope, assertVersion, AuthUser, Clock, findRows, groupBy, InvalidInput, NotFound, oneBy, paginate, scopeWhere } from '@gridhr/common';
import { AuditService, snapshot } from '@gridhr/audit';
import { Grid, Region } from '@gridhr/org';
import { GridAssignment, onDutyOn } from './grid-assignment.entity';
import { maskIdNumber, maskPhone, normalizePhone, parseIdNumber } from './id-number.rules';
import { Misconduct, MisconductKind } from './misconduct.entity';
import { PiiCipher } from './pii-cipher';
import { Reveals, SearchIdentifier } from './reveals';
import { Worker } from './worker.entity';
import { GridDuty } from './grid-duty.service';
import { WorkerLifecycle } from './worker-lifecycle.service';
import { checkPhonePublishing, townshipPrefix } from './worker.rules';
import { CreateWorkerInput, UpdateWorkerInput, WorkersArgs } from './worker.types';
import { SHOWN_PHONE, shownPhone } from './worker-register.report';

@Injectable()
export class WorkersService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cipher: PiiCipher,
    private readonly lifecycle: WorkerLifecycle,
    private readonly duty: GridDuty,
    private readonly reveals: Reveals,
  ) {}

  async get(user: AuthUser, id: string): Promise<Worker> {
    return assertInScope(user, await this.em.findOne(Worker, id), 'Worker', id);
  }

  /**
   * The register within the user's scope. A search by full ID number or phone is a reveal (Reveals):
   * only the register's keepers make it, it counts against their window and it is audited.
   * `withCount`: the query selects totalCount (counted in the page's statement).
   */
  async list(user: AuthUser, args: WorkersArgs, withCount = false) {
    const where: FilterQuery<Worker>[] = [scopeWhere(user)];
    const searches: { by: SearchIdentifier; masked: string }[] = [];
    if (args.idNumber) {
      await this.reveals.allowSearch(user, 'idNumber');
      const parsed = parseIdNumber(args.idNumber, this.clock.today());
      if (!parsed.ok) throw new InvalidInput('idNumber', parsed.problem);
      where.push({ idNumberHash: this.cipher.hash(parsed.value.idNumber) });
      searches.push({ by: 'idNumber', masked: maskIdNumber(parsed.value.idNumber) });
    }
    if (args.phone) {
      await this.reveals.allowSearch(user, 'phone');
      const phone = normalizePhone(args.phone);
      if (!phone) throw new InvalidInput('phone', 'is not an 11-digit mobile number');
      where.push({ phone });
      searches.push({ by: 'phone', masked: maskPhone(phone) });
    }
    if (args.regionId) {
      const region = assertInScope(user, await this.em.findOne(Region, args.regionId), 'Region', args.regionId);
      where.push({ regionCode: { $like: `${region.prefix}%` } });
    }
    if (args.name) where.push({ name: { $ilike: `%${args.name.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` } });
    if (args.category) where.push({ category: args.category });
    if (args.status) where.push({ status: args.status });
    if (args.gridId) {
      const grid = assertInScope(user, await this.em.findOne(Grid, args.gridId), 'Grid', args.gridId);
      const today = this.clock.today();
      const onDuty = await this.em.find(GridAssignment, { grid, ...onDutyOn(today) }, { fields: ['worker'] });
      where.push({ id: { $in: onDuty.map((a) => a.worker.id) } });
    }
    // Plain rows, not entities: the list only reads (the nested fields take `id` and `region.id`), and
    // each row carries its masked ID number and the phone as the user may see it, so those fields need
    // no resolver call (PRELOADED).
    const page = await paginate(
      this.em,
      Worker,
      { $and: where },
      args,
      { field: args.sort, direction: args.descending ? 'DESC' : 'ASC' },
      { rows: true, count: withCount },
    );
    for (const { node } of page.edges) Object.assign(node, { idNumber: node.idNumberMasked, [SHOWN_PHONE]: shownPhone(user, node.phone) });
    if (searches.length) {
      const found = page.edges.map(({ node }) => ({ id: node.id, regionCode: node.regionCode }));
      await this.em.transactional(async (em) => {
        for (const search of searches) this.reveals.recordSearch(em, user, search.by, search.masked, found);
      });
    }
    return page;
  }

  private async region(em: EntityManager, user: AuthUser, regionId: string): Promise<Region> {
    return assertInScope(user, await em.findOne(Region, regionId), 'Region', regionId);
  }

  private async worker(em: EntityManager, user: AuthUser, id: string, version?: number): Promise<Worker> {
    const worker = assertInScope(user, await em.findOne(Worker, id), 'Worker', id);
    if (version !== undefined) assertVersion(worker, version, 'Worker');
    return worker;
  }

  async create(user: AuthUser, input: CreateWorkerInput): Promise<Worker> {
    const today = this.clock.today();
    const parsed = parseIdNumber(input.idNumber, today);
    if (!parsed.ok) throw new InvalidInput('input.idNumber', parsed.problem);
    const phone = normalizePhone(input.phone);
    if (!phone) throw new InvalidInput('input.phone', 'is not an 11-digit mobile number');
    const publishing = checkPhonePublishing(input, today);
    return this.em.transactional(async (em) => {
      const { idNumber: _id, phone: _phone, regionId, workPhone: _work, phonePublishConsent: _consent, phonePublishConsentOn: _on, ...rest } = input;
      const region = await this.region(em, user, regionId);
      return this.lifecycle.register(em, user, { ...rest, ...publishing, identity: this.lifecycle.seal(parsed.value), phone, region });
    });
  }

  async update(user: AuthUser, input: UpdateWorkerInput): Promise<Worker> {
    let phone: string | undefined;
    if (input.phone !== undefined) {
      phone = normalizePhone(input.phone) ?? undefined;
      if (!phone) throw new InvalidInput('input.phone', 'is not an 11-digit mobile number');
    }
    const publishing = checkPhonePublishing(input, this.clock.today());
    return this.em.transactional(async (em) => {
      const worker = await this.worker(em, user, input.id, input.version);
      const { id: _id, version: _version, regionId, workPhone: _work, phonePublishConsent: _consent, phonePublishConsentOn: _on, ...changes } = input;
      const region = regionId ? await this.region(em, user, regionId) : undefined;
      return this.lifecycle.change(em, user, worker, { ...changes, ...publishing, phone, region });
    });
  }

  /** The county moves a worker to another township from a day; the record and its history stay one. */
  async transfer(user: AuthUser, input: { id: string; version: number; regionId: string; on?: string | null }): Promise<Worker> {
    return this.em.transactional(async (em) => {
      const worker = await this.worker(em, user, input.id, input.version);
      const region = await this.region(em, user, input.regionId);
      if (townshipPrefix(region.code) === townshipPrefix(worker.regionCode))
        throw new InvalidInput('input.regionId', `is in the township that manages ${worker.name} already; change the managing region with updateWorker`);
      return this.lifecycle.transferTo(em, user, worker, region, input.on ?? this.clock.today());
    });
  }

  /** The full ID number, for staff who need it; every reveal counts against the user's window and is audited. */
  async revealIdNumber(user: AuthUser, workerId: string): Promise<string> {
    return this.em.transactional(async (em) => {
      const worker = await this.worker(em, user, workerId);
      await this.reveals.allow(user, 'workerId', 'revealing an ID number');
      this.audit.record(em, user, {
        entity: 'Worker',
        entityId: worker.id,
        action: 'REVEAL_ID_NUMBER',
        before: null,
        after: { field: 'idNumber' },
        regionCode: worker.regionCode,
      });
      return this.cipher.decrypt(worker.idNumberCipher);
    });
  }

  /** Puts a worker on duty in a grid; with `move`, a one-grid worker's current assignment ends the day before. */
  async assign(user: AuthUser, input: { workerId: string; gridId: string; fromDate?: string | null; move: boolean }): Promise<GridAssignment> {
    return this.em.transactional(async (em) => {
      const worker = await this.worker(em, user, input.workerId);
      const grid = assertInScope(user, await em.findOne(Grid, input.gridId), 'Grid', input.gridId);
      return this.duty.assignToGrid(em, user, worker, grid, input.fromDate ?? this.clock.today(), input.move);
    });
  }

  async endAssignment(user: AuthUser, input: { assignmentId: string; toDate?: string | null }): Promise<GridAssignment> {
    return this.em.transactional(async (em) => {
      const assignment = assertInScope(
        user,
        await em.findOne(GridAssignment, input.assignmentId, { populate: ['grid', 'worker'] }),
        'GridAssignment',
        input.assignmentId,
      );
      if (!assignment.worker.regionCode.startsWith(user.scopePrefix)) throw new NotFound('GridAssignment', input.assignmentId);
      return this.duty.endDuty(em, user, assignment, input.toDate ?? this.clock.today());
    });
  }

  async recordMisconduct(
    user: AuthUser,
    input: { workerId: string; kind: MisconductKind; occurredOn: string; finding: string; decidedBy: string },
  ): Promise<Misconduct> {
    if (input.occurredOn > this.clock.today()) throw new InvalidInput('input.occurredOn', 'must not be in the future');
    return this.em.transactional(async (em) => {
      const worker = await this.worker(em, user, input.workerId);
      const misconduct = em.create(Misconduct, {
        worker,
        kind: input.kind,
        occurredOn: input.occurredOn,
        finding: input.finding.trim(),
        decidedBy: input.decidedBy.trim(),
        regionCode: worker.regionCode,
      });
      this.audit.record(em, user, {
        entity: 'Worker',
        entityId: worker.id,
        action: 'RECORD_MISCONDUCT',
        before: null,
        after: snapshot(misconduct),
        regionCode: worker.regionCode,
      });
      return misconduct;
    });
  }

  /**
   * Assignments (all, or current on `day`) of many workers at once, grouped per worker, each with its
   * grid: plain rows (findRows), for the DataLoaders of a page's nested fields.
   */
  async assignmentsOf(workerIds: readonly string[], day?: string): Promise<GridAssignment[][]> {
    const where: FilterQuery<GridAssignment> = { worker: { $in: [...workerIds] } };
    if (day) Object.assign(where, onDutyOn(day));
    const rows = await findRows(this.em, GridAssignment, where, { orderBy: { fromDate: 'desc' } });
    const grids = new Map((rows.length ? await findRows(this.em, Grid, { id: { $in: [...new Set(rows.map((a) => a.grid.id))] } }) : []).map((g) => [g.id, g]));
    for (const row of rows) Object.assign(row, { grid: grids.get(row.grid.id)! });
    return groupBy(workerIds, rows, (a) => a.worker.id);
  }

  /**
   * Workers as plain rows in the order of `ids` (each the worker, or undefined when none has that id): for
   * the worker of each row of a read-only page (its fields read columns, or load through DataLoaders).
   */
  async rowsByIds(ids: readonly string[]): Promise<(Worker | undefined)[]> {
    return oneBy(ids, await findRows(this.em, Worker, { id: { $in: [...ids] } }), (w) => w.id);
  }

  async misconductsOf(workerIds: readonly string[]): Promise<Misconduct[][]> {
    const rows = await findRows(this.em, Misconduct, { worker: { $in: [...workerIds] } }, { orderBy: { occurredOn: 'desc' } });
    return groupBy(workerIds, rows, (m) => m.worker.id);
  }
}
