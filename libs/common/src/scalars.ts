// Custom GraphQL scalars: calendar dates and free-form JSON values (policy settings, audit snapshots).
import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { isIsoDate } from './dates';
import { Fen, isFen } from './money';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date YYYY-MM-DD (Asia/Shanghai).',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !isIsoDate(value)) throw badInput(`LocalDate must be a real date YYYY-MM-DD, got ${JSON.stringify(value)}`);
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isIsoDate(ast.value)) throw badInput('LocalDate must be a real date YYYY-MM-DD');
    return ast.value;
  },
});

function literalValue(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(literalValue);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalValue(f.value)]));
    default:
      throw badInput('JSON literal may not contain variables');
  }
}

export const JsonScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalValue,
});

function fenValue(value: unknown): Fen {
  if (typeof value !== 'number' || !isFen(value)) throw badInput(`Fen must be a whole number of fen (1 yuan = 100 fen), got ${JSON.stringify(value)}`);
  return value;
}

export const FenScalar = new GraphQLScalarType<Fen, number>({
  name: 'Fen',
  description: 'Money in whole fen (分): 1 yuan = 100 fen, so 1980.50 yuan is 198050. Never a float.',
  serialize: (value) => fenValue(typeof value === 'string' ? Number(value) : value),
  parseValue: fenValue,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw badInput('Fen must be a whole number of fen (1 yuan = 100 fen)');
    return fenValue(Number(ast.value));
  },
});
