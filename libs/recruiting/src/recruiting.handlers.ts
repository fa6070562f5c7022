import { Injectable } from '@nestjs/common';
import { JobHandler } from '@gridhr/platform';
import { PublicityEndJob } from './recruiting.jobs';
import { PublicityService } from './publicity.service';

@Injectable()
export class PublicityEndHandler implements JobHandler<PublicityEndJob> {
  constructor(private readonly publicity: PublicityService) {}

  handle(data: PublicityEndJob): Promise<number> {
    return this.publicity.endPublicity(data.roundId);
  }
}

@Injectable()
export class PublicitySweepHandler implements JobHandler<Record<string, never>> {
  constructor(private readonly publicity: PublicityService) {}

  handle(): Promise<number> {
    return this.publicity.sweepPublicity();
  }
}
