// A GraphQL client over keep-alive HTTP, as a browser or a load balancer would hold its connections.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export class GraphqlClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  private readonly url: URL;

  constructor(graphqlUrl: string) {
    this.url = new URL(graphqlUrl);
  }

  /** Sends one request; resolves with the raw body and the time to the last byte. */
  raw(body: string, token?: string): Promise<{ status: number; text: string; ms: number }> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          agent: this.agent,
          host: this.url.hostname,
          port: this.url.port,
          path: this.url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Data of one operation; throws on any GraphQL error. */
  async call<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data: T; ms: number }> {
    const res = await this.raw(JSON.stringify({ query, variables }), token);
    const body = JSON.parse(res.text) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(`${query.slice(0, 60)}…: ${body.errors?.map((e) => e.message).join('; ') ?? res.status}`);
    return { data: body.data, ms: res.ms };
  }

  async login(username: string, password: string): Promise<string> {
    const { data } = await this.call<{ login: { token: string } }>(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, {
      u: username,
      p: password,
    });
    return data.login.token;
  }

  /** Whether the schema has a root query field (a newer operation the benchmark can use when present). */
  async hasQuery(name: string, token: string): Promise<boolean> {
    const { data } = await this.call<{ __schema: { queryType: { fields: { name: string }[] } } }>(`{ __schema { queryType { fields { name } } } }`, {}, token);
    return data.__schema.queryType.fields.some((f) => f.name === name);
  }

  close(): void {
    this.agent.destroy();
  }
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  latencies: number[];
}

/** `clients` loops sending `body` back to back for `seconds`; the first error's text is kept. */
export async function load(
  client: GraphqlClient,
  body: string,
  token: string,
  clients: number,
  seconds: number,
): Promise<LoadResult & { firstError?: string }> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        try {
          const res = await client.raw(body, token);
          // Checking for an error key is enough here; parsing every page would load the client, not the server.
          if (res.status !== 200 || res.text.startsWith('{"errors"') || res.text.includes('"errors":[')) {
            errors++;
            firstError ??= res.text.slice(0, 300);
          } else latencies.push(res.ms);
        } catch (error) {
          errors++;
          firstError ??= (error as Error).message;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { requests: latencies.length, errors, seconds: elapsed, perSecond: latencies.length / elapsed, latencies, firstError };
}
