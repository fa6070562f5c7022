import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, RegionLevel } from '@gridhr/common';
import { SYSTEM_ACTOR } from '@gridhr/audit';
import { Region } from '@gridhr/org';
import { JobContext, JobHandler } from '@gridhr/platform';
import { defineJob } from '@gridhr/queue';
import { PayrollRunStatus } from './pay.enums';
import { PayrollGeneration } from './payroll-generation.entity';
import { PayrollService } from './payroll.service';

export interface CountyPayrollJob {
  generationId: string;
  /** The last township done (its code): a job taken over after a crash goes on from the next. */
  after?: string;
}

/** Generate the month's payroll drafts of every township of a county. */
export const COUNTY_PAYROLL = defineJob<CountyPayrollJob>('pay', 'county-payroll');

@Injectable()
export class CountyPayrollHandler implements JobHandler<CountyPayrollJob> {
  constructor(
    private readonly em: EntityManager,
    private readonly payroll: PayrollService,
  ) {}

  async handle(data: CountyPayrollJob, job: JobContext<CountyPayrollJob>): Promise<number> {
    const generation = await this.em.findOneOrFail(PayrollGeneration, data.generationId, { populate: ['county'] });
    const townships = await this.em.find(
      Region,
      { code: { $like: `${generation.county.prefix}%` }, level: RegionLevel.TOWNSHIP, active: true },
      { orderBy: { code: 'asc' } },
    );
    Object.assign(generation, { status: 'RUNNING', townshipsTotal: townships.length });
    await this.em.flush();
    try {
      for (const township of townships.filter((t) => !data.after || t.code > data.after)) {
        // One transaction per township: a crash loses at most the township in hand.
        const runs = await this.em.transactional(async (em) => {
          try {
            return await this.payroll.generate(em, SYSTEM_ACTOR, await em.findOneOrFail(Region, township.id), generation.month);
          } catch (error) {
            if (error instanceof DomainError) return error.message;
            throw error;
          }
        });
        if (typeof runs === 'string') generation.skipped = [...generation.skipped, `${township.name}: ${runs}`];
        else {
          generation.runsGenerated += runs.filter((r) => r.status === PayrollRunStatus.DRAFT).length;
          const kept = runs.filter((r) => r.status !== PayrollRunStatus.DRAFT);
          if (kept.length)
            generation.skipped = [...generation.skipped, `${township.name}: ${kept.map((r) => `${r.periodKind} ${r.status}`).join(', ')} (left as it is)`];
        }
        generation.townshipsDone++;
        await this.em.flush();
        await job.save({ ...data, after: township.code });
      }
      generation.status = 'DONE';
    } catch (error) {
      generation.status = 'FAILED';
      generation.error = error instanceof Error ? error.message : String(error);
      await this.em.flush();
      throw error;
    }
    await this.em.flush();
    return generation.runsGenerated;
  }
}
