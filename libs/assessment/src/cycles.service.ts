// Cycles from opening to re-opening: templates, the opening with its template copied in, computing the
// results, listing what the caller may see, and the audited re-opening of a finalised cycle.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { FilterQuery } from '@mikro-orm/core';
import { ancestorPrefixes, assertInScope, assertVersion, AuthUser, InvalidInput, NotFound, paginate, scopeWhere } from '@gridhr/common';
import { AuditService, snapshot } from '@gridhr/audit';
import { Region } from '@gridhr/org';
import { CycleKind, CycleStatus } from './assessment.enums';
import { assessmentError, AssessmentReason } from './assessment.errors';
import { AssessmentCycle, AssessmentTemplate } from './assessment-cycle.entity';
import { ConsequencesService } from './consequences.service';
import { CycleAccess } from './cycle-access';
import { cyclePeriod } from './cycle-period.rules';
import { DEFAULT_INDICATORS, DEFAULT_TEMPLATE_NAME, Indicator, templateProblem } from './indicator-template';
import { Computed, ResultsCalculator } from './results-calculator';

/** Region codes of the levels above a scope (the county's records a township sees). */
const codesAbove = (prefix: string) =>
  ancestorPrefixes(prefix)
    .filter((p) => p)
    .map((p) => p.padEnd(12, '0'));

@Injectable()
export class CyclesService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly access: CycleAccess,
    private readonly calculator: ResultsCalculator,
    private readonly consequences: ConsequencesService,
  ) {}

  get(user: AuthUser, id: string): Promise<AssessmentCycle> {
    return this.access.load(this.em, user, id);
  }

  /** Cycles of the caller's subtree and of the regions above it, latest period first. */
  list(user: AuthUser, args: { first: number; after?: string; year?: number | null; status?: CycleStatus | null }) {
    const where: FilterQuery<AssessmentCycle>[] = [{ $or: [scopeWhere(user), { regionCode: { $in: codesAbove(user.scopePrefix) } }] }];
    if (args.year) where.push({ year: args.year });
    if (args.status) where.push({ status: args.status });
    return paginate(this.em, AssessmentCycle, { $and: where }, args, { field: 'periodEnd', direction: 'DESC' }, { populate: ['region'] });
  }

  /** Templates a cycle of the caller's region may use: its own and those of the regions above it. */
  templates(user: AuthUser): Promise<AssessmentTemplate[]> {
    return this.em.find(AssessmentTemplate, { $or: [scopeWhere(user), { regionCode: { $in: codesAbove(user.scopePrefix) } }] }, { orderBy: { name: 'asc' } });
  }

  async createTemplate(user: AuthUser, input: { regionId: string; name: string; indicators: Indicator[] }): Promise<AssessmentTemplate> {
    const indicators = input.indicators.map((i) => Object.fromEntries(Object.entries(i).filter(([, v]) => v !== null && v !== undefined)) as Indicator);
    const problem = templateProblem(indicators);
    if (problem) throw new InvalidInput('input.indicators', problem);
    return this.em.transactional(async (em) => {
      const region = assertInScope(user, await em.findOne(Region, input.regionId), 'Region', input.regionId);
      await this.access.assertOwner(em, user, region);
      const template = em.create(AssessmentTemplate, { name: input.name.trim(), region, regionCode: region.code, indicators });
      this.audit.record(em, user, {
        entity: 'AssessmentTemplate',
        entityId: template.id,
        action: 'CREATE',
        before: null,
        after: snapshot(template),
        regionCode: region.code,
      });
      return template;
    });
  }

  /** Opens a cycle with the template's indicators copied in (GridHR's default without one), and computes it. */
  async open(
    user: AuthUser,
    input: { regionId: string; kind: CycleKind; year: number; part?: number | null; templateId?: string | null },
  ): Promise<AssessmentCycle> {
    const period = cyclePeriod(input.kind, input.year, input.part ?? 1);
    if (!period) throw new InvalidInput('input.part', `a ${input.kind} cycle of ${input.year} has no part ${input.part ?? 1}`);
    return this.em.transactional(async (em) => {
      const region = assertInScope(user, await em.findOne(Region, input.regionId), 'Region', input.regionId);
      await this.access.assertOwner(em, user, region);
      let template = { name: DEFAULT_TEMPLATE_NAME, indicators: DEFAULT_INDICATORS };
      if (input.templateId) {
        const own = await em.findOne(AssessmentTemplate, input.templateId);
        // A template of the cycle's region or of a region above it (a city's template for its counties).
        if (!own || ![region.code, ...codesAbove(region.prefix)].includes(own.regionCode)) throw new NotFound('AssessmentTemplate', input.templateId);
        template = own;
      }
      const existing = await em.findOne(AssessmentCycle, { regionCode: region.code, kind: input.kind, year: input.year, part: input.part ?? 1 });
      if (existing)
        throw assessmentError(AssessmentReason.CYCLE_EXISTS, `${region.name} already has the ${period.title} cycle (${existing.status})`, 'input.year');
      const cycle = em.create(AssessmentCycle, {
        region,
        regionCode: region.code,
        kind: input.kind,
        year: input.year,
        part: input.part ?? 1,
        label: period.label,
        periodStart: period.start,
        periodEnd: period.end,
        templateName: template.name,
        indicators: template.indicators,
        openedBy: user.username,
      });
      await em.flush();
      const computed = await this.calculator.compute(em, cycle);
      this.audit.record(em, user, {
        entity: 'AssessmentCycle',
        entityId: cycle.id,
        action: 'OPEN',
        before: null,
        after: { ...snapshot(cycle), rated: computed.rated },
        regionCode: cycle.regionCode,
      });
      return cycle;
    });
  }

  /** Brings an open cycle's results up to the figures on record now (also done nightly and at finalisation). */
  async compute(user: AuthUser, cycleId: string): Promise<AssessmentCycle> {
    return this.em.transactional(async (em) => {
      const cycle = await this.access.load(em, user, cycleId, 'update');
      await this.access.assertOwner(em, user, cycle.region, 'cycleId');
      this.access.assertOpen(cycle);
      await this.calculator.compute(em, cycle);
      await this.consequences.sweepFilledVacancies(em);
      await em.refresh(cycle);
      return cycle;
    });
  }

  /** The nightly refresh: every open cycle whose period has begun, each in its own transaction; then filled vacancies. */
  async computeOpenCycles(today: string): Promise<Computed[]> {
    const done: Computed[] = [];
    for (const { id } of await this.em.fork().find(AssessmentCycle, { status: CycleStatus.OPEN, periodStart: { $lte: today } }, { fields: ['id'] })) {
      const computed = await this.em.fork().transactional(async (em) => {
        // Locked and checked again: a cycle finalised meanwhile stays as it was finalised.
        const [open] = await em.execute(`select id from assessment_cycle where id = ? and status = 'OPEN' for update`, [id]);
        return open ? this.calculator.compute(em, await em.findOneOrFail(AssessmentCycle, id, { populate: ['region'] })) : null;
      });
      if (computed) done.push(computed);
    }
    await this.em.fork().transactional((em) => this.consequences.sweepFilledVacancies(em));
    return done;
  }

  /**
   * A correction: the county re-opens a finalised cycle, with a reason (audited). Its pending
   * consequences are withdrawn (done ones stay done); a later finalised cycle of the same kind, whose
   * stars build on this one, must be re-opened first.
   */
  async reopen(user: AuthUser, input: { cycleId: string; version: number; reason: string }): Promise<AssessmentCycle> {
    return this.em.transactional(async (em) => {
      const cycle = await this.access.load(em, user, input.cycleId, 'update');
      await this.access.assertOwner(em, user, cycle.region, 'input.cycleId');
      assertVersion(cycle, input.version, 'AssessmentCycle');
      if (cycle.status !== CycleStatus.FINALISED)
        throw assessmentError(AssessmentReason.CYCLE_OPEN, `Cycle ${cycle.label} is open; only a finalised cycle is re-opened`, 'input.cycleId');
      const later = await em.findOne(AssessmentCycle, {
        regionCode: cycle.regionCode,
        kind: cycle.kind,
        status: CycleStatus.FINALISED,
        periodStart: { $gt: cycle.periodEnd },
      });
      if (later)
        throw assessmentError(
          AssessmentReason.LATER_CYCLE_FINALISED,
          `Cycle ${later.label} is finalised and its stars build on ${cycle.label}; re-open ${later.label} first`,
          'input.cycleId',
        );
      const before = snapshot(cycle);
      const withdrawn = await this.consequences.withdrawPending(em, user, cycle, `cycle ${cycle.label} re-opened: ${input.reason.trim()}`);
      cycle.status = CycleStatus.OPEN;
      cycle.finalisedOn = null;
      cycle.finalisedBy = null;
      cycle.reopenings += 1;
      await em.flush();
      this.audit.record(em, user, {
        entity: 'AssessmentCycle',
        entityId: cycle.id,
        action: 'REOPEN',
        before,
        after: { ...snapshot(cycle), reason: input.reason.trim(), consequencesWithdrawn: withdrawn },
        regionCode: cycle.regionCode,
      });
      return cycle;
    });
  }
}
