// npm run seed:demo: builds the demo county in an empty database (after migrating it).
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfigOrExit } from '@gridhr/common';
import { ensureDatabaseExists, ormConfig, runMigrations } from '@gridhr/database';
import { seedDemoDatabase } from './demo-seeding';
import { ENTITIES } from '@gridhr/domains';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  await ensureDatabaseExists(config.databaseUrl);
  await runMigrations(config.databaseUrl);
  const orm = await MikroORM.init(ormConfig(config.databaseUrl, ENTITIES));
  try {
    console.log((await seedDemoDatabase(orm, config)) ? 'Demo county created.' : 'The database already has regions: nothing seeded.');
  } finally {
    await orm.close(true);
  }
}

main().catch((error: Error) => {
  console.error(`Seeding failed: ${error.message}`);
  process.exit(1);
});
