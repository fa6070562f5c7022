import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { TransferHook, WorkerTransfer } from '@gridhr/platform';

/**
 * A transferred worker's assessment goes with them: the new township sees their work records, their
 * results in open cycles (where it now enters the day-to-day score) and the consequences still to do.
 * Finalised results stay where they were rated, so a past cycle's figures per township do not move.
 */
@Injectable()
export class AssessmentFollowsWorker implements TransferHook {
  async transferred(em: EntityManager, transfer: WorkerTransfer): Promise<void> {
    await em.execute('update work_record set region_code = ? where worker_id = ?', [transfer.toRegionCode, transfer.workerId]);
    await em.execute(
      `update assessment_result r set region_code = ?, version = r.version + 1
         from assessment_cycle c where c.id = r.cycle_id and c.status = 'OPEN' and r.worker_id = ?`,
      [transfer.toRegionCode, transfer.workerId],
    );
    await em.execute(`update assessment_consequence set region_code = ?, version = version + 1 where worker_id = ? and status = 'PENDING'`, [
      transfer.toRegionCode,
      transfer.workerId,
    ]);
  }
}
