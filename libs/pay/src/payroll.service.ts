import { Injectable } from '@nestjs/common';
import { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertInScope, assertVersion, AuthUser, Clock, InvalidInput, paginate, RegionLevel, scopeWhere } from '@gridhr/common';
import { Actor, AuditService, snapshot } from '@gridhr/audit';
import { Region } from '@gridhr/org';
import { PayPeriodKind, PayrollRunKind, PayrollRunStatus } from './pay.enums';
import { payError, PayReason } from './pay.errors';
import { breaches, isPayMonth, PayAmounts, PayPeriod, payPeriod } from './pay.rules';
import { PayrollBuilder } from './payroll-builder';
import { amountsOf, combineAmounts, ComputedLine, runLines, zeroAmounts } from './payroll-lines.rules';
import { PayLine, PayrollRun } from './payroll.entity';
import { breachText, RunStep, STEPS } from './payroll-run.rules';
import { PayrollRunsArgs } from './pay.inputs';

const PERIOD_KINDS = [PayPeriodKind.MONTH, PayPeriodKind.FIRST_HALF, PayPeriodKind.SECOND_HALF];
const SETTLED = [PayrollRunStatus.APPROVED, PayrollRunStatus.PAID];
/**
 * Payroll runs of a township (DESIGN §8): generated as DRAFT from what is on record, submitted by the
 * township, approved by finance (never with a floor breach), paid; corrections as adjustment runs.
 */
@Injectable()
export class PayrollService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly builder: PayrollBuilder,
  ) {}

  async township(em: EntityManager, user: AuthUser | null, id: string, field = 'input.townshipId'): Promise<Region> {
    const region = await em.findOne(Region, id);
    const township = user ? assertInScope(user, region, 'Region', id) : region;
    if (!township) throw new InvalidInput(field, 'no such region');
    if (township.level !== RegionLevel.TOWNSHIP) throw new InvalidInput(field, `payroll is kept per township, not per ${township.level}`);
    return township;
  }

  private checkMonth(month: string): void {
    if (!isPayMonth(month)) throw new InvalidInput('input.month', 'must be a month as YYYY-MM');
    if (month > this.clock.today().slice(0, 7)) throw new InvalidInput('input.month', 'must not be after this month');
  }

  async generateFor(user: AuthUser, input: { townshipId: string; month: string }): Promise<PayrollRun[]> {
    this.checkMonth(input.month);
    return this.em.transactional(async (em) => this.generate(em, user, await this.township(em, user, input.townshipId), input.month));
  }

  /**
   * The month's regular runs of a township, as DRAFT from what is on record: a month run, and two half-month
   * runs when someone is on a 非全日制 contract. A run already submitted or approved is left as it is.
   */
  async generate(em: EntityManager, actor: Actor, township: Region, month: string): Promise<PayrollRun[]> {
    const runs: PayrollRun[] = [];
    for (const kind of PERIOD_KINDS) {
      const period = payPeriod(month, kind);
      const existing = await em.findOne(PayrollRun, { township, periodFrom: period.from, periodKind: kind, sequence: 1 });
      if (existing && existing.status !== PayrollRunStatus.DRAFT) {
        runs.push(existing);
        continue;
      }
      const lines = await this.builder.compute(em, township, period);
      if (!lines.length) {
        if (existing) await this.discard(em, existing);
        continue;
      }
      const run = existing ?? this.newRun(em, actor, township, period, PayrollRunKind.REGULAR, 1);
      await this.fill(em, run, lines, null);
      this.audit.record(em, actor, {
        entity: 'PayrollRun',
        entityId: run.id,
        action: existing ? 'REGENERATE' : 'GENERATE',
        before: null,
        after: snapshot(run),
        regionCode: run.regionCode,
      });
      runs.push(run);
    }
    if (!runs.length)
      throw payError(PayReason.NOBODY_TO_PAY, `${township.name} has nobody to pay in ${month}: no contract in force and no pay items`, 'input.townshipId');
    return runs;
  }

  private newRun(em: EntityManager, actor: Actor, township: Region, period: PayPeriod, kind: PayrollRunKind, sequence: number): PayrollRun {
    return em.create(PayrollRun, {
      township,
      regionCode: township.code,
      month: period.month,
      periodKind: period.kind,
      periodFrom: period.from,
      periodTo: period.to,
      kind,
      sequence,
      generatedBy: actor.username,
    });
  }

  private async discard(em: EntityManager, run: PayrollRun): Promise<void> {
    await em.nativeDelete(PayLine, { run });
    em.remove(run);
  }

  /** Replaces a DRAFT run's lines; an adjustment keeps the differences to what was settled, and every line still short of a floor. */
  private async fill(em: EntityManager, run: PayrollRun, computed: ComputedLine[], settled: Map<string, PayAmounts> | null): Promise<void> {
    await em.nativeDelete(PayLine, { run });
    const { rows, totals } = runLines(computed, settled);
    for (const { minimumWageId, ...row } of rows) em.create(PayLine, { run, ...row, minimumWage: minimumWageId });
    Object.assign(run, totals);
  }

  /** Recomputes a DRAFT run (regular or adjustment) from what is on record now. */
  async refresh(user: AuthUser, input: { id: string; version: number }): Promise<PayrollRun> {
    return this.em.transactional(async (em) => {
      const run = await this.runFor(em, user, input.id, input.version);
      this.assertStatus(run, [PayrollRunStatus.DRAFT], 'refreshed');
      const period = payPeriod(run.month, run.periodKind);
      const lines = await this.builder.compute(em, run.township, period);
      await this.fill(em, run, lines, run.kind === PayrollRunKind.ADJUSTMENT ? await this.settledAmounts(em, run) : null);
      this.audit.record(em, user, {
        entity: 'PayrollRun',
        entityId: run.id,
        action: 'REFRESH',
        before: null,
        after: snapshot(run),
        regionCode: run.regionCode,
      });
      return run;
    });
  }

  /** An adjustment of a settled period: the differences between what is on record now and what was approved. */
  async adjust(user: AuthUser, input: { townshipId: string; month: string; periodKind: PayPeriodKind; reason: string }): Promise<PayrollRun> {
    if (!isPayMonth(input.month)) throw new InvalidInput('input.month', 'must be a month as YYYY-MM');
    return this.em.transactional(async (em) => {
      const township = await this.township(em, user, input.townshipId);
      const period = payPeriod(input.month, input.periodKind);
      const runs = await em.find(PayrollRun, { township, periodFrom: period.from, periodKind: period.kind }, { orderBy: { sequence: 'asc' } });
      if (!runs.length || !SETTLED.includes(runs[0].status))
        throw payError(
          PayReason.NOTHING_TO_ADJUST,
          `The ${period.label} payroll of ${township.name} is not approved yet: change the run itself`,
          'input.month',
        );
      const open = runs.find((r) => !SETTLED.includes(r.status));
      if (open) throw payError(PayReason.ADJUSTMENT_OPEN, `Adjustment ${open.sequence - 1} of ${period.label} is still ${open.status}`, 'input.month');
      const run = this.newRun(em, user, township, period, PayrollRunKind.ADJUSTMENT, runs.at(-1)!.sequence + 1);
      run.note = input.reason.trim();
      await this.fill(em, run, await this.builder.compute(em, township, period), await this.settledAmounts(em, run));
      if (!run.lineCount)
        throw payError(PayReason.NOTHING_TO_ADJUST, `Nothing differs from the approved ${period.label} payroll of ${township.name}`, 'input.month');
      this.audit.record(em, user, { entity: 'PayrollRun', entityId: run.id, action: 'ADJUST', before: null, after: snapshot(run), regionCode: run.regionCode });
      return run;
    });
  }

  /** What the settled runs of the run's period paid each worker. */
  private async settledAmounts(em: EntityManager, run: PayrollRun): Promise<Map<string, PayAmounts>> {
    const lines = await em.find(PayLine, {
      run: { township: run.township, periodFrom: run.periodFrom, periodKind: run.periodKind, status: { $in: SETTLED }, id: { $ne: run.id } },
    });
    const sums = new Map<string, PayAmounts>();
    for (const l of lines) sums.set(l.worker.id, combineAmounts(sums.get(l.worker.id) ?? zeroAmounts(), amountsOf(l), 1));
    return sums;
  }

  async step(user: AuthUser, step: RunStep, input: { id: string; version: number; reason?: string | null; paidOn?: string | null }): Promise<PayrollRun> {
    const rule = STEPS[step];
    return this.em.transactional(async (em) => {
      const run = await this.runFor(em, user, input.id, input.version);
      this.assertStatus(run, rule.from, rule.done);
      const before = snapshot(run);
      const today = this.clock.today();
      if (step === 'approve') {
        const short = await em.find(PayLine, { run, breach: true }, { orderBy: { workerName: 'asc' } });
        if (short.length)
          throw payError(
            PayReason.FLOOR_BREACH,
            `The ${run.month} payroll cannot be approved: ${short.length} line(s) below a legal floor — ${short.flatMap((l) => breaches(l.floorChecks).map((c) => breachText(l.workerName, c))).join('; ')}`,
            'input.id',
          );
        run.approvedBy = user.username;
        run.approvedOn = today;
      }
      if (step === 'pay') {
        const paidOn = input.paidOn ?? today;
        if (paidOn > today || paidOn < run.approvedOn!) throw new InvalidInput('input.paidOn', `must be from ${run.approvedOn} to today`);
        run.paidOn = paidOn;
      }
      if (step === 'submit') run.submittedBy = user.username;
      if (step === 'return') {
        if (!input.reason?.trim()) throw new InvalidInput('input.reason', 'is required to return a run');
        run.note = input.reason.trim();
      }
      run.status = rule.to;
      await em.flush();
      this.audit.record(em, user, {
        entity: 'PayrollRun',
        entityId: run.id,
        action: step.toUpperCase(),
        before,
        after: snapshot(run),
        regionCode: run.regionCode,
      });
      return run;
    });
  }

  private async runFor(em: EntityManager, user: AuthUser, id: string, version: number): Promise<PayrollRun> {
    const run = assertInScope(user, await em.findOne(PayrollRun, id, { populate: ['township'] }), 'PayrollRun', id);
    assertVersion(run, version, 'PayrollRun');
    return run;
  }

  private assertStatus(run: PayrollRun, allowed: readonly PayrollRunStatus[], action: string): void {
    if (!allowed.includes(run.status))
      throw payError(PayReason.RUN_STATUS, `This payroll run is ${run.status}; only a ${allowed.join(' or ')} run can be ${action}`, 'input.id');
  }

  async get(user: AuthUser, id: string): Promise<PayrollRun> {
    return assertInScope(user, await this.em.findOne(PayrollRun, id, { populate: ['township'] }), 'PayrollRun', id);
  }

  /**
   * A page of runs as plain rows (the list only reads; the township is a `{ id }` for the resolver's
   * loader), with the capped count in the page's statement when the query selects totalCount.
   */
  async list(user: AuthUser, args: PayrollRunsArgs, withCount = false) {
    const where: Record<string, unknown>[] = [scopeWhere(user)];
    if (args.month) where.push({ month: args.month });
    if (args.status) where.push({ status: args.status });
    if (args.regionId)
      where.push({ regionCode: { $like: `${assertInScope(user, await this.em.findOne(Region, args.regionId), 'Region', args.regionId).prefix}%` } });
    return paginate<PayrollRun>(
      this.em,
      PayrollRun,
      { $and: where } as FilterQuery<PayrollRun>,
      args,
      { field: 'periodFrom', direction: 'DESC' },
      { rows: true, count: withCount },
    );
  }

  async linesOf(runIds: readonly string[]): Promise<PayLine[][]> {
    const lines = await this.em.find(PayLine, { run: { $in: [...runIds] } }, { populate: ['worker'], orderBy: { regionCode: 'asc', workerName: 'asc' } });
    return runIds.map((id) => lines.filter((l) => l.run.id === id));
  }
}
