// What other domains add to the one worker lifecycle of the workers library, and to the contracts
// library's warnings, as providers of their own modules: conditions for going on duty, what follows a
// transfer, and what a later domain (pay) finds wrong with a contract's terms.
import { EntityManager } from '@mikro-orm/postgresql';
import type { Fen } from '@gridhr/common';

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

/** The terms of a contract, for a domain that judges them (pay: the wage against the legal floors). */
export interface ContractTerms {
  id: string;
  workerId: string;
  /** The worker's category and managing region code. */
  category: string;
  regionCode: string;
  kind: string;
  startDate: string;
  probationEndDate: string | null;
  monthlyBasePayFen: Fen;
  probationMonthlyPayFen: Fen | null;
}

/** Warnings about contracts' terms from another domain, shown with the contract's own. */
export interface ContractCheck {
  /** Warnings for each contract (absent: none), judged as of the contract's start. */
  warnings(em: EntityManager, contracts: ContractTerms[]): Promise<Map<string, string[]>>;
}

/** Something that must be true before a worker's status becomes EXITED (exit: its checklist done). */
export interface ExitCheck {
  /** Why this worker may not be set EXITED through `action` (null: they may). */
  blocker(em: EntityManager, workerId: string, action: string): Promise<string | null>;
}
