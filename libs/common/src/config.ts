// Process configuration: read once from the environment, validated before anything starts.
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isIsoDate } from './dates';
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** Api processes sharing the port (node:cluster); one per core by default, since one Node process uses one core. */
  apiProcesses: number;
  /** V8's young generation of each forked api process (--max-semi-space-size, MB): garbage collection was a sixth of a list request's CPU at V8's default. */
  apiSemiSpaceMb: number;
  databaseUrl: string;
  redisUrl: string;
  /** BullMQ key prefix, so parallel runs (tests, tenants) on one Redis do not collide. */
  queuePrefix: string;
  /** How long a request waits for Redis to take a job before the job goes to the outbox table. */
  queueTimeoutMs: number;
  /** How often each process hands jobs from the outbox to Redis. */
  outboxDrainMs: number;
  jwtSecret: string;
  jwtTtlSeconds: number;
  /** How long an api process keeps the signed-in user behind a token (evicted in every process on a change; 0: read it on every request). */
  authCacheSeconds: number;
  /** Key material for personal data at rest (ID numbers): encryption and keyed lookup hashes. */
  piiSecret: string;
  graphqlMaxDepth: number;
  graphqlMaxComplexity: number;
  /** Root fields one operation may ask for, aliases included: each alias runs its resolver again. */
  graphqlMaxRootFields: number;
  /** Runs of one query before it is answered compiled (graphql-jit); 0 never compiles. */
  graphqlCompileAfter: number;
  demoMode: boolean;
  /** Wrong passwords in a row that lock an account. */
  loginMaxFailures: number;
  /** How long a locked account stays locked, and the window of the per-address count. */
  loginLockMinutes: number;
  /** Failed sign-ins one client address may make in that window, whatever the usernames. */
  loginMaxFailuresPerAddress: number;
  /** Reveals of personal data (full ID numbers; searches by ID number or phone) one user may make per window. */
  revealMaxPerUser: number;
  /** The window of that count, in minutes. */
  revealWindowMinutes: number;
  logJson: boolean;
  /** Cron pattern of the nightly maintenance jobs and compliance scans (Asia/Shanghai). */
  scanCron: string;
  /** Subjects (workers, contracts, grids) a compliance scan handles per transaction. */
  scanChunkSize: number;
  /** Pause between scan chunks, to spare a busy database. */
  scanChunkPauseMs: number;
  /** Rules a scan runs at once, each in its own transaction and database session (one per core serves best). */
  scanLanes: number;
  /** Logs the time of each rule of a scan (ids, policies, the diff statement), to find a slow rule. */
  scanTimingLog: boolean;
  /** How long a worker holds a job before another may take it over as stalled (a crashed worker). */
  jobLockSeconds: number;
  /** A fixed business date (tests and demos); null: the real date in Asia/Shanghai. */
  clockToday: string | null;
  /** Hosts a region's chat robot may post to (the daily digest): WeCom's and DingTalk's by default. */
  chatWebhookHosts: string[];
  /** Where report files written by jobs are kept until downloaded or expired. */
  exportDir: string;
  /** How long a report file's download link stays valid. */
  exportTtlHours: number;
  /** Most lines a report exported within a request may have; larger ones go through requestReportFile. */
  exportInlineMaxRows: number;
  /** Lines a report file's job reads and writes at a time (one keyset page). */
  exportBatchRows: number;
  /**
   * Rows of a worker import written between two flushes of its transaction (the unit of work is cleared after
   * each). Small, because what a batch holds outlives young-generation collections and is promoted: a
   * province re-import of 5,000 rows peaked at 422 MB RSS with 500, 326 MB with 100 (and ran faster).
   */
  importWriteBatch: number;
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
    apiSemiSpaceMb: int(env, 'API_SEMI_SPACE_MB', 32, 1, 256),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
    queuePrefix,
    queueTimeoutMs: int(env, 'QUEUE_TIMEOUT_MS', 3000, 100, 60_000),
    outboxDrainMs: int(env, 'OUTBOX_DRAIN_MS', 5000, 100, 600_000),
    jwtSecret,
    jwtTtlSeconds: int(env, 'JWT_TTL_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
    authCacheSeconds: int(env, 'AUTH_CACHE_SECONDS', 30, 0, 3600),
    piiSecret,
    graphqlMaxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 12, 2, 100),
    graphqlMaxComplexity: int(env, 'GRAPHQL_MAX_COMPLEXITY', 20000, 10, 10_000_000),
    graphqlMaxRootFields: int(env, 'GRAPHQL_MAX_ROOT_FIELDS', 50, 1, 10_000),
    graphqlCompileAfter: int(env, 'GRAPHQL_COMPILE_AFTER', 0, 0, 1_000_000),
    demoMode: bool(env, 'DEMO_MODE', !production),
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 5, 1, 100),
    loginLockMinutes: int(env, 'LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
    loginMaxFailuresPerAddress: int(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 30, 1, 100_000),
    revealMaxPerUser: int(env, 'REVEAL_MAX_PER_USER', 30, 1, 100_000),
    revealWindowMinutes: int(env, 'REVEAL_WINDOW_MINUTES', 10, 1, 24 * 60),
    logJson: bool(env, 'LOG_JSON', production),
    scanCron,
    scanChunkSize: int(env, 'SCAN_CHUNK_SIZE', 5000, 1, 100_000),
    scanChunkPauseMs: int(env, 'SCAN_CHUNK_PAUSE_MS', 0, 0, 60_000),
    scanLanes: int(env, 'SCAN_LANES', 2, 1, 16),
    scanTimingLog: bool(env, 'SCAN_TIMING_LOG', false),
    jobLockSeconds: int(env, 'JOB_LOCK_SECONDS', 30, 1, 3600),
    clockToday,
    exportDir: env.EXPORT_DIR || join(tmpdir(), 'gridhr-exports'),
    exportTtlHours: int(env, 'EXPORT_TTL_HOURS', 24, 1, 24 * 30),
    exportInlineMaxRows: int(env, 'EXPORT_INLINE_MAX_ROWS', 50_000, 1, 10_000_000),
    exportBatchRows: int(env, 'EXPORT_BATCH_ROWS', 5000, 1, 100_000),
    importWriteBatch: int(env, 'IMPORT_WRITE_BATCH', 100, 1, 100_000),
    chatWebhookHosts: (env.CHAT_WEBHOOK_HOSTS ?? 'qyapi.weixin.qq.com,oapi.dingtalk.com')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
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
