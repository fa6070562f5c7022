// The committed schema.gql is the api's contract: this test fails when the code's schema differs.
// `npm run schema:print` rewrites it.
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { TestApp } from './support/test-app';

const SCHEMA_FILE = path.join(__dirname, '..', 'schema.gql');

describe('schema.gql', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ seed: false });
  });
  afterAll(() => app.close());

  it('matches the schema the code builds', () => {
    const printed = `${printSchema(lexicographicSortSchema(app.api.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') fs.writeFileSync(SCHEMA_FILE, printed);
    expect(fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '(missing)').toBe(printed);
  });
});
