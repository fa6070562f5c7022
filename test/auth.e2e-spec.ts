import { JwtService } from '@nestjs/jwt';
import Redis from 'ioredis';
import { redisOptions } from '@gridhr/queue';
import { errorCode, eventually, TEST_JWT_SECRET, TestApp } from './support/test-app';

describe('login and tokens', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const ME = '{ me { username role regionCode } }';

  it('logs in with the right password and returns a token that works', async () => {
    const res = await app.gql('mutation { login(username: "county", password: "gridhr-demo") { token expiresAt user { role } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.user.role).toBe('COUNTY_PLC');
    expect(new Date(res.data!.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await app.gql(ME, {}, { token: res.data!.login.token });
    expect(me.data!.me).toEqual({ username: 'county', role: 'COUNTY_PLC', regionCode: '140799000000' });
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    for (const [u, p] of [
      ['county', 'wrong-password'],
      ['nobody', 'gridhr-demo'],
    ]) {
      const res = await app.gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u, p });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect(res.errors![0].message).toBe('Wrong username or password');
    }
  });

  it('answers UNAUTHENTICATED without a token or with a forged one', async () => {
    expect(errorCode(await app.gql(ME))).toBe('UNAUTHENTICATED');
    const forged = new JwtService({ secret: 'another-secret' }).sign({ sub: 'x', tv: 1 });
    expect(errorCode(await app.gql(ME, {}, { token: forged }))).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    const [user] = await app.sql<{ id: string }>(`select id from app_user where username = 'county'`);
    const jwt = new JwtService({ secret: TEST_JWT_SECRET });
    const expired = jwt.sign({ sub: user.id, tv: 1, exp: Math.floor(Date.now() / 1000) - 60 });
    const res = await app.gql(ME, {}, { token: expired });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.errors![0].message).toMatch(/expired/);
    // The same claims, still valid, are accepted: the refusal was about expiry.
    expect((await app.gql(ME, {}, { token: jwt.sign({ sub: user.id, tv: 1 }, { expiresIn: 60 }) })).data!.me.username).toBe('county');
  });

  it('lets SYSADMIN create users, forbids everyone else, and revokes tokens on deactivation', async () => {
    const [region] = await app.sql<{ id: string }>(`select id from region where code = '140799102000'`);
    const create = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username role regionCode version } }`;
    const input = { username: 'township3', displayName: '西山乡综治中心', password: 'a-long-password', role: 'TOWNSHIP_STAFF', scopeRegionId: region.id };
    expect(errorCode(await app.gql(create, { input }, { user: 'county' }))).toBe('FORBIDDEN');
    const created = await app.ok(create, { input }, 'admin');
    expect(created.createUser).toMatchObject({ username: 'township3', role: 'TOWNSHIP_STAFF', regionCode: '140799102000' });
    expect(errorCode(await app.gql(create, { input }, { user: 'admin' }))).toBe('CONFLICT');

    const token = await app.login('township3', 'a-long-password');
    expect((await app.gql(ME, {}, { token })).data!.me.username).toBe('township3');
    await app.ok(
      `mutation($input: UpdateUserInput!) { updateUser(input: $input) { active version } }`,
      { input: { id: created.createUser.id, version: created.createUser.version, active: false } },
      'admin',
    );
    expect(errorCode(await app.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql('mutation { login(username: "township3", password: "a-long-password") { token } }'))).toBe('UNAUTHENTICATED');
  });

  it('keeps the signed-in user per process, drops it on an eviction another process publishes, and uses none while not listening', async () => {
    const redis = new Redis(redisOptions(app.config.redisUrl));
    try {
      const [region] = await app.sql<{ id: string }>(`select id from region where code = '140799102000'`);
      const input = { username: 'cached1', displayName: '西山乡', password: 'a-long-password', role: 'TOWNSHIP_STAFF', scopeRegionId: region.id };
      await app.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input }, 'admin');
      const token = await app.login('cached1', 'a-long-password');
      expect((await app.gql(ME, {}, { token })).data!.me.username).toBe('cached1');

      // Deactivated behind the api's back (as another process's commit looks to this one): the kept row still answers...
      await app.sql(`update app_user set active = false where username = 'cached1'`);
      expect((await app.gql(ME, {}, { token })).data!.me.username).toBe('cached1');
      // ...until the eviction that process publishes arrives; then the token is refused.
      const [{ id }] = await app.sql<{ id: string }>(`select id from app_user where username = 'cached1'`);
      await redis.publish(`${app.config.queuePrefix}:cache-evictions`, JSON.stringify({ cache: 'signed-in-users', key: id }));
      await eventually(async () => errorCode(await app.gql(ME, {}, { token })) === 'UNAUTHENTICATED');

      // A process that loses its subscription may have missed evictions: it drops what it kept.
      await app.sql(`update app_user set active = true where username = 'cached1'`);
      expect((await app.gql(ME, {}, { token })).data!.me.username).toBe('cached1');
      await app.sql(`update app_user set active = false where username = 'cached1'`);
      await redis.client('KILL', 'TYPE', 'pubsub');
      await eventually(async () => errorCode(await app.gql(ME, {}, { token })) === 'UNAUTHENTICATED');
    } finally {
      redis.disconnect();
    }
  });

  it('accepts a token newer than the row it kept (issued by another process after a change) and from then refuses the older one', async () => {
    const [region] = await app.sql<{ id: string }>(`select id from region where code = '140799102000'`);
    const input = { username: 'cached2', displayName: '西山乡', password: 'a-long-password', role: 'TOWNSHIP_STAFF', scopeRegionId: region.id };
    const { createUser } = await app.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input }, 'admin');
    const jwt = new JwtService({ secret: TEST_JWT_SECRET });
    const old = jwt.sign({ sub: createUser.id, tv: 1 }, { expiresIn: 60 });
    expect((await app.gql(ME, {}, { token: old })).data!.me.username).toBe('cached2');
    // Another process changed the password (its eviction not yet here) and signed the user in again.
    await app.sql(`update app_user set token_version = 2 where id = ?`, [createUser.id]);
    const newer = jwt.sign({ sub: createUser.id, tv: 2 }, { expiresIn: 60 });
    expect((await app.gql(ME, {}, { token: newer })).data!.me.username).toBe('cached2');
    expect(errorCode(await app.gql(ME, {}, { token: old }))).toBe('UNAUTHENTICATED');
  });

  it('creates a user with a one-time password on request: it signs in once, to a password change', async () => {
    const [region] = await app.sql<{ id: string }>(`select id from region where code = '140799000000'`);
    const create = `mutation($input: CreateUserInput!) { createUser(input: $input) { id mustChangePassword } }`;
    const input = { username: 'finance3', displayName: '县财政局（三）', password: 'Tq7vLm2xRw9k', role: 'FINANCE', scopeRegionId: region.id };
    expect((await app.ok(create, { input: { ...input, oneTimePassword: true } }, 'admin')).createUser.mustChangePassword).toBe(true);
    const login = `mutation($p: String!) { login(username: "finance3", password: $p) { user { mustChangePassword } } }`;
    expect((await app.gql<any>(login, { p: input.password })).data.login.user.mustChangePassword).toBe(true);
    expect(errorCode(await app.gql(login, { p: input.password }))).toBe('UNAUTHENTICATED');
    // Without the flag the password is an ordinary one, as before.
    const plain = await app.ok(create, { input: { ...input, username: 'finance4' } }, 'admin');
    expect(plain.createUser.mustChangePassword).toBe(false);
  });

  it('rejects a too-short password with the field named and writes nothing', async () => {
    const [region] = await app.sql<{ id: string }>(`select id from region where code = '140799102000'`);
    const res = await app.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username: 'short', displayName: 'x', password: 'short', role: 'FINANCE', scopeRegionId: region.id } },
      { user: 'admin' },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe('input.password');
    expect(await app.sql(`select 1 from app_user where username = 'short'`)).toHaveLength(0);
  });

  it('checks the role before the input: a township calling a county-only mutation with bad variables is FORBIDDEN', async () => {
    const res = await app.gql(
      `mutation($input: OpenPublicityInput!) { openPublicity(input: $input) { id } }`,
      { input: { campaignId: 'not-an-id', startsOn: '2026-13-45' } },
      { user: 'township' },
    );
    expect(res.errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining('openPublicity'), extensions: { code: 'FORBIDDEN', reason: 'ROLE_FORBIDDEN' } }),
    ]);
    // The same bad variables from the county are a complaint about the field.
    const county = await app.gql(
      `mutation($input: OpenPublicityInput!) { openPublicity(input: $input) { id } }`,
      { input: { campaignId: 'not-an-id', startsOn: '2026-13-45' } },
      { user: 'county' },
    );
    expect(errorCode(county)).toBe('BAD_USER_INPUT');
    // Without a token, a guarded operation is refused before its variables are read; login stays open.
    expect(errorCode(await app.gql(`mutation($input: OpenPublicityInput!) { openPublicity(input: $input) { id } }`, { input: {} }))).toBe('UNAUTHENTICATED');
  });

  it('puts a machine-readable reason beside the code of every domain error', async () => {
    const [region] = await app.sql<{ id: string }>(`select id from region where code = '140799102000'`);
    const input = { username: 'township', displayName: '重名', password: 'a-long-password', role: 'TOWNSHIP_STAFF', scopeRegionId: region.id };
    const taken = await app.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input }, { user: 'admin' });
    expect(taken.errors![0].extensions).toEqual({ code: 'CONFLICT', reason: 'USERNAME_TAKEN', field: 'input.username' });
    const missing = await app.gql(`query($id: ID!) { region(id: $id) { id } }`, { id: '00000000-0000-4000-8000-000000000000' }, { user: 'county' });
    expect(missing.errors![0].extensions).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
  });
});
