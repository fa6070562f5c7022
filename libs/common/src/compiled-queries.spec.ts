import { buildSchema, execute, GraphQLError, parse } from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { CompiledQueryCache, formatExecutionError } from './compiled-queries';

const query = (name: string) => ({ name }) as unknown as CompiledQuery;

describe('compiled queries', () => {
  it('compiles a query on its compileAfter-th run, once, and keeps a failed compilation as none', () => {
    const cache = new CompiledQueryCache({ compileAfter: 2, maxQueries: 10 });
    const compile = jest.fn(() => query('a'));
    expect(cache.compiledFor('a', compile)).toBeUndefined();
    expect(compile).not.toHaveBeenCalled();
    expect(cache.compiledFor('a', compile)).toEqual({ name: 'a' });
    expect(cache.compiledFor('a', compile)).toEqual({ name: 'a' });
    expect(compile).toHaveBeenCalledTimes(1);
    const failing = jest.fn(() => null);
    cache.compiledFor('b', failing);
    expect(cache.compiledFor('b', failing)).toBeUndefined();
    expect(cache.compiledFor('b', failing)).toBeUndefined();
    expect(failing).toHaveBeenCalledTimes(1);
  });

  it('keeps at most maxQueries, dropping the least recently used', () => {
    const cache = new CompiledQueryCache({ compileAfter: 1, maxQueries: 2 });
    const compile = jest.fn((name: string) => query(name));
    cache.compiledFor('a', () => compile('a'));
    cache.compiledFor('b', () => compile('b'));
    cache.compiledFor('a', () => compile('a')); // a is used again: b is now the oldest
    cache.compiledFor('c', () => compile('c'));
    expect(cache.size).toBe(2);
    cache.compiledFor('a', () => compile('a'));
    cache.compiledFor('b', () => compile('b'));
    expect(compile.mock.calls.map(([name]) => name)).toEqual(['a', 'b', 'c', 'b']);
  });

  it('never compiles with compileAfter 0', () => {
    const cache = new CompiledQueryCache({ compileAfter: 0, maxQueries: 2 });
    const compile = jest.fn(() => query('a'));
    for (let i = 0; i < 3; i++) expect(cache.compiledFor('a', compile)).toBeUndefined();
    expect(compile).not.toHaveBeenCalled();
  });

  it('hands formatError what Apollo would: the JSON of the error, coded INTERNAL_SERVER_ERROR unless it has a code', () => {
    const seen: unknown[] = [];
    const format = (formatted: unknown, error: unknown) => {
      seen.push(formatted, error);
      return formatted as never;
    };
    const original = new Error('boom');
    const error = new GraphQLError('boom', { path: ['a', 0], originalError: original });
    expect(formatExecutionError(error, format)).toEqual({ message: 'boom', path: ['a', 0], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(seen[1]).toBe(error);
    const coded = new GraphQLError('no', { extensions: { code: 'NOT_FOUND' } });
    expect(formatExecutionError(coded, format)).toEqual({ message: 'no', extensions: { code: 'NOT_FOUND' } });
    expect(formatExecutionError(new Error('plain'), format)).toMatchObject({ message: 'plain', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    // A formatter that throws leaves the internal error, as Apollo does.
    const throwing = () => {
      throw new Error('formatter');
    };
    expect(formatExecutionError(error, throwing)).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});

describe('compiled queries on a schema', () => {
  it('formats a compiled run’s resolver error from the error thrown, as graphql-js does', async () => {
    class Refused extends Error {
      code = 'NOT_FOUND';
    }
    const schema = buildSchema(`type Query { a: String b: String c: String }`);
    const fields = schema.getQueryType()!.getFields();
    fields.a.resolve = () => 'x';
    fields.b.resolve = () => {
      throw new Refused('b: no such record');
    };
    fields.c.resolve = async () => {
      throw Object.assign(new Error('c: coded'), { extensions: { code: 'CONFLICT' } });
    };
    const root = {};
    const document = parse('{ a b c }');
    const format = (formatted: { message: string; extensions?: Record<string, unknown> }, error: unknown) => {
      const original = (error as { originalError?: unknown }).originalError;
      return original instanceof Refused ? { ...formatted, extensions: { code: original.code } } : formatted;
    };
    const compiled = compileQuery(schema, document);
    if (!isCompiledQuery(compiled)) throw new Error('not compiled');
    const jit = await compiled.query(root, {}, {});
    const js = await execute({ schema, document, rootValue: root });
    expect(jit.data).toEqual(js.data);
    const shown = (errors: readonly unknown[]) => errors.map((e) => formatExecutionError(e, format as never));
    expect(shown(jit.errors!)).toEqual(shown(js.errors!));
    expect(shown(jit.errors!)).toEqual([
      { message: 'b: no such record', locations: [{ line: 1, column: 5 }], path: ['b'], extensions: { code: 'NOT_FOUND' } },
      { message: 'c: coded', locations: [{ line: 1, column: 7 }], path: ['c'], extensions: { code: 'CONFLICT' } },
    ]);
  });
});
