import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { FilterQuery } from '@mikro-orm/core';
import { assertInScope, AuthUser, Fen, groupBy, InvalidInput, isIsoDate, paginate, scopeWhere } from '@gridhr/common';
import { AuditService, snapshot } from '@gridhr/audit';
import { Region } from '@gridhr/org';
import { Worker, WorkerCategory, WorkerStatus } from '@gridhr/workers';
import { InsuranceKind, PayerKind } from './contract.enums';
import { InsurancePolicy, InsuredPerson } from './insurance-policy.entity';
import { contractsError, ContractsReason } from './contracts.errors';

const MAX_PREMIUM_FEN = 1_000_000_000; // ten million yuan for one policy: anything above is a typing error
const MAX_INSURED_PER_CALL = 5_000;

export interface InsureInput {
  /** These workers… */
  workerIds?: string[] | null;
  /** …and/or every current worker of these categories under the holder (a township's group policy). */
  categories?: WorkerCategory[] | null;
  coveredFrom?: string | null;
}

@Injectable()
export class InsuranceService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async get(user: AuthUser, id: string): Promise<InsurancePolicy> {
    return assertInScope(user, await this.em.findOne(InsurancePolicy, id), 'InsurancePolicy', id);
  }

  async list(user: AuthUser, args: { first: number; after?: string; kind?: InsuranceKind | null; regionId?: string | null }) {
    const where: FilterQuery<InsurancePolicy>[] = [scopeWhere(user)];
    if (args.kind) where.push({ kind: args.kind });
    if (args.regionId)
      where.push({ regionCode: { $like: `${assertInScope(user, await this.em.findOne(Region, args.regionId), 'Region', args.regionId).prefix}%` } });
    return paginate(this.em, InsurancePolicy, { $and: where }, args, { field: 'validFrom', direction: 'DESC' });
  }

  /** Insured rows of many policies visible to the caller (a township sees its own workers on a county policy). */
  async insuredOfPolicies(user: AuthUser, policyIds: readonly string[]): Promise<InsuredPerson[][]> {
    const rows = await this.em.find(
      InsuredPerson,
      { policy: { $in: [...policyIds] }, ...scopeWhere(user) },
      { populate: ['worker'], orderBy: { worker: { name: 'asc' } } },
    );
    return groupBy(policyIds, rows, (r) => r.policy.id);
  }

  async coverageOfWorkers(workerIds: readonly string[]): Promise<InsuredPerson[][]> {
    const rows = await this.em.find(InsuredPerson, { worker: { $in: [...workerIds] } }, { populate: ['policy'], orderBy: { coveredFrom: 'desc' } });
    return groupBy(workerIds, rows, (r) => r.worker.id);
  }

  async create(
    user: AuthUser,
    input: {
      kind: InsuranceKind;
      insurer: string;
      policyNumber: string;
      holderRegionId: string;
      payer: PayerKind;
      validFrom: string;
      validTo?: string | null;
      premiumFen: Fen;
    } & InsureInput,
  ): Promise<InsurancePolicy> {
    if (input.validTo && input.validTo < input.validFrom) throw new InvalidInput('input.validTo', `must not be before validFrom ${input.validFrom}`);
    if (!Number.isSafeInteger(input.premiumFen) || input.premiumFen < 0 || input.premiumFen > MAX_PREMIUM_FEN)
      throw new InvalidInput('input.premiumFen', `must be a whole number of fen from 0 to ${MAX_PREMIUM_FEN}`);
    return this.em.transactional(async (em) => {
      const holder = assertInScope(user, await em.findOne(Region, input.holderRegionId), 'Region', input.holderRegionId);
      const clash = await em.findOne(InsurancePolicy, { insurer: input.insurer.trim(), policyNumber: input.policyNumber.trim() });
      if (clash)
        throw contractsError(ContractsReason.POLICY_NUMBER_TAKEN, `Policy ${input.policyNumber} of ${input.insurer} is already recorded`, 'input.policyNumber');
      const policy = em.create(InsurancePolicy, {
        kind: input.kind,
        insurer: input.insurer.trim(),
        policyNumber: input.policyNumber.trim(),
        holder,
        regionCode: holder.code,
        payer: input.payer,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
        premiumFen: input.premiumFen,
      });
      const insured = await this.insure(em, user, policy, holder, input);
      this.audit.record(em, user, {
        entity: 'InsurancePolicy',
        entityId: policy.id,
        action: 'CREATE',
        before: null,
        after: { ...snapshot(policy), insured: insured.length },
        regionCode: policy.regionCode,
      });
      return policy;
    });
  }

  /** Adds workers to a policy; those already on it are left as they are. Returns how many were added. */
  async addInsured(user: AuthUser, input: { policyId: string } & InsureInput): Promise<number> {
    return this.em.transactional(async (em) => {
      const policy = assertInScope(user, await em.findOne(InsurancePolicy, input.policyId, { populate: ['holder'] }), 'InsurancePolicy', input.policyId);
      const added = await this.insure(em, user, policy, policy.holder, input);
      this.audit.record(em, user, {
        entity: 'InsurancePolicy',
        entityId: policy.id,
        action: 'ADD_INSURED',
        before: null,
        after: { workers: added.map((a) => a.worker.id) },
        regionCode: policy.regionCode,
      });
      return added.length;
    });
  }

  async endCover(user: AuthUser, input: { insuredId: string; coveredTo: string }): Promise<InsuredPerson> {
    return this.em.transactional(async (em) => {
      const row = assertInScope(user, await em.findOne(InsuredPerson, input.insuredId, { populate: ['policy', 'worker'] }), 'InsuredPerson', input.insuredId);
      if (input.coveredTo < row.coveredFrom) throw new InvalidInput('input.coveredTo', `must not be before coveredFrom ${row.coveredFrom}`);
      const before = snapshot(row);
      row.coveredTo = input.coveredTo;
      this.audit.record(em, user, {
        entity: 'Worker',
        entityId: row.worker.id,
        action: 'END_INSURANCE_COVER',
        before,
        after: snapshot(row),
        regionCode: row.regionCode,
      });
      return row;
    });
  }

  private async insure(em: EntityManager, user: AuthUser, policy: InsurancePolicy, holder: Region, input: InsureInput): Promise<InsuredPerson[]> {
    const coveredFrom = input.coveredFrom ?? policy.validFrom;
    if (!isIsoDate(coveredFrom) || coveredFrom < policy.validFrom || (policy.validTo && coveredFrom > policy.validTo)) {
      throw new InvalidInput('input.coveredFrom', `must be within the policy's validity (${policy.validFrom} to ${policy.validTo ?? 'open'})`);
    }
    const ids = [...new Set(input.workerIds ?? [])];
    const workers = ids.length ? await em.find(Worker, { id: { $in: ids }, ...scopeWhere(user) }) : [];
    const missing = ids.filter((id) => !workers.some((w) => w.id === id));
    if (missing.length) throw new InvalidInput('input.workerIds', `${missing.length} worker(s) not found in your scope: ${missing.slice(0, 5).join(', ')}`);
    const outside = workers.filter((w) => !w.regionCode.startsWith(holder.prefix));
    if (outside.length)
      throw new InvalidInput(
        'input.workerIds',
        `${outside
          .map((w) => w.name)
          .slice(0, 5)
          .join(', ')} are not under ${holder.name}, the policy holder`,
      );
    if (input.categories?.length) {
      const more = await em.find(Worker, {
        $and: [{ regionCode: { $like: `${holder.prefix}%` } }, scopeWhere(user)],
        category: { $in: input.categories },
        status: { $in: [WorkerStatus.ACTIVE, WorkerStatus.ONBOARDING] },
      });
      for (const w of more) if (!workers.some((x) => x.id === w.id)) workers.push(w);
    }
    if (!workers.length) throw new InvalidInput('input.workerIds', 'names no worker to insure (give workerIds or categories)');
    if (workers.length > MAX_INSURED_PER_CALL) throw new InvalidInput('input.workerIds', `at most ${MAX_INSURED_PER_CALL} workers at once`);
    const already = new Set((await em.find(InsuredPerson, { policy, worker: { $in: workers.map((w) => w.id) } })).map((r) => r.worker.id));
    return workers.filter((w) => !already.has(w.id)).map((worker) => em.create(InsuredPerson, { policy, worker, regionCode: worker.regionCode, coveredFrom }));
  }
}
