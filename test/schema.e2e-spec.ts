// The committed schema.gql is the api's contract: this test fails when the code's schema differs.
// `npm run schema:print` rewrites it, and docs/api.md, the reference generated from it. The schema is also the
// api's manual (issue 19): the code's schema must pass graphql-schema-linter with the rules of
// .graphql-schema-linterrc.yml, so a new field without a description fails here, before schema.gql is even printed;
// and the GraphQL examples of the README and docs must be valid operations of it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, parse, printSchema, validate } from 'graphql';
import { apiReference } from '../scripts/api-reference';
import { TestApp } from './support/test-app';

const ROOT = path.join(__dirname, '..');
const SCHEMA_FILE = path.join(ROOT, 'schema.gql');
const REFERENCE_FILE = path.join(ROOT, 'docs', 'api.md');
/** Files whose ```graphql blocks are examples to check against the schema. */
const EXAMPLE_FILES = ['README.md', 'docs/api-examples.md'];

/** The linter's findings on an SDL text, as "message (rule)", with the repository's configuration. */
function lint(sdl: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridhr-schema-'));
  try {
    const file = path.join(dir, 'schema.gql');
    fs.writeFileSync(file, sdl);
    const cli = require.resolve('graphql-schema-linter/lib/cli.js');
    const run = spawnSync(process.execPath, [cli, '--config-directory', ROOT, '--format', 'json', file], { encoding: 'utf8' });
    if (run.status !== 0 && run.status !== 1) throw new Error(`graphql-schema-linter exited ${run.status}: ${run.stderr}`);
    const report = JSON.parse(run.stdout) as { errors: { message: string; rule: string }[] };
    return report.errors.map((e) => `${e.message} (${e.rule})`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('schema.gql', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let printed: string;
  beforeAll(async () => {
    app = await TestApp.start({ seed: false });
    schema = lexicographicSortSchema(app.api.get(GraphQLSchemaHost).schema);
    printed = `${printSchema(schema)}\n`;
  });
  afterAll(() => app.close());

  it('matches the schema the code builds', () => {
    if (process.env.UPDATE_SCHEMA === '1') fs.writeFileSync(SCHEMA_FILE, printed);
    expect(fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '(missing)').toBe(printed);
  });

  it('docs/api.md is the reference generated from it', () => {
    const reference = apiReference(schema);
    if (process.env.UPDATE_SCHEMA === '1') fs.writeFileSync(REFERENCE_FILE, reference);
    expect(fs.existsSync(REFERENCE_FILE) ? fs.readFileSync(REFERENCE_FILE, 'utf8') : '(missing)').toBe(reference);
  });

  it('the GraphQL examples of the README and docs are valid operations', () => {
    const examples = EXAMPLE_FILES.flatMap((file) =>
      [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i) => ({
        where: `${file} example ${i + 1}`,
        text: m[1],
      })),
    );
    expect(examples.length).toBeGreaterThanOrEqual(5);
    const problems = examples.flatMap(({ where, text }) => validate(schema, parse(text)).map((e) => `${where}: ${e.message}`));
    expect(problems).toEqual([]);
  });

  it('describes every type, field, argument, input field and enum value, and keeps the naming and Relay rules', () => {
    expect(lint(printed)).toEqual([]);
  });

  it('the lint rules catch a field, an argument, an input field and an enum value without a description', () => {
    const findings = lint(
      [
        '"""Reads."""',
        'type Query {',
        '  """A described field."""',
        '  described: String',
        '  bare(id: ID): String',
        '}',
        '"""A described input."""',
        'input Filter {',
        '  bare: Int',
        '}',
        '"""A described enum."""',
        'enum Colour {',
        '  RED',
        '}',
        '',
      ].join('\n'),
    );
    expect(findings).toEqual(
      expect.arrayContaining([
        'The field `Query.bare` is missing a description. (fields-have-descriptions)',
        'The `id` argument of `bare` is missing a description. (arguments-have-descriptions)',
        'The input value `Filter.bare` is missing a description. (input-object-values-have-descriptions)',
        'The enum value `Colour.RED` is missing a description. (enum-values-have-descriptions)',
      ]),
    );
    expect(findings.join('\n')).not.toContain('Query.described');
  });
});
