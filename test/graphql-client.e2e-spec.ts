import http from 'node:http';
import { AddressInfo } from 'node:net';
import { GraphqlClient } from '../bench/support/http';
import { TestApp } from './support/test-app';

// The one GraphQL-over-HTTP client of the benchmark and the reliability probes: `request` returns GraphQL
// errors as data (a probe judges them), `call` throws on them (a benchmark step must succeed), and a
// request can be given a deadline.
describe('the GraphQL client of the benchmark and the reliability probes', () => {
  let app: TestApp;
  let client: GraphqlClient;
  beforeAll(async () => {
    app = await TestApp.start();
    client = new GraphqlClient(`${app.url}/graphql`);
  });
  afterAll(async () => {
    client.close();
    await app.close();
  });

  it('returns a GraphQL error with its code and status instead of throwing, and data when signed in', async () => {
    const anonymous = await client.request(`{ workers(first: 1) { totalCount } }`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(anonymous.ms).toBeGreaterThan(0);
    const token = await client.login('county', 'gridhr-demo');
    const signedIn = await client.request<{ workers: { totalCount: number } }>(`{ workers(first: 1) { totalCount } }`, {}, { token });
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data!.workers.totalCount).toBeGreaterThan(0);
  });

  it('throws from call on the same GraphQL error, naming it', async () => {
    await expect(client.call(`{ workers(first: 1) { totalCount } }`)).rejects.toThrow(/workers\(first: 1\).*…: .+/);
  });

  it('gives up after the timeout, and answers a body that is not JSON as an error', async () => {
    let answer = false;
    const server = http.createServer((req, res) => {
      if (answer) res.end('<html>bad gateway</html>');
      // Otherwise never answers.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const slow = new GraphqlClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
    try {
      const started = Date.now();
      await expect(slow.request('{ __typename }', {}, { timeoutMs: 300 })).rejects.toMatchObject({ name: 'TimeoutError' });
      expect(Date.now() - started).toBeLessThan(5_000);
      answer = true;
      const res = await slow.request('{ __typename }', {}, { timeoutMs: 5_000 });
      expect(res).toMatchObject({ status: 200, errors: [{ message: 'not JSON (200): <html>bad gateway</html>' }] });
    } finally {
      slow.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
