// The running instance the probes attack: its GraphQL endpoint, signed-in users, its database and log.
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { GraphqlClient, GraphqlResponse } from '../../bench/support/http';
import { CuttableProxy } from './proxy';

export type GqlResponse = GraphqlResponse;

export class Target {
  readonly tokens = new Map<string, string>();
  private readonly client: GraphqlClient;

  constructor(
    readonly baseUrl: string,
    readonly databaseUrl: string,
    readonly apiLog: string,
    readonly postgres: CuttableProxy,
    readonly redis: CuttableProxy,
  ) {
    this.client = new GraphqlClient(`${baseUrl}/graphql`);
  }

  /** A GraphQL POST as `user` (signed in before), or anonymous; never throws on a GraphQL error. */
  async gql(query: string, variables: Record<string, unknown> = {}, user?: string, timeoutMs = 120_000): Promise<GqlResponse> {
    const res = await this.client.request(query, variables, { token: user ? this.token(user) : undefined, timeoutMs });
    return { ...res, ms: Math.round(res.ms) };
  }

  /** Data of a call that must succeed (setting up a probe). */
  async ok(query: string, variables: Record<string, unknown>, user: string): Promise<Record<string, any>> {
    const res = await this.gql(query, variables, user);
    if (res.errors?.length || !res.data) throw new Error(`${query.slice(0, 50)}…: ${res.errors?.map((e) => e.message).join('; ')}`);
    return res.data;
  }

  async login(username: string, password: string): Promise<GqlResponse> {
    return this.gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: password });
  }

  async signIn(username: string, password: string): Promise<void> {
    const res = await this.login(username, password);
    if (!res.data?.login) throw new Error(`${username} could not sign in: ${res.errors?.[0]?.message}`);
    this.tokens.set(username, res.data.login.token as string);
  }

  token(user: string): string {
    const token = this.tokens.get(user);
    if (!token) throw new Error(`${user} is not signed in`);
    return token;
  }

  async sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** The id of the region with division code `code`. */
  async regionId(code: string): Promise<string> {
    const [region] = await this.sql<{ id: string }>(`select id from region where code = $1`, [code]);
    if (!region) throw new Error(`no region ${code}`);
    return region.id;
  }

  /** Closes the kept-alive connections to the api. */
  close(): void {
    this.client.close();
  }

  /** What the api has logged so far. */
  log(): string {
    return readFileSync(this.apiLog, 'utf8');
  }
}

export const codeOf = (res: GqlResponse): string | undefined => res.errors?.[0]?.extensions?.code as string | undefined;
export const reasonOf = (res: GqlResponse): string | undefined => res.errors?.[0]?.extensions?.reason as string | undefined;

/** Held when the response is refused with `code`; the note says what came instead. */
export function refusedWith(res: GqlResponse, ...codes: string[]): { held: boolean; note?: string } {
  const code = codeOf(res);
  return code && codes.includes(code) ? { held: true } : { held: false, note: `expected ${codes.join('/')}, got ${code ?? (res.data ? 'data' : res.status)}` };
}
