// What finalised ratings lead to: recorded at finalisation (a village cadre's grid role closed through
// the worker lifecycle at once), then done step by step — training or a new post, the replacement
// decision (Labor Contract Law art. 40(2) and 42 checked), honours — or withdrawn with a reason.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDays, assertInScope, assertVersion, AuthUser, Clock, InvalidInput, pgUuidArray } from '@gridhr/common';
import { Actor, AuditService, snapshot } from '@gridhr/audit';
import { ContractKind, LabourProtectionService } from '@gridhr/contracts';
import { GridAssignment, GridDuty, onDutyOn, WorkerStatus } from '@gridhr/workers';
import { ConsequenceKind, ConsequenceStatus } from './assessment.enums';
import { assessmentError, AssessmentReason } from './assessment.errors';
import { AssessmentConsequence } from './assessment-consequence.entity';
import { AssessmentCycle } from './assessment-cycle.entity';
import { AssessmentResult } from './assessment-result.entity';
import { consequencesOf, LEGAL_BASIS } from './consequence.rules';

@Injectable()
export class ConsequencesService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly duty: GridDuty,
    readonly protections: LabourProtectionService,
  ) {}

  /** The employment contract kind in force for each worker on `day` (absent: none). */
  async contractsOn(em: EntityManager, workerIds: string[], day: string): Promise<Map<string, ContractKind>> {
    if (!workerIds.length) return new Map();
    const rows = await em.execute<{ worker_id: string; kind: ContractKind }[]>(
      `select distinct on (k.worker_id) k.worker_id, k.kind from contract k
        where k.worker_id = any(?::uuid[]) and k.status = 'ACTIVE' and k.start_date <= ? and (k.end_date is null or k.end_date >= ?)
        order by k.worker_id, k.start_date desc`,
      [pgUuidArray(workerIds), day, day],
    );
    return new Map(rows.map((r) => [r.worker_id, r.kind]));
  }

  /** The last training or new post done after an earlier INCOMPETENT rating, for each worker (cycles ending before `periodEnd`). */
  async improvementsBefore(em: EntityManager, workerIds: string[], periodEnd: string): Promise<Map<string, string>> {
    if (!workerIds.length) return new Map();
    const rows = await em.execute<{ worker_id: string; done_on: string }[]>(
      `select c.worker_id, to_char(max(c.done_on), 'YYYY-MM-DD') as done_on
         from assessment_consequence c join assessment_cycle y on y.id = c.cycle_id
        where c.worker_id = any(?::uuid[]) and c.kind = 'IMPROVEMENT' and c.status = 'DONE' and y.period_end < ?
        group by c.worker_id`,
      [pgUuidArray(workerIds), periodEnd],
    );
    return new Map(rows.map((r) => [r.worker_id, r.done_on]));
  }

  /** Records what a cycle's finalised results lead to, in the finalising transaction. */
  async recordFor(em: EntityManager, actor: Actor, cycle: AssessmentCycle, results: AssessmentResult[]): Promise<AssessmentConsequence[]> {
    const today = this.clock.today();
    // Someone who has left since the period is past any consequence.
    const concerned = results.filter((r) => r.level && r.worker.status === WorkerStatus.ACTIVE);
    const ids = concerned.map((r) => r.worker.id);
    const contracts = await this.contractsOn(em, ids, today);
    const improved = await this.improvementsBefore(em, ids, cycle.periodEnd);
    const existing = await em.find(AssessmentConsequence, { cycle, status: { $ne: ConsequenceStatus.WITHDRAWN } });
    const created: AssessmentConsequence[] = [];
    const add = (result: AssessmentResult, kind: ConsequenceKind, extra: Partial<AssessmentConsequence> = {}) => {
      const c = em.create(AssessmentConsequence, {
        cycle,
        result,
        worker: result.worker,
        regionCode: result.worker.regionCode,
        kind,
        legalBasis: LEGAL_BASIS[kind],
        ...extra,
      });
      created.push(c);
      return c;
    };
    for (const result of concerned) {
      const w = result.worker;
      const kinds = consequencesOf({
        level: result.level!,
        category: w.category,
        hireSource: w.hireSource,
        contractKind: contracts.get(w.id) ?? null,
        improvedOn: improved.get(w.id) ?? null,
        periodEnd: cycle.periodEnd,
      });
      for (const kind of kinds) {
        // A re-finalised cycle does not repeat what was already done for the same result.
        if (existing.some((c) => c.result.id === result.id && c.kind === kind)) continue;
        if (kind !== ConsequenceKind.GRID_REMOVAL) {
          add(result, kind);
          continue;
        }
        // The village cadre's grid role ends today; each grid left behind is a vacancy until filled.
        const duties = await em.find(GridAssignment, { worker: w, ...onDutyOn(today) }, { populate: ['grid', 'worker'] });
        for (const duty of duties) this.duty.endDuty(em, actor, duty, today);
        add(result, kind, {
          status: ConsequenceStatus.DONE,
          doneOn: today,
          doneBy: actor.username,
          details: { grids: duties.map((d) => d.grid.code), lastDay: today },
        });
        for (const duty of duties)
          add(result, ConsequenceKind.FILL_VACANCY, { grid: duty.grid, since: addDays(today, 1), details: { gridCode: duty.grid.code, role: duty.role } });
      }
    }
    return created;
  }

  /** At a re-opening: the cycle's pending consequences are withdrawn; done ones stay done. */
  async withdrawPending(em: EntityManager, actor: Actor, cycle: AssessmentCycle, why: string): Promise<number> {
    const pending = await em.find(AssessmentConsequence, { cycle, status: ConsequenceStatus.PENDING });
    for (const c of pending) {
      c.status = ConsequenceStatus.WITHDRAWN;
      c.note = why.slice(0, 500);
      c.doneOn = this.clock.today();
      c.doneBy = actor.username;
    }
    return pending.length;
  }

  /** FILL_VACANCY rows whose grid has someone of the same role on duty again since the removal: done. */
  async sweepFilledVacancies(em: EntityManager): Promise<number> {
    const rows = await em.execute<{ id: string }[]>(
      `update assessment_consequence c
          set status = 'DONE', done_on = f.filled_on, done_by = 'system', version = c.version + 1,
              note = format('%s自%s起在该网格在岗', f.name, to_char(f.filled_on, 'YYYY-MM-DD'))
         from (select c2.id, min(a.from_date) as filled_on, (array_agg(w.name order by a.from_date))[1] as name
                 from assessment_consequence c2
                 join grid_assignment a on a.grid_id = c2.grid_id and a.role::text = c2.details ->> 'role' and a.from_date >= c2.since
                                      and a.worker_id <> c2.worker_id
                 join worker w on w.id = a.worker_id
                where c2.kind = 'FILL_VACANCY' and c2.status = 'PENDING'
                group by c2.id) f
        where c.id = f.id
        returning c.id`,
    );
    return rows.length;
  }

  /** A consequence the caller may act on, PENDING, of one of `kinds`. */
  async pending(em: EntityManager, user: AuthUser, id: string, version: number, kinds: ConsequenceKind[]): Promise<AssessmentConsequence> {
    const c = assertInScope(
      user,
      await em.findOne(AssessmentConsequence, id, { populate: ['worker', 'cycle', 'cycle.region', 'grid'] }),
      'AssessmentConsequence',
      id,
    );
    assertVersion(c, version, 'AssessmentConsequence');
    if (!kinds.includes(c.kind) || c.status !== ConsequenceStatus.PENDING)
      throw assessmentError(
        AssessmentReason.CONSEQUENCE_STATUS,
        `This ${c.kind} consequence is ${c.status}; this step is for a PENDING ${kinds.join(' or ')}`,
        'input.consequenceId',
      );
    return c;
  }

  /** Marks a consequence done (or withdrawn) with what was done; audited on the worker. */
  close(
    em: EntityManager,
    user: AuthUser,
    c: AssessmentConsequence,
    status: ConsequenceStatus,
    on: string,
    details: Record<string, unknown>,
    note: string | null,
  ) {
    if (on > this.clock.today()) throw new InvalidInput('input.on', 'must not be in the future');
    const before = snapshot(c);
    c.status = status;
    c.doneOn = on;
    c.doneBy = user.username;
    c.details = { ...c.details, ...details };
    c.note = note?.trim().slice(0, 500) || null;
    this.audit.record(em, user, {
      entity: 'AssessmentConsequence',
      entityId: c.id,
      action: status === ConsequenceStatus.DONE ? `DONE_${c.kind}` : 'WITHDRAW',
      before,
      after: snapshot(c),
      regionCode: c.regionCode,
    });
    return c;
  }
}
