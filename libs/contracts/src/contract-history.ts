// What a worker's earlier contracts mean for a new one, read in the caller's transaction: an earlier
// probation with the same employer, the renewal chain behind a renewal, the contract a takeover continues.
import { EntityManager } from '@mikro-orm/postgresql';
import { assertInScope, AuthUser, InvalidInput } from '@gridhr/common';
import { Worker } from '@gridhr/workers';
import { Contract } from './contract.entity';
import { ContractStatus } from './contract.enums';
import { latestProbationEnd } from './contract.rules';

/** Whether the same employer already agreed a probation with the worker on another contract (art. 19: only once). */
export async function hadProbation(em: EntityManager, contract: Contract): Promise<boolean> {
  return (
    (await em.count(Contract, {
      worker: contract.worker,
      employerName: contract.employerName,
      probationEndDate: { $ne: null },
      id: { $ne: contract.id },
      startDate: { $lt: contract.startDate },
    })) > 0
  );
}

/** Recomputes the legal probation limit from the terms; stored so the scans compare dates in SQL. */
export async function applyProbationLimit(em: EntityManager, contract: Contract): Promise<void> {
  const limit = latestProbationEnd(contract.kind, contract.startDate, contract.endDate);
  contract.probationRegulated = limit !== undefined;
  // Labor Contract Law art. 19: once per employer and worker, so a second probation has no allowance.
  contract.probationLimitDate = limit === undefined || (await hadProbation(em, contract)) ? null : limit;
}

/**
 * The renewal chain behind a signed contract (active or ended), itself first, then back through what each
 * renews (`previous`) or continues the service of (`continuesServiceOf`) up to the first draft or the start.
 */
export async function renewalChain(em: EntityManager, last: Contract): Promise<[Contract, ...Contract[]]> {
  const chain: [Contract, ...Contract[]] = [last];
  for (let c: Contract = last; ;) {
    const next: Contract | null = c.previous ?? c.continuesServiceOf;
    if (!next) break;
    c = await em.findOneOrFail(Contract, next.id, { populate: ['previous', 'continuesServiceOf'] });
    if (c.status === ContractStatus.DRAFT) break;
    chain.push(c);
  }
  return chain;
}

/** The earlier contract a takeover continues: the same worker's, signed, and ended by the new start. */
export async function continuedContract(em: EntityManager, user: AuthUser, worker: Worker, id: string, startDate: string): Promise<Contract> {
  const earlier = assertInScope(user, await em.findOne(Contract, id), 'Contract', id);
  if (earlier.worker.id !== worker.id) throw new InvalidInput('input.continuesServiceOfId', `is a contract of another worker, not ${worker.name}`);
  if (earlier.status === ContractStatus.DRAFT)
    throw new InvalidInput('input.continuesServiceOfId', 'is a draft; only a signed contract is service to continue');
  if (earlier.startDate >= startDate) throw new InvalidInput('input.continuesServiceOfId', `starts on ${earlier.startDate}, not before this contract`);
  return earlier;
}
