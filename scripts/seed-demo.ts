// npm run seed:demo: builds the demo county in an empty database (after migrating it).
import 'reflect-metadata';
import { loadConfigOrExit } from '@gridhr/common';
import { ensureDatabaseExists, runMigrations } from '@gridhr/database';
import { seedDemoDatabase } from './demo-seeding';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  await ensureDatabaseExists(config.databaseUrl);
  await runMigrations(config.databaseUrl);
  console.log((await seedDemoDatabase(config)) ? 'Demo county created.' : 'The database already has regions: nothing seeded.');
}

main().catch((error: Error) => {
  console.error(`Seeding failed: ${error.message}`);
  process.exit(1);
});
