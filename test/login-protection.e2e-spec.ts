import { CounterClient } from '@gridhr/queue';
import { errorCode, TEST_JWT_SECRET, TestApp } from './support/test-app';

// Issue 16 items 4, 5 and 10: brute force, weak passwords, the demo password outside demo mode, and
// field suggestions on a production instance.
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const CREATE = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id username version } }';
const UPDATE = 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id version } }';

describe('sign-in protection', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ env: { LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15', LOGIN_MAX_FAILURES_PER_ADDRESS: '12' } });
  });
  afterAll(() => app.close());

  /** Signs in afresh (app.login caches tokens) and expects it to work. */
  async function signIn(u: string, p: string): Promise<string> {
    const res = await app.gql<{ login: { token: string } }>(LOGIN, { u, p });
    expect(res.errors).toBeUndefined();
    return res.data!.login.token;
  }

  it('refuses weak passwords a person chooses, naming the rule and the field, and writes nothing', async () => {
    const [region] = await app.sql<{ id: string }>(`select id from region where code = '140799102000'`);
    const base = { displayName: '西山乡', role: 'TOWNSHIP_STAFF', scopeRegionId: region.id };
    for (const [password, rule] of [
      ['aaaaaaaaaa', /too few characters/],
      ['password123', /attackers try first/],
      ['1234567890', /run of consecutive/],
      ['xishan-office-1', /must not contain the username/],
    ] as const) {
      const res = await app.gql(CREATE, { input: { ...base, username: 'xishan', password } }, { user: 'admin' });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD', field: 'input.password' });
      expect(res.errors![0].message).toMatch(rule);
    }
    // The probes of the review, shorter than the minimum, are refused by the input rules already.
    for (const password of ['aaaaaaaa', 'password', '12345678']) {
      const res = await app.gql(CREATE, { input: { ...base, username: 'xishan', password } }, { user: 'admin' });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    }
    expect(await app.sql(`select 1 from app_user where username = 'xishan'`)).toHaveLength(0);
    const created = await app.ok(CREATE, { input: { ...base, username: 'xishan', password: '西山乡 综治 春耕 2026' } }, 'admin');
    // An administrator's reset and the user's own change follow the same rules.
    const reset = await app.gql(
      UPDATE,
      { input: { id: created.createUser.id, version: created.createUser.version, password: 'qwertyuiop' } },
      { user: 'admin' },
    );
    expect(reset.errors![0].extensions).toMatchObject({ reason: 'WEAK_PASSWORD', field: 'input.password' });
    const token = await app.login('xishan', '西山乡 综治 春耕 2026');
    const change = await app.gql(
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token } }',
      { input: { currentPassword: '西山乡 综治 春耕 2026', newPassword: 'P@ssw0rd2026' } },
      { token },
    );
    expect(change.errors![0].extensions).toMatchObject({ reason: 'WEAK_PASSWORD', field: 'input.newPassword' });
  });

  it('locks an account after repeated wrong passwords, says until when, and an administrator reset unlocks it', async () => {
    for (let i = 1; i <= 2; i++) expect(errorCode(await app.gql(LOGIN, { u: 'finance', p: `wrong-${i}-password` }))).toBe('UNAUTHENTICATED');
    const third = await app.gql(LOGIN, { u: 'finance', p: 'wrong-3-password' });
    expect(third.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'ACCOUNT_LOCKED' });
    const retry = (third.errors![0].extensions as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(retry).toBeGreaterThan(14 * 60);
    expect(retry).toBeLessThanOrEqual(15 * 60);
    expect(third.errors![0].message).toMatch(/try again after (\d{4}-\d{2}-\d{2} )?\d{2}:\d{2} \(Asia\/Shanghai\)/);
    // Locked: even the right password is refused, without being checked.
    const right = await app.gql(LOGIN, { u: 'finance', p: 'gridhr-demo' });
    expect(right.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'ACCOUNT_LOCKED' });
    const [locked] = await app.sql<{ locked_until: Date; failed_logins: number }>(
      `select locked_until, failed_logins from app_user where username = 'finance'`,
    );
    expect(new Date(locked.locked_until).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

    const [user] = await app.sql<{ id: string; version: number }>(`select id, version from app_user where username = 'finance'`);
    await app.ok(UPDATE, { input: { id: user.id, version: user.version, password: 'ledger-reset-by-admin-7' } }, 'admin');
    expect(await signIn('finance', 'ledger-reset-by-admin-7')).toBeTruthy();
    expect(await app.sql(`select 1 from app_user where username = 'finance' and (locked_until is not null or failed_logins > 0)`)).toHaveLength(0);
  });

  it('a successful sign-in clears the count of wrong passwords', async () => {
    expect(errorCode(await app.gql(LOGIN, { u: 'township2', p: 'not-the-password' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(LOGIN, { u: 'township2', p: 'not-the-password' }))).toBe('UNAUTHENTICATED');
    await signIn('township2', 'gridhr-demo');
    expect(errorCode(await app.gql(LOGIN, { u: 'township2', p: 'not-the-password' }))).toBe('UNAUTHENTICATED');
    await signIn('township2', 'gridhr-demo');
  });

  // Last: it throttles this test's address for the rest of the file.
  it('throttles a client address that fails too often, across usernames, until the window passes', async () => {
    let refused: Awaited<ReturnType<TestApp['gql']>> | null = null;
    for (let i = 0; i < 20 && !refused; i++) {
      const res = await app.gql(LOGIN, { u: `nobody${i}`, p: 'guessing-passwords' });
      if (res.errors![0].extensions!.reason === 'LOGIN_THROTTLED') refused = res;
    }
    // 3 + 2 + 1 failures above, then these: the 12th failure is the last one counted.
    expect(refused).not.toBeNull();
    expect(refused!.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'LOGIN_THROTTLED' });
    expect((refused!.errors![0].extensions as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    // The right password of an unlocked account waits too: the address is refused before any check.
    expect((await app.gql(LOGIN, { u: 'county', p: 'gridhr-demo' })).errors![0].extensions!.reason).toBe('LOGIN_THROTTLED');
  });
});

describe('the counters of a process', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('counts failed sign-ins and reveals through the one Redis client of the process', async () => {
    const [worker] = await app.sql<{ id: string }>(`select id from worker where region_code like '140799001%' order by id limit 1`);
    await app.login('township');
    const used = jest.spyOn(app.api.get(CounterClient), 'ready');
    expect(errorCode(await app.gql(LOGIN, { u: 'county', p: 'not-the-password' }))).toBe('UNAUTHENTICATED');
    const afterSignIn = used.mock.calls.length;
    expect(afterSignIn).toBeGreaterThan(0);
    await app.ok(`mutation($id: ID!) { revealIdNumber(workerId: $id) }`, { id: worker.id }, 'township');
    expect(used.mock.calls.length).toBeGreaterThan(afterSignIn);
  });
});

describe('the demo password outside demo mode', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ env: { DEMO_MODE: 'false' } });
  });
  afterAll(() => app.close());

  it('is refused even on a database the demo seeded', async () => {
    const res = await app.gql(LOGIN, { u: 'admin', p: 'gridhr-demo' });
    expect(res.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'DEMO_PASSWORD_REFUSED' });
    expect(res.data?.login ?? null).toBeNull();
  });
});

describe('a production instance', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({
      seed: false,
      env: {
        NODE_ENV: 'production',
        CLOCK_TODAY: '',
        DEMO_MODE: 'false',
        JWT_SECRET: TEST_JWT_SECRET,
        PII_SECRET: 'a-production-like-pii-secret-of-40-characters',
      },
    });
  });
  afterAll(() => app.close());

  it('does not suggest field names to a client that misspells one', async () => {
    const res = await app.gql('{ grids { nam } }');
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].message).toMatch(/Cannot query field "nam"/);
    expect(res.errors![0].message).not.toMatch(/Did you mean/);
  });
});
