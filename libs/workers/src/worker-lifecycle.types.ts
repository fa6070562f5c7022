// The vocabulary of the worker lifecycle: what a registration and a change carry.
import { RegionLevel } from '@gridhr/common';
import { snapshot } from '@gridhr/audit';
import { Region } from '@gridhr/org';
import { Education, HireSource, PoliticalStatus, SocialWorkCertificate, WorkerCategory, WorkerStatus } from './worker.enums';
import { Worker } from './worker.entity';

/** Regions that may manage workers: a township, or a community or village under it (Yongzhou [002]). */
export const MANAGING_LEVELS = [RegionLevel.TOWNSHIP, RegionLevel.COMMUNITY, RegionLevel.VILLAGE];

/** Audit copies of a worker carry the masked ID number, never the cipher text or the lookup hash. */
export function workerSnapshot(worker: Worker) {
  return snapshot(worker, ['idNumberCipher', 'idNumberHash']);
}

/** The ID number as stored: encrypted, a keyed hash for lookup, masked, and what it tells. */
export interface SealedIdentity {
  idNumberCipher: string;
  idNumberHash: string;
  idNumberMasked: string;
  birthDate: string;
  sex: Worker['sex'];
}

/** The descriptive facts of a record; absent fields are left as they are. */
export interface WorkerFacts {
  education?: Education | null;
  politicalStatus?: PoliticalStatus | null;
  veteran?: boolean;
  lowIncome?: boolean;
  drawsPension?: boolean;
  socialWorkCertificate?: SocialWorkCertificate;
  professionalTitle?: string | null;
  homeRegionCode?: string | null;
  hireSource?: HireSource | null;
}

/**
 * What the public roster may show of a worker's phones (PIPL art. 25): a work phone (normalized; null
 * clears it), and the separate consent to publish the personal phone with the day it was recorded
 * (default today; withdrawn with false).
 */
export interface PhonePublishing {
  workPhone?: string | null;
  phonePublishConsent?: boolean;
  phonePublishConsentOn?: string | null;
}

export interface Registration extends WorkerFacts, PhonePublishing {
  name: string;
  identity: SealedIdentity;
  /** Normalized 11-digit mobile. */
  phone: string;
  category: WorkerCategory;
  status: WorkerStatus;
  region: Region;
  hiredOn?: string | null;
}

export interface WorkerChanges extends WorkerFacts, PhonePublishing {
  name?: string;
  phone?: string;
  category?: WorkerCategory;
  hiredOn?: string | null;
  status?: WorkerStatus;
  /** With status EXITED: the last day; default today. */
  exitedOn?: string | null;
  /** A new managing region: within the township, or a transfer by the county. */
  region?: Region;
}

export const FACT_KEYS = [
  'education',
  'politicalStatus',
  'veteran',
  'lowIncome',
  'drawsPension',
  'socialWorkCertificate',
  'professionalTitle',
  'homeRegionCode',
  'hireSource',
] as const;
