import { defineJob } from '@gridhr/queue';

export interface PublicityEndJob {
  roundId: string;
  endsOn: string;
}

/** End a publicity round (公示) and move its clean applicants on. */
export const PUBLICITY_END = defineJob<PublicityEndJob>('recruiting', 'publicity-end');

/** Daily: end any publicity period whose job was lost. */
export const PUBLICITY_SWEEP = defineJob<Record<string, never>>('recruiting', 'publicity-sweep');
