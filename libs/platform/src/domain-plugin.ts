// How a domain plugs in: one object per library (`libs/<domain>/src/<domain>.plugin.ts`) saying what it
// adds. The api and the worker load the same list (`@gridhr/domains`), checked at boot.
import { Type } from '@nestjs/common';
import type { RootFieldCosts } from '@gridhr/common';
import { JobRef } from '@gridhr/queue';
import { ComplianceRule } from './compliance-rule';
import { ActivationCheck, ContractCheck, ExitCheck, TransferHook } from './lifecycle-hooks';
import { PolicyDefinitions } from './policy-definition';
import { Report } from './report';

/** The context a job handler gets besides its data. */
export interface JobContext<T> {
  id: string;
  /** True when a scheduler (not a person) started the job. */
  scheduled: boolean;
  attemptsMade: number;
  /** Saves new data on the job (a cursor), so a job taken over after a crash resumes from it. */
  save(data: T): Promise<void>;
}

/** Handles one job; a provider of the declaring plugin's module. Runs in its own EntityManager context. */
export interface JobHandler<T> {
  handle(data: T, job: JobContext<T>): Promise<unknown>;
}

export interface JobHandlerDeclaration<T = any> {
  job: JobRef<T>;
  handler: Type<JobHandler<T>>;
}

export interface ScheduleDeclaration<T = any> {
  /** The scheduler's id in BullMQ; upserting it keeps one however many workers start. */
  id: string;
  job: JobRef<T>;
  data: T;
  /**
   * Runs when the nightly run of this (scheduled) job has finished, instead of at the nightly time itself:
   * a job that reads what another nightly job writes (the digest reads the scan's flags).
   */
  after?: JobRef<unknown>;
}

export interface QueueSettings {
  name: string;
  /** Jobs of this queue one worker process runs at once (default 1). */
  concurrency?: number;
}

export interface LifecycleHooks {
  activation?: Type<ActivationCheck>[];
  transfer?: Type<TransferHook>[];
  contract?: Type<ContractCheck>[];
  exit?: Type<ExitCheck>[];
}

export interface DomainPlugin {
  /** Short name used in boot errors and logs: 'training'. */
  name: string;
  /** The Nest module with the domain's services and resolvers. */
  module: Type<unknown>;
  /** Persisted entity classes (for the ORM and the migration generator). */
  entities?: Type<unknown>[];
  /** Compliance rules the scans run, in this order. */
  rules?: ComplianceRule[];
  /** The policy numbers the domain reads, with defaults and sources. */
  policies?: PolicyDefinitions;
  /** Jobs this domain defines (it or another enqueues them); each needs exactly one handler. */
  jobs?: JobRef<any>[];
  handlers?: JobHandlerDeclaration[];
  /** Repeatable jobs, at the nightly time (SCAN_CRON, Asia/Shanghai). */
  schedules?: ScheduleDeclaration[];
  queues?: QueueSettings[];
  hooks?: LifecycleHooks;
  /** Reports, exported through @gridhr/reports (providers of the module). */
  reports?: Type<Report<any, any>>[];
  /** The domain's root fields that cost more than their selections: files, reports, jobs (the api checks them against the schema). */
  costs?: RootFieldCosts;
}
