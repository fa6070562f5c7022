// Process configuration: read once from the environment, validated before anything starts.
import { availableParallelism } from 'node:os';
import { isIsoDate } from './dates';
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** Api processes sharing the port (node:cluster); one per core by default, since one Node process uses one core. */
  apiProcesses: number;
  databaseUrl: string;
  redisUrl: string;
  /** BullMQ key prefix, so parallel runs (tests, tenants) on one Redis do not collide. */
  queuePrefix: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  /** Key material for personal data at rest (ID numbers): encryption and keyed lookup hashes. */
  piiSecret: string;
  graphqlMaxDepth: number;
  graphqlMaxComplexity: number;
  demoMode: boolean;
  logJson: boolean;
  /** Cron pattern of the nightly maintenance jobs and compliance scans (Asia/Shanghai). */
  scanCron: string;
  /** Subjects (workers, contracts, grids) a compliance scan handles per transaction. */
  scanChunkSize: number;
  /** Pause between scan chunks, to spare a busy database. */
  scanChunkPauseMs: number;
  /** How long a worker holds a job before another may take it over as stalled (a crashed worker). */
  jobLockSeconds: number;
  /** A fixed business date (tests and demos); null: the real date in Asia/Shanghai. */
  clockToday: string | null;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

const DEV_JWT_SECRET = 'gridhr-development-secret-not-for-production';
const DEV_PII_SECRET = 'gridhr-development-pii-secret-not-for-production';

function url(env: Env, name: string, protocols: string[], fallback?: string): string {
  const raw = env[name] ?? fallback;
  if (raw === undefined || raw === '') throw new ConfigError(name, 'is required');
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL (expected ${protocols[0]}//user@host:port/...)`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.join(' or ')}, got "${parsed.protocol}"`);
  }
  if (!parsed.hostname) throw new ConfigError(name, 'has no host');
  return raw;
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

/** Validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = (env.NODE_ENV ?? 'development') as AppConfig['nodeEnv'];
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV', `must be development, production or test, got "${nodeEnv}"`);
  }
  const production = nodeEnv === 'production';
  const jwtSecret = env.JWT_SECRET ?? (production ? '' : DEV_JWT_SECRET);
  if (!jwtSecret) throw new ConfigError('JWT_SECRET', 'is required in production');
  if (production && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  const piiSecret = env.PII_SECRET ?? (production ? '' : DEV_PII_SECRET);
  if (!piiSecret)
    throw new ConfigError('PII_SECRET', 'is required in production (it encrypts ID numbers; keep it safe, changing it makes stored ones unreadable)');
  if (production && piiSecret.length < 32) throw new ConfigError('PII_SECRET', 'must be at least 32 characters');
  const queuePrefix = env.QUEUE_PREFIX ?? 'gridhr';
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(queuePrefix)) {
    throw new ConfigError('QUEUE_PREFIX', 'may hold only letters, digits, "-" and "_" (1-64)');
  }
  const clockToday = env.CLOCK_TODAY || null;
  if (clockToday && !isIsoDate(clockToday)) throw new ConfigError('CLOCK_TODAY', `must be a date YYYY-MM-DD, got "${clockToday}"`);
  if (clockToday && production) throw new ConfigError('CLOCK_TODAY', 'fixes the date for tests and demos; it is not allowed in production');
  const scanCron = env.SCAN_CRON ?? '0 2 * * *';
  if (scanCron.trim().split(/\s+/).length < 5) throw new ConfigError('SCAN_CRON', `is not a cron pattern: "${scanCron}"`);
  return {
    nodeEnv,
    port: int(env, 'PORT', 3000, 0, 65535),
    apiProcesses: int(env, 'API_PROCESSES', availableParallelism(), 1, 64),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
    queuePrefix,
    jwtSecret,
    jwtTtlSeconds: int(env, 'JWT_TTL_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
    piiSecret,
    graphqlMaxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 12, 2, 100),
    graphqlMaxComplexity: int(env, 'GRAPHQL_MAX_COMPLEXITY', 20000, 10, 10_000_000),
    demoMode: bool(env, 'DEMO_MODE', !production),
    logJson: bool(env, 'LOG_JSON', production),
    scanCron,
    scanChunkSize: int(env, 'SCAN_CHUNK_SIZE', 5000, 1, 100_000),
    scanChunkPauseMs: int(env, 'SCAN_CHUNK_PAUSE_MS', 0, 0, 60_000),
    jobLockSeconds: int(env, 'JOB_LOCK_SECONDS', 30, 1, 3600),
    clockToday,
  };
}

/** For process entry points: one clear line on stderr and exit 1 instead of a stack trace. */
export function loadConfigOrExit(env: Env = process.env, exit: (code: number) => never = process.exit): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return exit(1);
    }
    throw error;
  }
}

export const APP_CONFIG = Symbol('APP_CONFIG');
