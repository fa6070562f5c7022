import { ConfigError, loadConfig, loadConfigOrExit } from './config';

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/gridhr' };

describe('loadConfig', () => {
  it('accepts a minimal development environment with defaults', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({ nodeEnv: 'development', port: 3000, redisUrl: 'redis://127.0.0.1:6379', demoMode: true, logJson: false });
    expect(config).toMatchObject({ graphqlMaxDepth: 12, graphqlMaxComplexity: 20000, graphqlMaxRootFields: 50 });
  });

  it.each([
    [{}, 'DATABASE_URL is required'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL is not a valid URL'],
    [{ DATABASE_URL: 'mysql://root@localhost/gridhr' }, 'DATABASE_URL must start with postgres: or postgresql:, got "mysql:"'],
    [{ ...base, REDIS_URL: 'http://localhost' }, 'REDIS_URL must start with redis: or rediss:'],
    [{ ...base, PORT: '80a' }, 'PORT must be a whole number'],
    [{ ...base, PORT: '70000' }, 'PORT must be between 0 and 65535'],
    [{ ...base, NODE_ENV: 'staging' }, 'NODE_ENV must be development, production or test'],
    [{ ...base, NODE_ENV: 'production' }, 'JWT_SECRET is required in production'],
    [{ ...base, NODE_ENV: 'production', JWT_SECRET: 'short' }, 'JWT_SECRET must be at least 32 characters'],
    [{ ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }, 'PII_SECRET is required in production'],
    [{ ...base, GRAPHQL_MAX_ROOT_FIELDS: '0' }, 'GRAPHQL_MAX_ROOT_FIELDS must be between 1 and 10000, got 0'],
    [{ ...base, GRAPHQL_MAX_ROOT_FIELDS: 'many' }, 'GRAPHQL_MAX_ROOT_FIELDS must be a whole number'],
    [{ ...base, DEMO_MODE: 'maybe' }, 'DEMO_MODE must be true or false'],
    [{ ...base, QUEUE_PREFIX: 'a:b' }, 'QUEUE_PREFIX may hold only'],
    [{ ...base, CLOCK_TODAY: '2026-02-30' }, 'CLOCK_TODAY must be a date'],
    [
      { ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), PII_SECRET: 'y'.repeat(40), CLOCK_TODAY: '2026-01-01' },
      'CLOCK_TODAY fixes the date for tests',
    ],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('production defaults: JSON logs, no demo mode', () => {
    const config = loadConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), PII_SECRET: 'y'.repeat(40) });
    expect(config).toMatchObject({ logJson: true, demoMode: false });
  });

  it('stops the process with one line naming the variable', () => {
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const exit = jest.fn((code: number) => {
      throw new Error(`exit ${code}`);
    }) as unknown as (code: number) => never;
    expect(() => loadConfigOrExit({ DATABASE_URL: 'mysql://x/y' }, exit)).toThrow('exit 1');
    expect(write).toHaveBeenCalledWith('Invalid configuration: DATABASE_URL must start with postgres: or postgresql:, got "mysql:"\n');
    write.mockRestore();
  });
});
