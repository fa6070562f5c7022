// docs/api.md: the GraphQL API reference, generated from the schema the code builds (its descriptions live in the
// decorators of each library). `npm run schema:print` writes it with schema.gql; test/schema.e2e-spec.ts fails when
// either is stale, so the reference never drifts from the api.
import {
  GraphQLArgument,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputObjectType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLType,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';

const SPEC_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/** Description text as one line of Markdown: no line breaks, pipes and angle brackets escaped. */
function cell(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to dashes. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

/** A type as written in SDL, its named type linked to its section (the spec's scalars are not). */
function typeRef(type: GraphQLType): string {
  if (isNonNullType(type)) return `${typeRef(type.ofType)}!`;
  if (isListType(type)) return `[${typeRef(type.ofType)}]`;
  const named = getNamedType(type);
  return SPEC_SCALARS.has(named.name) ? `\`${named.name}\`` : `[\`${named.name}\`](#${anchor(named.name)})`;
}

function defaultOf(arg: GraphQLArgument | GraphQLInputField): string {
  if (arg.defaultValue === undefined) return '';
  return ` (default \`${JSON.stringify(arg.defaultValue)}\`)`;
}

function argumentsTable(args: readonly GraphQLArgument[]): string[] {
  if (args.length === 0) return [];
  return [
    '',
    '| argument | type | description |',
    '|---|---|---|',
    ...args.map((a) => `| \`${a.name}\` | ${typeRef(a.type)} | ${cell(a.description)}${defaultOf(a)} |`),
  ];
}

/** Who may call a root field: the roles @Roles keeps in its extensions (the access plugin checks the same). */
function callers(field: GraphQLField<unknown, unknown>): string {
  const { roles, public: open } = field.extensions as { roles?: string[]; public?: boolean };
  if (open) return 'Who may call: anyone, without signing in.';
  if (roles?.length)
    return `Who may call: ${roles.map((r) => `\`${r}\``).join(', ')}; other roles get FORBIDDEN before it runs (a stage or step rule may narrow it further, as the description says).`;
  return 'Who may call: any signed-in user, within their scope.';
}

function operation(root: string, field: GraphQLField<unknown, unknown>): string[] {
  const heading = `${root}.${field.name}`;
  return [
    `### ${heading}`,
    '',
    `\`${field.name}\` → ${typeRef(field.type)}`,
    '',
    cell(field.description),
    '',
    callers(field),
    ...(field.deprecationReason ? ['', `Deprecated: ${cell(field.deprecationReason)}`] : []),
    ...argumentsTable(field.args),
    '',
  ];
}

function operations(title: string, type: GraphQLObjectType | null | undefined): string[] {
  if (!type) return [];
  const fields = Object.values(type.getFields()).sort((a, b) => a.name.localeCompare(b.name));
  return [
    `## ${title}`,
    '',
    cell(type.description),
    '',
    fields.map((f) => `[${f.name}](#${anchor(`${type.name}.${f.name}`)})`).join(' · '),
    '',
    ...fields.flatMap((f) => operation(type.name, f)),
  ];
}

function typeSection(type: GraphQLNamedType): string[] {
  const lines = [`### ${type.name}`, ''];
  if (type instanceof GraphQLObjectType) {
    lines.push(`Object. ${cell(type.description)}`, '', '| field | type | description |', '|---|---|---|');
    for (const f of Object.values(type.getFields())) {
      const args = f.args.length
        ? ` (arguments: ${f.args.map((a) => `\`${a.name}\` ${typeRef(a.type)}${defaultOf(a)}: ${cell(a.description)}`).join('; ')})`
        : '';
      lines.push(`| \`${f.name}\` | ${typeRef(f.type)} | ${cell(f.description)}${args} |`);
    }
  } else if (isInputObjectType(type)) {
    lines.push(`Input. ${cell(type.description)}`, '', '| field | type | description |', '|---|---|---|');
    for (const f of Object.values((type as GraphQLInputObjectType).getFields()))
      lines.push(`| \`${f.name}\` | ${typeRef(f.type)} | ${cell(f.description)}${defaultOf(f)} |`);
  } else if (type instanceof GraphQLEnumType) {
    lines.push(`Enum. ${cell(type.description)}`, '', '| value | meaning |', '|---|---|');
    for (const v of type.getValues()) lines.push(`| \`${v.name}\` | ${cell(v.description)} |`);
  } else if (type instanceof GraphQLScalarType) {
    lines.push(`Scalar. ${cell(type.description)}`);
  } else {
    lines.push(cell(type.description));
  }
  lines.push('');
  return lines;
}

/** The reference of a schema as Markdown: queries, mutations, then every type, each with its descriptions. */
export function apiReference(schema: GraphQLSchema): string {
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
  const types = Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__') && !roots.has(t.name) && !SPEC_SCALARS.has(t.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  const lines = [
    '# GridHR GraphQL API reference',
    '',
    '<!-- Generated from the schema by `npm run schema:print` (scripts/api-reference.ts): edit the descriptions in the code, not this file. -->',
    '',
    'The schema file for client code generation is [`schema.gql`](../schema.gql). How to sign in, page lists, change records and',
    'read errors, with examples checked against this schema: [api-examples.md](api-examples.md).',
    '',
    ...operations('Queries', schema.getQueryType()),
    ...operations('Mutations', schema.getMutationType()),
    '## Types',
    '',
    types.map((t) => `[${t.name}](#${anchor(t.name)})`).join(' · '),
    '',
    ...types.flatMap(typeSection),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
