import { defineJob } from '@gridhr/queue';

export interface PublicityEndJob {
  campaignId: string;
  endsOn: string;
}

/** End a campaign's publicity period (公示) and move clean applicants on. */
export const PUBLICITY_END = defineJob<PublicityEndJob>('recruiting', 'publicity-end');

/** Daily: end any publicity period whose job was lost. */
export const PUBLICITY_SWEEP = defineJob<Record<string, never>>('recruiting', 'publicity-sweep');
