import { Injectable } from '@nestjs/common';
import { Clock } from '@gridhr/common';
import { JobHandler } from '@gridhr/platform';
import { defineJob } from '@gridhr/queue';
import { CyclesService } from './cycles.service';

/** Nightly: every open cycle measured again from the records on file, and filled vacancies marked done. */
export const ASSESSMENT_NIGHTLY = defineJob<Record<string, never>>('assessment', 'nightly');

@Injectable()
export class AssessmentNightlyHandler implements JobHandler<Record<string, never>> {
  constructor(
    private readonly cycles: CyclesService,
    private readonly clock: Clock,
  ) {}

  async handle(): Promise<number> {
    return (await this.cycles.computeOpenCycles(this.clock.today())).length;
  }
}
