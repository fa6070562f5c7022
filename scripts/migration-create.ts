// Generates the next migration: applies the existing ones to a scratch database, diffs it against the
// entities, writes prisma-free-db/migrations/<Migration…>.ts and registers it in the index.
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR, ormConfig } from '@gridhr/database';
import { adminQuery, withDatabase } from './db-tools';
import { ENTITIES } from '@gridhr/domains';

async function main(): Promise<void> {
  const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const scratch = `gridhr_migration_${Date.now()}`;
  await adminQuery(server, `create database ${scratch}`);
  const orm = await MikroORM.init(ormConfig(withDatabase(server, scratch), ENTITIES));
  try {
    const migrator = orm.getMigrator();
    await migrator.up();
    const result = await migrator.createMigration(MIGRATIONS_DIR, false, false, process.argv[2]);
    if (!result.fileName) {
      console.log('No schema changes: nothing generated.');
      return;
    }
    const className = path.basename(result.fileName, '.ts');
    const indexPath = path.join(MIGRATIONS_DIR, 'index.ts');
    const index = fs
      .readFileSync(indexPath, 'utf8')
      .replace(/(import type .*\n)/, `$1import { ${className} } from './${className}';\n`)
      .replace(/\n\];\n$/, `\n  { name: '${className}', class: ${className} },\n];\n`)
      .replace('= [];', `= [\n  { name: '${className}', class: ${className} },\n];`);
    fs.writeFileSync(indexPath, index);
    console.log(`Wrote ${MIGRATIONS_DIR}/${result.fileName} and registered it in ${indexPath}:\n${result.diff.up.join('\n')}`);
  } finally {
    await orm.close(true);
    await adminQuery(server, `drop database if exists ${scratch}`);
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
