import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { FilterQuery } from '@mikro-orm/core';
import { addDays, assertInScope, assertVersion, AuthUser, Clock, findRows, groupBy, InvalidInput, paginate, scopeWhere } from '@gridhr/common';
import { AuditService, snapshot } from '@gridhr/audit';
import { Region } from '@gridhr/org';
import { Worker, WorkerStatus } from '@gridhr/workers';
import { Contract } from './contract.entity';
import { ContractStatus } from './contract.enums';
import { openEndedRenewalReason, renewalChainFacts } from './contract.rules';
import { ContractsArgs, CreateContractInput, RenewContractInput, UpdateContractInput } from './contract.types';
import { contractsError, ContractsReason } from './contracts.errors';
import { applyProbationLimit, continuedContract, renewalChain } from './contract-history';
import { assertTermsValid } from './contract-terms';

@Injectable()
export class ContractsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async get(user: AuthUser, id: string): Promise<Contract> {
    return assertInScope(user, await this.em.findOne(Contract, id, { populate: ['worker'] }), 'Contract', id);
  }

  async list(user: AuthUser, args: ContractsArgs) {
    const where: FilterQuery<Contract>[] = [scopeWhere(user)];
    if (args.workerId) where.push({ worker: args.workerId });
    if (args.status) where.push({ status: args.status });
    if (args.kind) where.push({ kind: args.kind });
    if (args.endingBy) where.push({ endDate: { $ne: null, $lte: args.endingBy } });
    if (args.regionId) {
      const region = assertInScope(user, await this.em.findOne(Region, args.regionId), 'Region', args.regionId);
      where.push({ regionCode: { $like: `${region.prefix}%` } });
    }
    return paginate(this.em, Contract, { $and: where }, args, { field: 'startDate', direction: 'DESC' }, { populate: ['worker'] });
  }

  /** Contracts of many workers, newest first (for the worker page). */
  async ofWorkers(workerIds: readonly string[]): Promise<Contract[][]> {
    // Plain rows (findRows): a page's nested contracts are only read.
    const rows = await findRows(this.em, Contract, { worker: { $in: [...workerIds] } }, { orderBy: { startDate: 'desc' } });
    return groupBy(workerIds, rows, (c) => c.worker.id);
  }

  private async workerFor(em: EntityManager, user: AuthUser, workerId: string): Promise<Worker> {
    const worker = assertInScope(user, await em.findOne(Worker, workerId), 'Worker', workerId);
    if (worker.status === WorkerStatus.EXITED)
      throw contractsError(ContractsReason.WORKER_EXITED, `${worker.name} has left; a contract cannot be drawn up`, 'input.workerId');
    return worker;
  }

  async create(user: AuthUser, input: CreateContractInput): Promise<Contract> {
    const terms = { ...input, endDate: input.endDate ?? null, probationEndDate: input.probationEndDate ?? null, signedOn: null };
    assertTermsValid(terms, this.clock.today());
    return this.em.transactional(async (em) => {
      const worker = await this.workerFor(em, user, input.workerId);
      const continued = input.continuesServiceOfId ? await continuedContract(em, user, worker, input.continuesServiceOfId, input.startDate) : null;
      const contract = em.create(Contract, {
        worker,
        regionCode: worker.regionCode,
        kind: input.kind,
        employerKind: input.employerKind,
        employerName: input.employerName.trim(),
        startDate: input.startDate,
        endDate: terms.endDate,
        probationEndDate: terms.probationEndDate,
        monthlyBasePayFen: input.monthlyBasePayFen,
        probationMonthlyPayFen: input.probationMonthlyPayFen ?? null,
        notes: input.notes?.trim() || null,
        continuesServiceOf: continued,
      });
      await applyProbationLimit(em, contract);
      this.audit.record(em, user, {
        entity: 'Contract',
        entityId: contract.id,
        action: 'CREATE',
        before: null,
        after: snapshot(contract),
        regionCode: contract.regionCode,
      });
      return contract;
    });
  }

  /** Drafts can be changed freely; a signed contract is a record of what was signed. */
  async update(user: AuthUser, input: UpdateContractInput): Promise<Contract> {
    return this.em.transactional(async (em) => {
      const contract = assertInScope(user, await em.findOne(Contract, input.id, { populate: ['worker'] }), 'Contract', input.id);
      assertVersion(contract, input.version, 'Contract');
      if (contract.status !== ContractStatus.DRAFT)
        throw contractsError(
          ContractsReason.CONTRACT_STATUS,
          `Contract is ${contract.status}; only a DRAFT can be changed (end it and draw up a new one)`,
          'input.id',
        );
      for (const key of ['kind', 'employerKind', 'employerName', 'startDate', 'monthlyBasePayFen'] as const) {
        if (input[key] === null) throw new InvalidInput(`input.${key}`, 'cannot be emptied');
      }
      const before = snapshot(contract);
      for (const key of ['kind', 'employerKind', 'startDate', 'endDate', 'probationEndDate', 'monthlyBasePayFen', 'probationMonthlyPayFen'] as const) {
        if (input[key] !== undefined) (contract as unknown as Record<string, unknown>)[key] = input[key];
      }
      if (input.employerName !== undefined) contract.employerName = input.employerName.trim();
      if (input.notes !== undefined) contract.notes = input.notes?.trim() || null;
      assertTermsValid(contract, this.clock.today());
      await applyProbationLimit(em, contract);
      this.audit.record(em, user, {
        entity: 'Contract',
        entityId: contract.id,
        action: 'UPDATE',
        before,
        after: snapshot(contract),
        regionCode: contract.regionCode,
      });
      return contract;
    });
  }

  /** DRAFT → ACTIVE. The worker's signed contracts may not overlap in time: a renewal starts after the one it renews. */
  async sign(user: AuthUser, input: { id: string; version: number; signedOn?: string | null }): Promise<Contract> {
    const today = this.clock.today();
    const signedOn = input.signedOn ?? today;
    if (signedOn > today) throw new InvalidInput('input.signedOn', 'must not be in the future');
    return this.em.transactional(async (em) => {
      const contract = assertInScope(user, await em.findOne(Contract, input.id, { populate: ['worker'] }), 'Contract', input.id);
      assertVersion(contract, input.version, 'Contract');
      if (contract.status !== ContractStatus.DRAFT)
        throw contractsError(ContractsReason.CONTRACT_STATUS, `Contract is ${contract.status}; only a DRAFT can be signed`, 'input.id');
      if (contract.worker.status === WorkerStatus.EXITED)
        throw contractsError(ContractsReason.WORKER_EXITED, `${contract.worker.name} has left; the contract cannot be signed`, 'input.id');
      // Serialises signings for one worker, so two overlapping contracts cannot both become ACTIVE.
      await em.execute('select id from worker where id = ? for update', [contract.worker.id]);
      const overlap: FilterQuery<Contract> = {
        worker: contract.worker,
        status: ContractStatus.ACTIVE,
        $or: [{ endDate: null }, { endDate: { $gte: contract.startDate } }],
      };
      if (contract.endDate !== null) overlap.startDate = { $lte: contract.endDate };
      const overlapping = await em.findOne(Contract, overlap);
      if (overlapping) {
        throw contractsError(
          ContractsReason.CONTRACTS_OVERLAP,
          `${contract.worker.name} already has an active contract from ${overlapping.startDate} to ${overlapping.endDate ?? 'open-ended'} (id ${overlapping.id}); end it or start this one after it`,
          'input.id',
        );
      }
      const before = snapshot(contract);
      contract.signedOn = signedOn;
      contract.status = ContractStatus.ACTIVE;
      this.audit.record(em, user, {
        entity: 'Contract',
        entityId: contract.id,
        action: 'SIGN',
        before,
        after: snapshot(contract),
        regionCode: contract.regionCode,
      });
      return contract;
    });
  }

  /**
   * Drafts the renewal of a contract, starting the day after it ends. When Labor Contract Law art. 14
   * asks for an open-ended contract and a fixed term is drafted, the reason stays on it as a warning.
   */
  async renew(user: AuthUser, input: RenewContractInput): Promise<Contract> {
    return this.em.transactional(async (em) => {
      const current = assertInScope(
        user,
        await em.findOne(Contract, input.contractId, { populate: ['worker', 'previous', 'continuesServiceOf'] }),
        'Contract',
        input.contractId,
      );
      if (current.status !== ContractStatus.ACTIVE && current.status !== ContractStatus.ENDED)
        throw contractsError(
          ContractsReason.CONTRACT_STATUS,
          `Contract is ${current.status}; only an active or ended contract can be renewed`,
          'input.contractId',
        );
      if (current.endDate === null)
        throw contractsError(ContractsReason.OPEN_ENDED, 'The contract is open-ended; there is nothing to renew', 'input.contractId');
      const renewal = await em.findOne(Contract, { previous: current });
      if (renewal)
        throw contractsError(
          ContractsReason.ALREADY_RENEWED,
          `The contract was already renewed (contract ${renewal.id}, ${renewal.status})`,
          'input.contractId',
        );
      const worker = await this.workerFor(em, user, current.worker.id);
      const startDate = input.startDate ?? addDays(current.endDate, 1);
      if (startDate <= current.endDate) throw new InvalidInput('input.startDate', `must be after the end of the contract it renews (${current.endDate})`);
      const endDate = input.endDate === undefined ? null : input.endDate;
      const terms = {
        startDate,
        endDate,
        probationEndDate: input.probationEndDate ?? null,
        signedOn: null,
        monthlyBasePayFen: input.monthlyBasePayFen ?? current.monthlyBasePayFen,
      };
      assertTermsValid(terms, this.clock.today());
      const chain = renewalChainFacts(await renewalChain(em, current));
      const next = em.create(Contract, {
        worker,
        regionCode: worker.regionCode,
        kind: input.kind ?? current.kind,
        employerKind: current.employerKind,
        employerName: current.employerName,
        ...terms,
        previous: current,
        notes: input.notes?.trim() || null,
        // Labor Contract Law art. 14: two consecutive fixed terms, or ten years of service with the employer.
        openEndedReason: openEndedRenewalReason({
          kind: input.kind ?? current.kind,
          consecutiveFixedTerms: chain.consecutiveFixedTerms,
          serviceStart: chain.serviceStart,
          renewalStart: startDate,
        }),
      });
      await applyProbationLimit(em, next);
      this.audit.record(em, user, {
        entity: 'Contract',
        entityId: next.id,
        action: 'RENEW',
        before: { renews: current.id },
        after: snapshot(next),
        regionCode: next.regionCode,
      });
      return next;
    });
  }

  /** ACTIVE → ENDED (the term ran out, or both sides agreed) or TERMINATED (ended early, with a reason). */
  async close(
    user: AuthUser,
    input: { id: string; version: number; on?: string | null; reason?: string | null },
    status: ContractStatus.ENDED | ContractStatus.TERMINATED,
  ): Promise<Contract> {
    return this.em.transactional(async (em) => {
      const contract = assertInScope(user, await em.findOne(Contract, input.id), 'Contract', input.id);
      assertVersion(contract, input.version, 'Contract');
      if (contract.status !== ContractStatus.ACTIVE)
        throw contractsError(
          ContractsReason.CONTRACT_STATUS,
          `Contract is ${contract.status}; only an ACTIVE contract can be ${status.toLowerCase()}`,
          'input.id',
        );
      const on = input.on ?? (status === ContractStatus.ENDED && contract.endDate ? contract.endDate : this.clock.today());
      if (on < contract.startDate) throw new InvalidInput('input.on', `must not be before the start ${contract.startDate}`);
      if (status === ContractStatus.TERMINATED && !input.reason?.trim()) throw new InvalidInput('input.reason', 'is required to terminate a contract early');
      const before = snapshot(contract);
      contract.status = status;
      contract.endedOn = on;
      contract.terminationReason = input.reason?.trim() || null;
      this.audit.record(em, user, {
        entity: 'Contract',
        entityId: contract.id,
        action: status === ContractStatus.ENDED ? 'END' : 'TERMINATE',
        before,
        after: snapshot(contract),
        regionCode: contract.regionCode,
      });
      return contract;
    });
  }
}
