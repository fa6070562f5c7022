import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertInScope, AuthUser, Clock, fen, Fen, InvalidInput } from '@gridhr/common';
import { AuditService } from '@gridhr/audit';
import { Contract, ContractStatus } from '@gridhr/contracts';
import { Worker } from '@gridhr/workers';
import { PayItem } from './pay-item.entity';
import { EXIT_PAY_KINDS, PayItemKind, PayPeriodKind, PayrollRunStatus } from './pay.enums';
import { payError, PayReason } from './pay.errors';
import { isPayMonth, PayPeriod, payPeriod } from './pay.rules';
import { paidHourly } from './payroll-builder';
import { PayrollRun } from './payroll.entity';

/** One entry as the township typed it: plain numbers until `entryProblem` has checked them and `fen()` made them money. */
export interface PayItemEntry {
  kind: PayItemKind;
  amountFen?: number | null;
  cases?: number | null;
  rateFen?: number | null;
  minutes?: number | null;
  note?: string | null;
}

const MAX_ITEM_FEN = 10_000_000;

/** A problem with one entry, or null; PER_CASE is cases × rate, HOURS is minutes, the rest an amount. */
export function entryProblem(e: PayItemEntry): { field: string; problem: string } | null {
  const whole = (n: number | null | undefined, max: number) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= max;
  if (EXIT_PAY_KINDS.includes(e.kind)) return { field: 'kind', problem: `${e.kind} is written by the exit's final-pay step (completeExitStep), not entered` };
  if (e.kind === PayItemKind.PER_CASE) {
    if (!whole(e.cases, 10_000)) return { field: 'cases', problem: 'must be a whole number of cases from 0 to 10000' };
    if (!whole(e.rateFen, 1_000_000)) return { field: 'rateFen', problem: 'must be a whole number of fen from 0 to 1000000' };
    if ((e.cases ?? 0) * (e.rateFen ?? 0) > MAX_ITEM_FEN) return { field: 'cases', problem: `cases × rate must not pass ${MAX_ITEM_FEN} fen` };
  } else if (e.kind === PayItemKind.HOURS) {
    if (!whole(e.minutes, 31 * 24 * 60)) return { field: 'minutes', problem: 'must be whole minutes within the period' };
  } else if (!whole(e.amountFen, MAX_ITEM_FEN)) {
    return { field: 'amountFen', problem: `must be a whole number of fen from 0 to ${MAX_ITEM_FEN} (a deduction is entered as a positive amount)` };
  }
  return null;
}

/** The monthly pay inputs a township enters per worker (DESIGN §8); each change is in the worker's history. */
@Injectable()
export class PayItemsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Replaces a worker's items of one pay period: the month, or for a 非全日制 worker the first or second half. */
  async set(user: AuthUser, input: { workerId: string; month: string; half?: number | null; items: PayItemEntry[] }): Promise<PayItem[]> {
    if (!isPayMonth(input.month)) throw new InvalidInput('input.month', 'must be a month as YYYY-MM');
    if (input.month > this.clock.today().slice(0, 7)) throw new InvalidInput('input.month', 'must not be after this month');
    input.items.forEach((e, i) => {
      const problem = entryProblem(e);
      if (problem) throw new InvalidInput(`input.items[${i}].${problem.field}`, problem.problem);
    });
    return this.em.transactional(async (em) => {
      const worker = assertInScope(user, await em.findOne(Worker, input.workerId), 'Worker', input.workerId);
      const contracts = await em.find(Contract, { worker, status: { $in: [ContractStatus.ACTIVE, ContractStatus.ENDED, ContractStatus.TERMINATED] } });
      const hourly = paidHourly(contracts, input.month);
      if (hourly && input.half !== 1 && input.half !== 2)
        throw new InvalidInput('input.half', `${worker.name} is on a 非全日制 contract, paid by half month: give 1 (1st-15th) or 2 (16th-end)`);
      if (!hourly && input.half) throw new InvalidInput('input.half', `${worker.name} is paid by the month: leave the half out`);
      const kind = !hourly ? PayPeriodKind.MONTH : input.half === 1 ? PayPeriodKind.FIRST_HALF : PayPeriodKind.SECOND_HALF;
      const period = payPeriod(input.month, kind);
      await this.assertOpen(em, worker, period, 'input.month');
      // The exit's items stay: they are the exit's, not the township's entries.
      const before = await em.find(PayItem, { worker, periodFrom: period.from, kind: { $nin: [...EXIT_PAY_KINDS] } });
      before.forEach((item) => em.remove(item));
      const items = input.items.map((e) =>
        em.create(PayItem, {
          worker,
          regionCode: worker.regionCode,
          periodFrom: period.from,
          kind: e.kind,
          amountFen: fen(e.kind === PayItemKind.PER_CASE ? e.cases! * e.rateFen! : e.kind === PayItemKind.HOURS ? 0 : e.amountFen!),
          cases: e.kind === PayItemKind.PER_CASE ? e.cases! : null,
          rateFen: e.kind === PayItemKind.PER_CASE ? fen(e.rateFen!) : null,
          minutes: e.kind === PayItemKind.HOURS ? e.minutes! : null,
          note: e.note?.trim() || null,
          enteredBy: user.username,
        }),
      );
      const summary = (list: PayItem[]) => ({
        period: period.label,
        items: list.map((i) => ({ kind: i.kind, amountFen: i.amountFen, cases: i.cases, minutes: i.minutes })),
      });
      this.audit.record(em, user, {
        entity: 'Worker',
        entityId: worker.id,
        action: 'PAY_ITEMS',
        before: summary(before),
        after: summary(items),
        regionCode: worker.regionCode,
      });
      return items;
    });
  }

  /**
   * An exit's money as items of the pay period of its last day (issue 14): severance (art. 47) and pay in lieu
   * of notice (art. 40), replacing what the exit wrote before. The final month's wages need no item: the
   * payroll prorates the contract, ended on the last day.
   */
  async writeExitPay(
    em: EntityManager,
    user: AuthUser,
    worker: Worker,
    lastDay: string,
    amounts: { kind: PayItemKind; amountFen: Fen; note: string }[],
  ): Promise<void> {
    const contracts = await em.find(Contract, { worker, status: { $in: [ContractStatus.ACTIVE, ContractStatus.ENDED, ContractStatus.TERMINATED] } });
    const month = lastDay.slice(0, 7);
    const kind = !paidHourly(contracts, month) ? PayPeriodKind.MONTH : lastDay.slice(8) <= '15' ? PayPeriodKind.FIRST_HALF : PayPeriodKind.SECOND_HALF;
    const period = payPeriod(month, kind);
    await this.assertOpen(em, worker, period, 'input.stepId');
    const before = await em.find(PayItem, { worker, periodFrom: period.from, kind: { $in: [...EXIT_PAY_KINDS] } });
    before.forEach((item) => em.remove(item));
    const items = amounts
      .filter((a) => a.amountFen > 0)
      .map((a) =>
        em.create(PayItem, {
          worker,
          regionCode: worker.regionCode,
          periodFrom: period.from,
          kind: a.kind,
          amountFen: a.amountFen,
          note: a.note,
          enteredBy: user.username,
        }),
      );
    const summary = (list: PayItem[]) => ({ period: period.label, items: list.map((i) => ({ kind: i.kind, amountFen: i.amountFen })) });
    this.audit.record(em, user, {
      entity: 'Worker',
      entityId: worker.id,
      action: 'PAY_ITEMS',
      before: summary(before),
      after: summary(items),
      regionCode: worker.regionCode,
    });
  }

  /** A submitted run is what finance is checking: its inputs change only after it is returned. */
  private async assertOpen(em: EntityManager, worker: Worker, period: PayPeriod, field: string): Promise<void> {
    const locked = await em.findOne(PayrollRun, {
      regionCode: worker.regionCode.slice(0, 9).padEnd(12, '0'),
      periodFrom: period.from,
      periodKind: period.kind,
      status: PayrollRunStatus.SUBMITTED,
    });
    if (locked) throw payError(PayReason.PERIOD_LOCKED, `The ${period.label} payroll is submitted for approval; return it to change its inputs`, field);
  }

  async list(user: AuthUser, input: { workerId: string; month: string }): Promise<PayItem[]> {
    if (!isPayMonth(input.month)) throw new InvalidInput('month', 'must be a month as YYYY-MM');
    const worker = assertInScope(user, await this.em.findOne(Worker, input.workerId), 'Worker', input.workerId);
    const month = payPeriod(input.month, PayPeriodKind.MONTH);
    return this.em.find(PayItem, { worker, periodFrom: { $gte: month.from, $lte: month.to } }, { orderBy: { periodFrom: 'asc', kind: 'asc' } });
  }
}
