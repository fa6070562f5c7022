import { MikroORM } from '@mikro-orm/postgresql';
import { seedDemo } from '@gridhr/demo';
import { RegionStatsService } from '@gridhr/org';

/** Seeds the demo county through a forked EntityManager; false when the database was not empty. */
export function seedDemoDatabase(orm: MikroORM): Promise<boolean> {
  const em = orm.em.fork();
  return seedDemo(em, new RegionStatsService(em));
}
