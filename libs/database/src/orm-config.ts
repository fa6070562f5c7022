import { defineConfig, Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { JobOutbox } from '@gridhr/queue';
import { migrationsList } from '../../../prisma-free-db/migrations';

/** Folder of the migration sources (the only way the schema changes). */
export const MIGRATIONS_DIR = 'prisma-free-db/migrations';

/** `entities`: the classes the plugins declare (`ENTITIES` of @gridhr/domains); none to only migrate. */
export function ormConfig(databaseUrl: string, entities: NonNullable<Options['entities']>, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    // The job outbox belongs to every process that queues jobs.
    entities: Array.isArray(entities) && entities.length ? [...entities, JobOutbox] : entities,
    discovery: { warnWhenNoEntities: entities.length > 0 },
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
    // No JIT compilation in GridHR's sessions: its statements are short and PostgreSQL's cost estimates for
    // per-row subqueries are high, so the JIT spent 235 ms compiling a 130 ms vacancies query at province
    // scale (docs/performance.md).
    driverOptions: { connection: { options: '-c jit=off' } },
    ...overrides,
  });
}
