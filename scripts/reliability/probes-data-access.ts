// Personal data and scope: what a role may see, search and change, and what reaches the log and audit.
import { Ledger, Outcome } from './ledger';
import { codeOf, refusedWith, Target } from './target';

interface KnownWorker {
  id: string;
  version: number;
  idNumber: string;
  phone: string;
  phonePublishConsent: boolean;
}

const WORKERS = `query($first: Int!) { workers(first: $first) { edges { node { id version phone phonePublishConsent } } } }`;

/** The township's first workers with their full ID numbers and phones (revealed by the township, audited). */
async function knownWorkers(target: Target, count: number): Promise<KnownWorker[]> {
  const page = await target.ok(WORKERS, { first: count }, 'township');
  const out: KnownWorker[] = [];
  for (const { node } of page.workers.edges as { node: Omit<KnownWorker, 'idNumber'> }[]) {
    const idNumber = (await target.ok(`mutation($id: ID!) { revealIdNumber(workerId: $id) }`, { id: node.id }, 'township')).revealIdNumber as string;
    out.push({ ...node, idNumber });
  }
  return out;
}

export async function probeDataAccess(ledger: Ledger, target: Target): Promise<void> {
  const workers = await knownWorkers(target, 10);
  const read = `query($id: ID!) { worker(id: $id) { id name } }`;
  const update = `mutation($input: UpdateWorkerInput!) { updateWorker(input: $input) { id } }`;
  const reveal = `mutation($id: ID!) { revealIdNumber(workerId: $id) }`;

  await ledger.probe('scope', "another township reads, changes or reveals a township's workers", async () => {
    const outcomes: Outcome[] = [];
    for (const w of workers) {
      outcomes.push(refusedWith(await target.gql(read, { id: w.id }, 'township2'), 'NOT_FOUND'));
      outcomes.push(
        refusedWith(await target.gql(update, { input: { id: w.id, version: w.version, professionalTitle: 'x' } }, 'township2'), 'NOT_FOUND', 'FORBIDDEN'),
      );
      outcomes.push(refusedWith(await target.gql(reveal, { id: w.id }, 'township2'), 'NOT_FOUND', 'FORBIDDEN'));
    }
    return outcomes;
  });

  await ledger.probe('personal data', 'finance reveals an ID number', async () =>
    Promise.all(workers.map(async (w) => refusedWith(await target.gql(reveal, { id: w.id }, 'finance'), 'FORBIDDEN'))),
  );

  await ledger.probe('personal data', 'finance reads ID numbers and phones in clear', async () => {
    const page = await target.ok(`{ workers(first: 50) { edges { node { idNumber phone } } } }`, {}, 'finance');
    const seen = JSON.stringify(page);
    return workers.map((w) => ({ held: !seen.includes(w.idNumber) && !seen.includes(w.phone), note: 'a full ID number or phone in the list' }));
  });

  const search = `query($idNumber: String, $phone: String) { workers(idNumber: $idNumber, phone: $phone, first: 1) { edges { node { id } } } }`;
  await ledger.probe('personal data', 'finance searches by a full ID number or phone (a reveal it may not do)', async () => {
    const outcomes: Outcome[] = [];
    for (const w of workers.slice(0, 5)) {
      outcomes.push(refusedWith(await target.gql(search, { idNumber: w.idNumber }, 'finance'), 'FORBIDDEN'));
      outcomes.push(refusedWith(await target.gql(search, { phone: w.phone }, 'finance'), 'FORBIDDEN'));
    }
    return outcomes;
  });

  await ledger.probe('personal data', 'one request of 900 aliased ID-number searches (candidate guessing)', async () => {
    const fields = Array.from(
      { length: 900 },
      (_, i) => `a${i}: workers(idNumber: "${workers[0].idNumber.slice(0, 14)}${String(i).padStart(4, '0')}", first: 1) { totalCount }`,
    );
    const res = await target.gql(`{ ${fields.join(' ')} }`, {}, 'county');
    const answered = res.data ? Object.values(res.data).filter((v) => v !== null).length : 0;
    return { held: answered <= 30, note: `${answered} of 900 searches answered` };
  });

  await ledger.probe('personal data', 'the public roster shows personal phones in clear', async () => {
    const township = await target.regionId('140799001000');
    const roster = await target.ok(`query($t: ID!) { publicRoster(townshipId: $t) { grids { workers { phone } } } }`, { t: township }, 'finance');
    const shown = new Set((roster.publicRoster.grids as { workers: { phone: string }[] }[]).flatMap((g) => g.workers.map((w) => w.phone)));
    // PIPL art. 25: a personal phone is published only with the worker's separate consent.
    return workers.filter((w) => !w.phonePublishConsent).map((w) => ({ held: !shown.has(w.phone), note: 'a personal phone on the roster without consent' }));
  });

  await ledger.probe('personal data', 'an ID number or phone in a GET query string reaches the log', async () => {
    const [w] = workers;
    const query = encodeURIComponent(`{ workers(idNumber: "${w.idNumber}", phone: "${w.phone}") { totalCount } }`);
    await fetch(`${target.baseUrl}/graphql?query=${query}`, {
      headers: { authorization: `Bearer ${target.token('township')}`, 'apollo-require-preflight': 'true' },
    });
    await fetch(`${target.baseUrl}/no-such-page/${w.idNumber}/${w.phone}`);
    await new Promise((resolve) => setTimeout(resolve, 500)); // the request log writes a few times a second
    const log = target.log();
    return [
      { held: !log.includes(w.idNumber), note: 'the full ID number is in the log' },
      { held: !log.includes(w.phone), note: 'the phone is in the log' },
    ];
  });

  await ledger.probe('personal data', 'phones in clear in the audit copies of workers', async () => {
    const rows = await target.sql<{ n: number }>(
      `select count(*)::int as n from audit_entry where entity = 'Worker' and ("after"->>'phone' ~ '^1[3-9][0-9]{9}$' or "before"->>'phone' ~ '^1[3-9][0-9]{9}$')`,
    );
    return { held: rows[0].n === 0, note: `${rows[0].n} audit copies with a phone in clear` };
  });

  await ledger.probe('personal data', 'the audit trail rewritten or deleted through the database', async () => {
    const outcomes: Outcome[] = [];
    for (const statement of [
      `update audit_entry set actor_name = 'x' where id in (select id from audit_entry limit 1)`,
      `delete from audit_entry where id in (select id from audit_entry limit 1)`,
      `truncate audit_entry`,
    ]) {
      outcomes.push(
        await target.sql(statement).then(
          () => ({ held: false, note: `${statement.split(' ')[0]} went through` }),
          () => true,
        ),
      );
    }
    return outcomes;
  });

  await ledger.probe('edge', 'an unknown field is answered with a hint of the schema', async () => {
    const res = await target.gql(`{ workerz { id } }`, {}, 'county');
    return { held: codeOf(res) === 'GRAPHQL_VALIDATION_FAILED' && !/Did you mean/.test(JSON.stringify(res.errors)), note: res.errors?.[0]?.message };
  });

  await ledger.probe('edge', 'introspection in production', async () => {
    const res = await target.gql(`{ __schema { queryType { name } } }`, {}, 'county');
    return { held: !res.data?.__schema, note: 'introspection answered' };
  });

  await ledger.probe('edge', 'security headers', async () => {
    const res = await fetch(`${target.baseUrl}/health`);
    const h = (name: string) => res.headers.get(name);
    return [
      { held: h('x-content-type-options') === 'nosniff', note: 'no x-content-type-options' },
      { held: !!h('content-security-policy'), note: 'no content-security-policy' },
      { held: !!h('strict-transport-security'), note: 'no strict-transport-security' },
      { held: h('x-powered-by') === null, note: 'x-powered-by names the framework' },
    ];
  });
}
