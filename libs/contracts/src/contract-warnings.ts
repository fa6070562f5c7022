// What the Labor Contract Law says about contracts as they stand: warnings, not errors (a signed contract is
// a fact to record), shown on every contract and batched for a list page.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { pgUuidArray } from '@gridhr/common';
import { PluginHooks } from '@gridhr/platform';
import { Worker } from '@gridhr/workers';
import { Contract } from './contract.entity';
import { ContractKind } from './contract.enums';
import { kindMismatch, lateSigningProblem, probationProblem } from './contract.rules';

/** Warnings the law raises about a contract as it stands (not errors: a signed contract is a fact to record). */
export function contractWarnings(contract: Contract, category: Worker['category'], earlierProbation: boolean): string[] {
  const warnings = [probationProblem(contract, earlierProbation), kindMismatch(category, contract.kind)];
  if (contract.signedOn && contract.kind !== ContractKind.SERVICE_PURCHASE && contract.kind !== ContractKind.SERVICE_AGREEMENT)
    warnings.push(lateSigningProblem(contract.startDate, contract.signedOn));
  if (contract.openEndedReason && contract.endDate !== null) warnings.push(contract.openEndedReason);
  return warnings.filter((w): w is string => w !== null);
}

@Injectable()
export class ContractWarnings {
  constructor(
    private readonly em: EntityManager,
    private readonly hooks: PluginHooks,
  ) {}

  /** The warnings of many contracts at once (a list page): one query for the workers, one for earlier probations. */
  async warningsOf(contracts: readonly Contract[]): Promise<string[][]> {
    const workerIds = [...new Set(contracts.map((c) => c.worker.id))];
    const categories = new Map((await this.em.find(Worker, { id: { $in: workerIds } }, { fields: ['category'] })).map((w) => [w.id, w.category]));
    // Labor Contract Law art. 19: one probation per employer and worker.
    const earlier = new Set(
      (
        await this.em.execute<{ id: string }[]>(
          `select c.id from contract c
            where c.id = any(?::uuid[]) and exists (
              select 1 from contract o where o.worker_id = c.worker_id and o.employer_name = c.employer_name
                 and o.probation_end_date is not null and o.id <> c.id and o.start_date < c.start_date)`,
          [pgUuidArray(contracts.map((c) => c.id))],
        )
      ).map((r) => r.id),
    );
    // Other domains' checks of the terms (pay: the wage against the minimum wage), one batch each.
    const terms = contracts.map((c) => ({
      id: c.id,
      workerId: c.worker.id,
      category: categories.get(c.worker.id)!,
      regionCode: c.regionCode,
      kind: c.kind,
      startDate: c.startDate,
      probationEndDate: c.probationEndDate,
      monthlyBasePayFen: c.monthlyBasePayFen,
      probationMonthlyPayFen: c.probationMonthlyPayFen,
    }));
    const more = await Promise.all(this.hooks.contractChecks().map((check) => check.warnings(this.em, terms)));
    return contracts.map((c) => [...contractWarnings(c, categories.get(c.worker.id)!, earlier.has(c.id)), ...more.flatMap((m) => m.get(c.id) ?? [])]);
  }
}
