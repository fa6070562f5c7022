// npm run db:migrate: creates the database if needed and applies pending migrations.
import 'reflect-metadata';
import { loadConfigOrExit } from '@gridhr/common';
import { ensureDatabaseExists, runMigrations } from '@gridhr/database';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  await ensureDatabaseExists(config.databaseUrl);
  const applied = await runMigrations(config.databaseUrl);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database schema is up to date.');
}

main().catch((error: Error) => {
  console.error(`Migration failed: ${error.message}`);
  process.exit(1);
});
