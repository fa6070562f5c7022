import { Injectable } from '@nestjs/common';
import { JobHandler } from '@gridhr/platform';
import { PublicityEndJob } from './recruiting.jobs';
import { RecruitingService } from './recruiting.service';

@Injectable()
export class PublicityEndHandler implements JobHandler<PublicityEndJob> {
  constructor(private readonly recruiting: RecruitingService) {}

  handle(data: PublicityEndJob): Promise<number> {
    return this.recruiting.endPublicity(data.campaignId);
  }
}

@Injectable()
export class PublicitySweepHandler implements JobHandler<Record<string, never>> {
  constructor(private readonly recruiting: RecruitingService) {}

  handle(): Promise<number> {
    return this.recruiting.sweepPublicity();
  }
}
