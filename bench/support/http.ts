// A GraphQL client over keep-alive HTTP, as a browser or a load balancer would hold its connections: the
// benchmark's, and the reliability probes' (scripts/reliability/target.ts), which read every answer whole.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

/** One operation's whole answer: GraphQL errors are part of it, not thrown. */
export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  /** Time to the last byte. */
  ms: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export class GraphqlClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  private readonly url: URL;

  constructor(graphqlUrl: string) {
    this.url = new URL(graphqlUrl);
  }

  /** The api's origin (http://host:port), for its other routes. */
  get origin(): string {
    return this.url.origin;
  }

  /**
   * Sends one request; resolves with the raw body and the time to the last byte. Rejects on a transport
   * error, and with a TimeoutError when no whole answer came within `timeoutMs` (default: none).
   */
  raw(body: string, token?: string, timeoutMs?: number): Promise<{ status: number; text: string; ms: number }> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const timeout = timeoutMs === undefined ? null : AbortSignal.timeout(timeoutMs);
      const onTimeout = () => {
        reject(timeout!.reason);
        req.destroy();
      };
      // Settled once; the timer stops watching, so it never destroys a socket the agent has reused since.
      const settle = (done: () => void) => {
        timeout?.removeEventListener('abort', onTimeout);
        done();
      };
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
          res.on('end', () =>
            settle(() => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started })),
          );
          res.on('error', (error) => settle(() => reject(error)));
        },
      );
      timeout?.addEventListener('abort', onTimeout, { once: true });
      req.on('error', (error) => settle(() => reject(error)));
      req.end(body);
    });
  }

  /** One operation's answer, never throwing on a GraphQL error; a body that is not JSON comes as an error. */
  async request<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { token?: string; timeoutMs?: number } = {},
  ): Promise<GraphqlResponse<T>> {
    const res = await this.raw(JSON.stringify({ query, variables }), options.token, options.timeoutMs);
    let body: Pick<GraphqlResponse<T>, 'data' | 'errors'>;
    try {
      body = JSON.parse(res.text) as typeof body;
    } catch {
      body = { errors: [{ message: `not JSON (${res.status}): ${res.text.slice(0, 80)}` }] };
    }
    return { status: res.status, ms: res.ms, ...body };
  }

  /** Data of one operation; throws on any GraphQL error. */
  async call<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data: T; ms: number }> {
    const res = await this.request<T>(query, variables, { token });
    if (res.errors?.length || !res.data) throw new Error(`${query.slice(0, 60)}…: ${res.errors?.map((e) => e.message).join('; ') ?? res.status}`);
    return { data: res.data, ms: res.ms };
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
