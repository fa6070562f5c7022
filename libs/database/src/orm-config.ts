import { defineConfig, Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../../prisma-free-db/migrations';
import { ENTITIES } from './entities';

/** Folder of the migration sources (the only way the schema changes). */
export const MIGRATIONS_DIR = 'prisma-free-db/migrations';

export function ormConfig(databaseUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
    // Entity validation happens in services; strict mode catches type mistakes early.
    validate: true,
    strict: true,
    forceUtcTimezone: true,
    pool: { min: 0, max: 10 },
    ...overrides,
  });
}
