// The daily compliance scan over the whole province (first, then again with nothing changed), and the
// dashboard counts against hand-written SQL.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { addReport, Bench, compare, handSql } from '../support/bench';
import { summarize } from '../support/stats';

const COUNTS_SQL = `
  select t.code, t.name, c.rule, c.open, c.low, c.medium, c.high, c.critical
    from (select case when substr(region_code, 7, 3) = '000' then region_code else substr(region_code, 1, 9) || '000' end as code, rule,
                 count(*)::int as open, count(*) filter (where severity = 'LOW')::int as low, count(*) filter (where severity = 'MEDIUM')::int as medium,
                 count(*) filter (where severity = 'HIGH')::int as high, count(*) filter (where severity = 'CRITICAL')::int as critical
            from compliance_flag where resolved_at is null and region_code like $1 group by 1, 2) c
    join region t on t.code = c.code
   order by t.code, c.rule`;

async function scanOnce(b: Bench): Promise<{ ms: number; run: Record<string, number> }> {
  const token = b.tokens.province;
  const started = performance.now();
  const { data } = await b.api.call(`mutation { runComplianceScan { id } }`, {}, token);
  for (;;) {
    const { data: poll } = await b.api.call(
      `query($id: ID!) { scanRun(id: $id) { status chunksDone opened updated resolved error } }`,
      { id: data.runComplianceScan.id },
      token,
    );
    if (poll.scanRun.status === 'DONE') return { ms: performance.now() - started, run: poll.scanRun };
    if (poll.scanRun.status === 'FAILED') throw new Error(`scan failed: ${poll.scanRun.error}`);
    await sleep(200);
  }
}

export async function benchScan(b: Bench): Promise<void> {
  for (const [label, limit] of [
    ['compliance scan, first run', 60_000],
    ['compliance scan, again with nothing changed', 30_000],
  ] as const) {
    const { ms, run } = await scanOnce(b);
    b.results.add({
      operation: label,
      scope: 'province (admin)',
      rows: `${run.opened} opened, ${run.updated} updated, ${run.resolved} resolved`,
      timing: summarize([ms]),
      target: `≤ ${limit / 1000} s`,
      met: ms <= limit,
      note: `${run.chunksDone} chunks`,
    });
  }
}

export async function benchCounts(b: Bench): Promise<void> {
  const query = `{ complianceCounts { townshipCode townshipName rule open low medium high critical } }`;
  for (const scope of ['county', 'province'] as const) {
    const token = b.tokens[scope];
    const statements = await b.counted.statements(() => b.counted.client.call(query, {}, token));
    const m = await compare(
      b,
      async () => (await b.api.call(query, {}, token)).data.complianceCounts.length,
      handSql(b, COUNTS_SQL, [`${b.places[scope].prefix}%`]),
    );
    addReport(b, 'complianceCounts', scope, m, statements);
  }
}
