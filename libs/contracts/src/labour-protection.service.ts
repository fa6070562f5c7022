import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertInScope, AuthUser, Clock, InvalidInput, scopeWhere } from '@gridhr/common';
import { AuditService, snapshot } from '@gridhr/audit';
import { Worker } from '@gridhr/workers';
import { LabourProtection, ProtectionKind } from './labour-protection.entity';
import { protectionProblem, protectionsInForce } from './labour-protection.rules';

/** The art. 42 situations of workers: recorded by township or county staff, read by the assessment and exit rules. */
@Injectable()
export class LabourProtectionService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async record(
    user: AuthUser,
    input: { workerId: string; kind: ProtectionKind; fromDate: string; toDate?: string | null; evidence: string },
  ): Promise<LabourProtection> {
    return this.em.transactional(async (em) => {
      const worker = assertInScope(user, await em.findOne(Worker, input.workerId), 'Worker', input.workerId);
      const span = { kind: input.kind, fromDate: input.fromDate, toDate: input.toDate ?? null };
      const problem = protectionProblem({ ...span, sex: worker.sex }, this.clock.today());
      if (problem) throw new InvalidInput(`input.${problem.field}`, problem.problem);
      const protection = em.create(LabourProtection, {
        worker,
        regionCode: worker.regionCode,
        ...span,
        evidence: input.evidence.trim(),
        recordedBy: user.username,
      });
      this.audit.record(em, user, {
        entity: 'Worker',
        entityId: worker.id,
        action: 'RECORD_LABOUR_PROTECTION',
        before: null,
        after: snapshot(protection),
        regionCode: worker.regionCode,
      });
      return protection;
    });
  }

  /** A worker's recorded situations in the caller's scope, latest first. */
  list(user: AuthUser, workerId: string): Promise<LabourProtection[]> {
    return this.em.find(LabourProtection, { worker: workerId, ...scopeWhere(user) }, { orderBy: { fromDate: 'desc' } });
  }

  /** The situations protecting each of these workers on `day` (absent: none), in the caller's transaction if given. */
  async inForce(workerIds: readonly string[], day: string, em: EntityManager = this.em): Promise<Map<string, LabourProtection[]>> {
    const rows = await em.find(LabourProtection, { worker: { $in: [...workerIds] }, fromDate: { $lte: day } });
    const byWorker = new Map<string, LabourProtection[]>();
    for (const id of workerIds) {
      const mine = protectionsInForce(
        rows.filter((p) => p.worker.id === id),
        day,
      );
      if (mine.length) byWorker.set(id, mine);
    }
    return byWorker;
  }
}
