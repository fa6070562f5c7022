import { INestApplicationContext } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { RegionLevel } from '@gridhr/common';
import { hashPassword, User } from '@gridhr/auth';
import { Grid, GridKind, GridSetting, Region, RegionStatsService } from '@gridhr/org';
import { PiiCipher, Worker } from '@gridhr/workers';
import { DEMO_PASSWORD, DEMO_REGIONS, DEMO_USERS } from './demo-county';
import { seedDemoTraining } from './demo-training';
import { seedDemoWorkers } from './demo-workers';
import { ScanService } from '@gridhr/compliance';
import { seedDemoContracts } from './demo-contracts';
import { seedDemoRosters } from './demo-roster';
import { seedDemoPay } from './demo-pay';
import { seedDemoBudgets } from './demo-budget';
import { PayrollService } from '@gridhr/pay';
import { seedDemoAssessment } from './demo-assessment';
import { seedDemoExits } from './demo-exits';

/** A small deterministic sequence so every demo database is the same. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * Builds the demo county in an empty database, through the services of a running GridHR context (api,
 * worker or command line), then runs a first compliance scan. Returns false (and writes nothing) when
 * the database already holds regions.
 */
export async function seedDemo(app: INestApplicationContext, options: { today: string; scan?: boolean }): Promise<boolean> {
  const em = app.get(MikroORM).em.fork() as EntityManager;
  const services = { stats: app.get(RegionStatsService, { strict: false }), cipher: app.get(PiiCipher, { strict: false }), today: options.today };
  if (await em.count(Region, {})) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const byCode = new Map<string, Region>();
  const random = sequence(140799);
  let workers: Worker[] = [];
  await em.transactional(async (tx) => {
    const grids: Grid[] = [];
    for (const spec of DEMO_REGIONS) {
      const parent =
        [...byCode.values()].filter((r) => spec.code.startsWith(r.prefix) && r.code !== spec.code).sort((a, b) => b.prefix.length - a.prefix.length)[0] ?? null;
      const region = tx.create(Region, { code: spec.code, name: spec.name, level: spec.level, parent });
      byCode.set(spec.code, region);
      for (let i = 1; i <= (spec.grids ?? 0); i++) {
        const urban = spec.level === RegionLevel.COMMUNITY;
        // Urban grids around 300-500 households, rural around 200; the last urban grid of 滨河社区 is oversized.
        const oversized = urban && spec.code.endsWith('004') && i === spec.grids;
        const households = oversized ? 780 : Math.round(urban ? 300 + random() * 200 : 140 + random() * 90);
        grids.push(
          tx.create(Grid, {
            code: `${spec.code}-${String(i).padStart(2, '0')}`,
            name: `${spec.name}第${i}网格`,
            kind: GridKind.COMPREHENSIVE,
            setting: urban ? GridSetting.URBAN : GridSetting.RURAL,
            households,
            population: Math.round(households * (2.4 + random() * 0.6)),
            boundary: `${spec.name}${urban ? '第' + i + '片区' : '第' + i + '村民小组'}`,
            supervisionPhone: '0354-12345',
            serviceItems: urban ? '政策宣传、矛盾纠纷排查、安全隐患报告、代办服务' : '政策宣传、矛盾纠纷排查、防汛防火巡查、代办服务',
            region,
            regionCode: region.code,
            activeFrom: '2024-01-01',
            rosterChangedOn: '2024-01-01',
          }),
        );
      }
    }
    workers = seedDemoWorkers(tx, services.cipher, [...byCode.values()], grids, random);
    seedDemoTraining(tx, byCode, workers, random, services.today);
    seedDemoContracts(tx, byCode, workers, services.today);
    seedDemoBudgets(tx, byCode, workers, services.today);
    for (const user of DEMO_USERS) {
      const region = byCode.get(user.scopeCode)!;
      tx.create(User, { username: user.username, displayName: user.displayName, passwordHash, role: user.role, scopeRegion: region, regionCode: region.code });
    }
  });
  await services.stats.refresh('');
  await seedDemoAssessment(app, workers, byCode, services.today, random);
  // Pay and the posted rosters after the assessment: performance pay and the stars follow last year's levels.
  await em.fork().transactional(async (tx) => {
    await seedDemoPay(tx, app.get(PayrollService, { strict: false }), services.today);
    await seedDemoRosters(tx, services.today);
  });
  await seedDemoExits(app, em.fork(), services.today);
  // A first compliance scan, so the flags are there on first login.
  if (options.scan !== false) await app.get(ScanService, { strict: false }).runNow('', options.today);
  return true;
}
