import { MikroORM } from '@mikro-orm/postgresql';
import { AppConfig, shanghaiToday } from '@gridhr/common';
import { seedDemo } from '@gridhr/demo';
import { RegionStatsService } from '@gridhr/org';
import { PiiCipher } from '@gridhr/workers';

/** Seeds the demo county through a forked EntityManager; false when the database was not empty. */
export function seedDemoDatabase(orm: MikroORM, config: AppConfig): Promise<boolean> {
  const em = orm.em.fork();
  return seedDemo(em, { stats: new RegionStatsService(em), cipher: PiiCipher.fromSecret(config.piiSecret), today: config.clockToday ?? shanghaiToday() });
}
