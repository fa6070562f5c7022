import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import { Public } from '@gridhr/common';
import { Jobs } from '@gridhr/queue';

type Check = 'up' | 'down';

/** GET /health: 200 when PostgreSQL and Redis both answer, 503 otherwise (for load balancers). */
@Controller('health')
export class HealthController {
  constructor(
    private readonly em: EntityManager,
    private readonly jobs: Jobs,
  ) {}

  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const [database, redis] = await Promise.all([this.check(() => this.em.getConnection().execute('select 1')), this.check(() => this.jobs.ping())]);
    const ok = database === 'up' && redis === 'up';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({ status: ok ? 'ok' : 'degraded', database, redis });
  }

  private async check(probe: () => Promise<unknown>): Promise<Check> {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000).unref());
    try {
      await Promise.race([probe(), timeout]);
      return 'up';
    } catch {
      return 'down';
    }
  }
}
