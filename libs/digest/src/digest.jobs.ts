import { Injectable } from '@nestjs/common';
import { JobHandler } from '@gridhr/platform';
import { ChatDigestJob } from './digest-job';
import { DigestRound, DigestService } from './digest.service';

export { CHAT_DIGEST, ChatDigestJob } from './digest-job';

@Injectable()
export class ChatDigestHandler implements JobHandler<ChatDigestJob> {
  constructor(private readonly digests: DigestService) {}

  handle(data: ChatDigestJob): Promise<DigestRound> {
    return this.digests.postDue(data.robotId);
  }
}
