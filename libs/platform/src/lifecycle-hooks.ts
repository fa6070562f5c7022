// What other domains add to the one worker lifecycle of the workers library, as providers of their
// own modules: conditions for going on duty, and what follows a transfer.
import { EntityManager } from '@mikro-orm/postgresql';

/** Something that must be true before a worker goes on duty (training: the pre-job session). */
export interface ActivationCheck {
  /** Why each of these workers may not go on duty on `asOf` (absent: they may). */
  blockers(em: EntityManager, workerIds: string[], asOf: string): Promise<Map<string, string>>;
}

export interface WorkerTransfer {
  workerId: string;
  fromRegionCode: string;
  toRegionCode: string;
  /** First day under the new region. */
  on: string;
}

/** Keeps a domain's records of a worker with the worker when the county transfers them (attendance). */
export interface TransferHook {
  transferred(em: EntityManager, transfer: WorkerTransfer): Promise<void>;
}
