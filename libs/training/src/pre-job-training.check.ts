import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { pgUuidArray } from '@gridhr/common';
import { ActivationCheck, TransferHook, WorkerTransfer } from '@gridhr/platform';

/** Shanxi measures [004]: pre-job training before taking up the post. */
@Injectable()
export class PreJobTrainingCheck implements ActivationCheck {
  async blockers(em: EntityManager, workerIds: string[], asOf: string): Promise<Map<string, string>> {
    const trained = await em.execute<{ worker_id: string }[]>(
      `select distinct a.worker_id from attendance a join training_session s on s.id = a.session_id
        where a.worker_id = any(?::uuid[]) and a.status = 'PRESENT' and s.kind = 'PRE_JOB' and s.held_on <= ?`,
      [pgUuidArray(workerIds), asOf],
    );
    const done = new Set(trained.map((r) => r.worker_id));
    return new Map(
      workerIds
        .filter((id) => !done.has(id))
        .map((id) => [id, 'has not attended a pre-job training session (Shanxi measures: pre-job training before taking up the post)']),
    );
  }
}

/** A transferred worker's attendance goes with them: the new township sees their training this year. */
@Injectable()
export class AttendanceFollowsWorker implements TransferHook {
  async transferred(em: EntityManager, transfer: WorkerTransfer): Promise<void> {
    await em.execute('update attendance set region_code = ? where worker_id = ?', [transfer.toRegionCode, transfer.workerId]);
  }
}
