// Faults a deployment meets: Redis going away (jobs wait in the outbox, requests still answer) and
// PostgreSQL going away (a clear SERVICE_UNAVAILABLE, then service again when it is back).
import { ChildProcess, spawn } from 'node:child_process';
import { createServer, Server, Socket, connect, AddressInfo } from 'node:net';
import { errorCode, eventually, TestApp } from './support/test-app';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A private redis-server that the test can stop and start again on the same port. */
class PrivateRedis {
  private process: ChildProcess | null = null;
  constructor(readonly port: number) {}

  async start(): Promise<void> {
    if (this.process && this.process.exitCode === null && this.process.signalCode === null) return;
    this.process = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await eventually(async () => {
      const socket = connect(this.port, '127.0.0.1');
      return new Promise<boolean>((resolve) => socket.once('connect', () => resolve(!!socket.destroy())).once('error', () => resolve(false)));
    }, 10_000);
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise((resolve) => child.once('exit', resolve).kill('SIGKILL'));
  }
}

/** A TCP proxy to PostgreSQL; `cut()` drops every connection and refuses new ones until `resume()`. */
class CuttableProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  constructor(
    readonly port: number,
    private readonly target: number,
  ) {}

  async resume(): Promise<void> {
    if (this.server) return;
    this.server = createServer((client) => {
      const upstream = connect(this.target, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s)).on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

describe('when Redis goes away', () => {
  let app: TestApp;
  let redis: PrivateRedis;

  beforeAll(async () => {
    redis = new PrivateRedis(await freePort());
    await redis.start();
    app = await TestApp.start({
      worker: true,
      env: { REDIS_URL: `redis://127.0.0.1:${redis.port}`, QUEUE_TIMEOUT_MS: '1000', OUTBOX_DRAIN_MS: '300' },
    });
  });
  afterAll(async () => {
    await redis.start().catch(() => undefined);
    await app?.close();
    await redis.stop();
  });

  it('answers a scan request and a grid change at once, keeps their jobs in the outbox, and runs them when Redis is back', async () => {
    await redis.stop();
    const started = Date.now();
    const { runComplianceScan } = await app.ok(`mutation { runComplianceScan { id status } }`, {}, 'county');
    expect(runComplianceScan.status).toBe('QUEUED');
    const [grid] = await app.sql<{ id: string; version: number }>(`select id, version from grid where code like '140799001%' order by code limit 1`);
    const { updateGrid } = await app.ok(
      `mutation($i: UpdateGridInput!) { updateGrid(input: $i) { households } }`,
      { i: { id: grid.id, version: grid.version, households: 321 } },
      'county',
    );
    expect(updateGrid.households).toBe(321);
    // Each request waited at most the queue time limit, not for Redis.
    expect(Date.now() - started).toBeLessThan(10_000);
    const kept = await app.sql<{ queue: string; id: string }>(`select queue, id from job_outbox order by created_at`);
    expect(kept.map((k) => k.queue)).toEqual(expect.arrayContaining(['compliance']));
    expect(kept.find((k) => k.queue === 'compliance')?.id).toBe(runComplianceScan.id);

    await redis.start();
    const done = await eventually(async () => {
      const { scanRun } = await app.ok(`query($id: ID!) { scanRun(id: $id) { status } }`, { id: runComplianceScan.id }, 'county');
      return scanRun.status === 'DONE' ? scanRun : null;
    }, 45_000);
    expect(done.status).toBe('DONE');
    expect(await app.sql(`select id from job_outbox`)).toEqual([]);
  });
});

describe('when PostgreSQL goes away', () => {
  let app: TestApp;
  let proxy: CuttableProxy;

  beforeAll(async () => {
    proxy = new CuttableProxy(await freePort(), 5432);
    await proxy.resume();
    app = await TestApp.start({ databaseUrl: (direct) => direct.replace('127.0.0.1:5432', `127.0.0.1:${proxy.port}`) });
  });
  afterAll(async () => {
    await proxy.resume().catch(() => undefined);
    await app?.close();
    await proxy.cut();
  });

  it('says the database is unavailable with a code clients can act on, and serves again once it is back', async () => {
    const query = `{ workers(first: 1) { totalCount } }`;
    await app.login('county');
    expect((await app.ok(query, {}, 'county')).workers.totalCount).toBeGreaterThan(0);
    await proxy.cut();
    const res = await app.gql(query, {}, { user: 'county' });
    expect(errorCode(res)).toBe('SERVICE_UNAVAILABLE');
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(/database is unavailable/), extensions: { reason: 'DATABASE_UNAVAILABLE' } });
    expect(JSON.stringify(res.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
    await proxy.resume();
    const back = await eventually(async () => (await app.gql(query, {}, { user: 'county' })).data?.workers, 20_000);
    expect(back.totalCount).toBeGreaterThan(0);
  });
});
