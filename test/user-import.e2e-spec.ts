import bcrypt from 'bcryptjs';
import { Workbook } from 'exceljs';
import { errorCode, TestApp } from './support/test-app';

const HEADER = '用户名,姓名,角色,区划代码,手机号,重置密码';
const IMPORT = `mutation($input: ImportUsersInput!) { importUsers(input: $input) {
  written rows created updated problems { line column value problem } problemSheet { fileName }
  accounts { line username displayName role regionCode oneTimePassword } passwordSheet { fileName contentBase64 } } }`;
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username mustChangePassword } } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token user { mustChangePassword } } }`;

const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\n'), 'utf8').toString('base64');

describe('accounts in bulk', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const users = async (where: string) => app.sql<Record<string, any>>(`select * from app_user where ${where} order by username`);
  const importAs = async (user: string, contentBase64: string, dryRun = false) =>
    (await app.ok(IMPORT, { input: { format: 'csv', contentBase64, dryRun } }, user)).importUsers;

  it('offers a template whose columns the import reads', async () => {
    const { userImportTemplate: file } = await app.ok(`{ userImportTemplate { fileName contentBase64 } }`, {}, 'county');
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    expect((workbook.worksheets[0].getRow(1).values as string[]).slice(1).join(',')).toBe(HEADER);
  });

  it('refuses townships and finance before reading the sheet', async () => {
    for (const user of ['township', 'finance']) {
      expect(errorCode(await app.gql(IMPORT, { input: { format: 'csv', contentBase64: csv('x1,甲,乡镇（街道）工作人员,140799001000,,') } }, { user }))).toBe(
        'FORBIDDEN',
      );
    }
  });

  it('does not let a county administrator open a SYSADMIN, a city or a second county account, and writes nothing', async () => {
    const before = (await users('true')).length;
    const report = await importAs(
      'county',
      csv(
        'ok.staff,城关街道综治中心二,乡镇（街道）工作人员,140799001000,,',
        'boss,省管理员,系统管理员,140000000000,,',
        'cityboss,市管理员,市级管理员,140700000000,,',
        'plc2,县委政法委二,县委政法委,140799000000,,',
        'outside,外县人员,乡镇（街道）工作人员,140701001000,,',
      ),
    );
    expect(report).toMatchObject({ written: false, rows: 5, accounts: [], passwordSheet: null });
    expect(report.problems.filter((p: any) => p.column === '角色').map((p: any) => [p.line, p.problem])).toEqual([
      [3, 'COUNTY_PLC 不能开设 SYSADMIN 账号（可开设：FINANCE、TOWNSHIP_STAFF）'],
      [4, 'COUNTY_PLC 不能开设 CITY_ADMIN 账号（可开设：FINANCE、TOWNSHIP_STAFF）'],
      [5, 'COUNTY_PLC 不能开设 COUNTY_PLC 账号（可开设：FINANCE、TOWNSHIP_STAFF）'],
    ]);
    expect(report.problems.filter((p: any) => p.column === '区划代码').map((p: any) => p.line)).toEqual([3, 4, 6]);
    expect((await users('true')).length).toBe(before);
  });

  it('checks the level of the scope region, the username and the region', async () => {
    const report = await importAs(
      'county',
      csv(
        'Bad Name,甲,乡镇（街道）工作人员,140799001000,,',
        'staff.a,甲,乡镇（街道）工作人员,140799001001,,',
        'staff.b,乙,财政,140799001000,,',
        'county,冒名,乡镇（街道）工作人员,140799001000,,',
        'staff.c,丙,乡镇（街道）工作人员,140799001000,abc123,',
        'staff.c,丁,乡镇（街道）工作人员,140799001000,,',
      ),
    );
    expect(report.problems.map((p: any) => `${p.line}:${p.column}`)).toEqual(['2:用户名', '3:区划代码', '4:区划代码', '5:用户名', '6:手机号', '7:用户名']);
    expect(report.problems[1].problem).toBe('TOWNSHIP_STAFF 的管辖区划须为 TOWNSHIP，这里是 COMMUNITY');
    expect(report.problems[3].problem).toBe('不能在导入中修改自己的账号');
  });

  it('issues one-time passwords, shown once, that sign in once and must be changed first', async () => {
    const sheet = csv('hd.staff,河东镇综治中心二,乡镇（街道）工作人员,140799101000,13800001234,', 'xs.staff,西山乡综治中心,乡镇,140799102000,,');
    const dry = await importAs('county', sheet, true);
    expect(dry).toMatchObject({ written: false, created: 2, accounts: [], passwordSheet: null });
    expect(await users(`username in ('hd.staff', 'xs.staff')`)).toHaveLength(0);

    const report = await importAs('county', sheet);
    expect(report).toMatchObject({ written: true, rows: 2, created: 2, updated: 0 });
    expect(report.accounts.map((a: any) => [a.line, a.username, a.role, a.regionCode])).toEqual([
      [2, 'hd.staff', 'TOWNSHIP_STAFF', '140799101000'],
      [3, 'xs.staff', 'TOWNSHIP_STAFF', '140799102000'],
    ]);
    const [hd, xs] = report.accounts.map((a: any) => a.oneTimePassword);
    expect(hd).toMatch(/^[A-Za-z2-9]{12}$/);
    expect(hd).not.toBe(xs);

    // Stored as a bcrypt hash only; printed on the password sheet.
    const [row] = await users(`username = 'hd.staff'`);
    expect(row).toMatchObject({ must_change_password: true, phone: '13800001234', role: 'TOWNSHIP_STAFF', region_code: '140799101000' });
    expect(row.password_hash).not.toContain(hd);
    expect(await bcrypt.compare(hd, row.password_hash)).toBe(true);
    const audited = JSON.stringify(await app.sql(`select before, after from audit_entry where entity = 'User' and entity_id = ?`, [row.id]));
    expect(audited).not.toContain(hd);
    expect(audited).not.toMatch(/\$2[aby]\$/);
    const printed = new Workbook();
    await printed.xlsx.load(Buffer.from(report.passwordSheet.contentBase64, 'base64') as never);
    expect(printed.worksheets[0].getRow(2).values).toEqual([undefined, 'hd.staff', '河东镇综治中心二', '乡镇（街道）工作人员', '140799101000', hd]);

    // Signed in with it, the user may only see itself and change the password.
    const first = await app.gql(LOGIN, { u: 'hd.staff', p: hd });
    expect(first.data!.login.user).toEqual({ username: 'hd.staff', mustChangePassword: true });
    const token = first.data!.login.token;
    expect((await app.gql(`{ me { username mustChangePassword } }`, {}, { token })).data!.me).toEqual({ username: 'hd.staff', mustChangePassword: true });
    const blocked = await app.gql(`{ grids(first: 1) { totalCount } }`, {}, { token });
    expect(errorCode(blocked)).toBe('FORBIDDEN');
    expect(blocked.errors![0].extensions!.reason).toBe('PASSWORD_CHANGE_REQUIRED');
    const mixed = await app.gql(`{ me { username } workers(first: 1) { totalCount } }`, {}, { token });
    expect(mixed.errors![0].extensions!.reason).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(mixed.data).toBeFalsy();

    // It signs in once only, even before it is changed.
    const again = await app.gql(LOGIN, { u: 'hd.staff', p: hd });
    expect(errorCode(again)).toBe('UNAUTHENTICATED');
    expect(again.errors![0].extensions!.reason).toBe('ONE_TIME_PASSWORD_USED');

    const wrong = await app.gql(CHANGE, { input: { currentPassword: 'not-it', newPassword: 'hedong-2026-safe' } }, { token });
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD', field: 'input.currentPassword' });
    const same = await app.gql(CHANGE, { input: { currentPassword: hd, newPassword: hd } }, { token });
    expect(same.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.newPassword' });

    const changed = await app.gql(CHANGE, { input: { currentPassword: hd, newPassword: 'hedong-2026-safe' } }, { token });
    expect(changed.data!.changePassword.user.mustChangePassword).toBe(false);
    const fresh = changed.data!.changePassword.token;
    expect((await app.gql(`{ grids(first: 1) { totalCount } }`, {}, { token: fresh })).data!.grids.totalCount).toBe(10);
    // The one-time session is over, and the one-time password is dead; the new one works.
    expect(errorCode(await app.gql(`{ me { username } }`, {}, { token }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(LOGIN, { u: 'hd.staff', p: hd }))).toBe('UNAUTHENTICATED');
    expect((await app.gql(LOGIN, { u: 'hd.staff', p: 'hedong-2026-safe' })).data!.login.user.mustChangePassword).toBe(false);
    const actions = await app.sql<{ action: string; actor_name: string }>(
      `select action, actor_name from audit_entry where entity = 'User' and entity_id = ? order by id`,
      [row.id],
    );
    expect(actions).toEqual([
      { action: 'IMPORT_CREATE', actor_name: 'county' },
      { action: 'CHANGE_PASSWORD', actor_name: 'hd.staff' },
    ]);
  });

  it('updates accounts on a re-import without new passwords unless asked, and lets a city open county accounts', async () => {
    const again = await importAs(
      'county',
      csv('hd.staff,河东镇综治中心（二）,乡镇（街道）工作人员,140799101000,13800001234,', 'xs.staff,西山乡综治中心,乡镇,140799102000,,是'),
    );
    expect(again).toMatchObject({ written: true, created: 0, updated: 2 });
    expect(again.accounts.map((a: any) => a.username)).toEqual(['xs.staff']);
    expect((await users(`username = 'hd.staff'`))[0]).toMatchObject({ display_name: '河东镇综治中心（二）', must_change_password: false });
    expect(errorCode(await app.gql(LOGIN, { u: 'hd.staff', p: 'hedong-2026-safe' }))).toBeUndefined();

    // Signed in once with the reset password, then given an ordinary one by the administrator: that one works.
    const reset = again.accounts[0].oneTimePassword;
    expect((await app.gql(LOGIN, { u: 'xs.staff', p: reset })).data!.login.user.mustChangePassword).toBe(true);
    const [xs] = await users(`username = 'xs.staff'`);
    await app.ok(
      `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`,
      { input: { id: xs.id, version: xs.version, password: 'set-by-admin-2026' } },
      'admin',
    );
    expect((await app.gql(LOGIN, { u: 'xs.staff', p: 'set-by-admin-2026' })).data!.login.user.mustChangePassword).toBe(false);

    // The county's own account is above what the county may change: "taken", as any other office's.
    const taken = await importAs('county', csv('city,冒名,乡镇（街道）工作人员,140799001000,,'));
    expect(taken.problems).toEqual([{ line: 2, column: '用户名', value: 'city', problem: '用户名已被占用' }]);

    const city = await importAs('city', csv('plc.new,新县委政法委,县委政法委,140799000000,,', 'fin.city,市财政局,财政,140700000000,,'));
    expect(city).toMatchObject({ written: true, created: 2 });
    expect(city.accounts.map((a: any) => [a.username, a.role])).toEqual([
      ['plc.new', 'COUNTY_PLC'],
      ['fin.city', 'FINANCE'],
    ]);
  });
});
