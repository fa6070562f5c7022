// Abuse and faults: aliases that multiply cost, a zip bomb, Redis and PostgreSQL going away.
import { Workbook } from 'exceljs';
import { Ledger } from './ledger';
import { codeOf, Target } from './target';

/** Held when a request of 1000 aliases is refused within 10 s while another user is still served fast. */
async function aliasFlood(target: Target, user: string, field: string): Promise<{ held: boolean; note?: string }> {
  const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
  const flood = target
    .gql(query, {}, user, 60_000)
    .catch((e: Error) => ({ ms: 60_000, status: 0, data: null, errors: [{ message: `no answer: ${e.message}` }] }));
  await new Promise((resolve) => setTimeout(resolve, 200));
  const other = await target.gql(`{ workers(first: 1) { totalCount } }`, {}, 'county');
  const res = await flood;
  const refused = !!res.errors?.length && !res.data;
  return {
    held: refused && res.ms < 10_000 && other.ms < 2_000 && !other.errors,
    note: `answered in ${res.ms} ms (${codeOf(res) ?? 'data'}); another user waited ${other.ms} ms`,
  };
}

/** An xlsx whose sheet expands to `rows` rows of repeated cells: a few MB that unpack to hundreds. */
async function zipBomb(rows: number): Promise<Buffer> {
  const book = new Workbook();
  const sheet = book.addWorksheet('网格员');
  sheet.addRow(['姓名', '身份证号', '手机号']);
  for (let i = 0; i < rows; i++) sheet.addRow(['张三', '140799199001011234', '13800000000']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function probeAbuse(ledger: Ledger, target: Target): Promise<void> {
  const township = await target.regionId('140799001000');
  await ledger.probe('abuse', '1000 aliases of an export, a report, the counts and a template in one request', async () => [
    await aliasFlood(target, 'county', `trainingReportExport(townshipId: "${township}", year: 2026) { fileName }`),
    await aliasFlood(target, 'county', `complianceCounts { open }`),
    await aliasFlood(target, 'township', `workerImportTemplate { fileName }`),
    await aliasFlood(target, 'finance', `publicRoster(townshipId: "${township}") { asOf }`),
  ]);

  await ledger.probe('abuse', 'a zip bomb: an xlsx of 400,000 rows for the worker import', async () => {
    const file = await zipBomb(400_000);
    const res = await target.gql(
      `mutation($input: ImportWorkersInput!) { importWorkers(input: $input) { rows } }`,
      { input: { contentBase64: file.toString('base64'), format: 'xlsx', dryRun: true } },
      'township',
      60_000,
    );
    return {
      held: codeOf(res) === 'BAD_USER_INPUT' && res.ms < 10_000,
      note: `${(file.length / 1e6).toFixed(1)} MB file answered in ${res.ms} ms (${codeOf(res) ?? 'data'}): ${res.errors?.[0]?.message?.slice(0, 80)}`,
    };
  });
}

export async function probeFaults(ledger: Ledger, target: Target): Promise<void> {
  const grid = (await target.ok(`{ grids(first: 1) { edges { node { id version households } } } }`, {}, 'township')).grids.edges[0].node;
  await ledger.probe('faults', 'Redis unreachable: a scan request and a grid change', async () => {
    target.redis.cutOff();
    try {
      const scan = await target
        .gql(`mutation { runComplianceScan { id status } }`, {}, 'county', 30_000)
        .catch((e: Error) => ({ ms: 30_000, errors: [{ message: e.message }] }));
      const change = await target
        .gql(
          `mutation($input: UpdateGridInput!) { updateGrid(input: $input) { id version } }`,
          { input: { id: grid.id, version: grid.version, households: grid.households + 1 } },
          'township',
          30_000,
        )
        .catch((e: Error) => ({ ms: 30_000, errors: [{ message: e.message }], data: null }));
      return [
        { held: scan.ms < 10_000 && !scan.errors, note: `scan answered in ${scan.ms} ms: ${scan.errors?.[0]?.message ?? 'ok'}` },
        { held: change.ms < 10_000 && !change.errors, note: `grid change answered in ${change.ms} ms: ${change.errors?.[0]?.message ?? 'ok'}` },
      ];
    } finally {
      target.redis.restore();
    }
  });

  await ledger.probe('faults', 'Redis back: the jobs kept in the outbox run', async () => {
    for (let i = 0; i < 60; i++) {
      const [{ n }] = await target.sql<{ n: number }>(`select count(*)::int as n from job_outbox`);
      if (n === 0) return true;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    return { held: false, note: 'jobs still in the outbox after 60 s' };
  });

  await ledger.probe('faults', 'PostgreSQL unreachable: a read, the health check, and serving again after', async () => {
    target.postgres.cutOff();
    let read: { ms: number; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
    let health;
    try {
      read = await target
        .gql(`{ workers(first: 1) { totalCount } }`, {}, 'county', 30_000)
        .catch((e: Error) => ({ ms: 30_000, errors: [{ message: e.message }] }));
      health = await fetch(`${target.baseUrl}/health`, { signal: AbortSignal.timeout(30_000) }).then(
        (r) => r.status,
        () => 0,
      );
    } finally {
      target.postgres.restore();
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const again = await target.gql(`{ workers(first: 1) { totalCount } }`, {}, 'county', 30_000);
    return [
      {
        held: read.errors?.[0]?.extensions?.reason === 'DATABASE_UNAVAILABLE' && read.ms < 15_000,
        note: `answered in ${read.ms} ms: ${read.errors?.[0]?.message}`,
      },
      { held: health === 503, note: `health answered ${health}` },
      { held: !again.errors, note: `after: ${again.errors?.[0]?.message}` },
    ];
  });
}
