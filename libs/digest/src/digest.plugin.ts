import { CostClass } from '@gridhr/common';
import { COMPLIANCE_SCAN } from '@gridhr/compliance';
import { DomainPlugin } from '@gridhr/platform';
import { ChatRobot } from './chat-robot.entity';
import { CHAT_DIGEST, ChatDigestHandler } from './digest.jobs';
import { DigestModule } from './digest.module';
import { DIGEST_POLICIES } from './digest.policies';

/** The daily digest of compliance flags to regions' office chats (WeCom, DingTalk group robots). */
export const digestPlugin: DomainPlugin = {
  name: 'digest',
  module: DigestModule,
  entities: [ChatRobot],
  policies: DIGEST_POLICIES,
  jobs: [CHAT_DIGEST],
  handlers: [{ job: CHAT_DIGEST, handler: ChatDigestHandler }],
  // After the nightly scan, not at its time: the digest counts the flags that night's scan found.
  schedules: [{ id: 'daily:chat-digest', job: CHAT_DIGEST, data: {}, after: COMPLIANCE_SCAN }],
  costs: { sendChatDigest: CostClass.JOB },
};
