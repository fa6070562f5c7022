import { defineJob } from '@gridhr/queue';

/** Daily (and on request for one robot): the digest of new and overdue flags to each region's office chat. */
export interface ChatDigestJob {
  robotId?: string;
}
export const CHAT_DIGEST = defineJob<ChatDigestJob>('digest', 'chat-digest');
