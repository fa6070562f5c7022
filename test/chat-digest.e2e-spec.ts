// Issue 13 item 5: the daily digest of new and overdue flags to a region's WeCom or DingTalk group robot,
// checked against a local HTTP receiver: the robot's format, retries, once a day, no personal data.
import { createHmac } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { eventually, scanNow, TEST_TODAY, TestApp } from './support/test-app';

interface Received {
  path: string;
  query: URLSearchParams;
  body: any;
}

const SET = `mutation($input: SetChatRobotInput!) { setChatRobot(input: $input) { id regionCode kind webhookUrl signed active lastPostedOn lastError } }`;
const SEND = `mutation($id: ID!) { sendChatDigest(robotId: $id) { jobId } }`;
const ROBOTS = `{ chatRobots { id regionCode kind webhookUrl signed lastPostedOn lastError } }`;

describe('the daily digest to the office chat', () => {
  let app: TestApp;
  let server: Server;
  let base: string;
  const received: Received[] = [];
  /** Answers to give, in order, before answering {errcode: 0}. */
  const failures: number[] = [];

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        const url = new URL(req.url!, 'http://127.0.0.1');
        received.push({ path: url.pathname, query: url.searchParams, body: JSON.parse(raw) });
        const status = failures.shift();
        res.writeHead(status ?? 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(status ? { errcode: -1, errmsg: 'busy' } : { errcode: 0, errmsg: 'ok' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    app = await TestApp.start({ worker: true, env: { CHAT_WEBHOOK_HOSTS: '127.0.0.1' } });
    await scanNow(app, 'county');
  });
  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const open = async (prefix: string, where = 'true') =>
    (
      await app.sql<{ n: number }>(`select count(*)::int as n from compliance_flag where resolved_at is null and region_code like ? || '%' and ${where}`, [
        prefix,
      ])
    )[0].n;

  it('refuses an address that is not a robot host, and a township outside your scope', async () => {
    const elsewhere = await app.gql(
      SET,
      { input: { regionId: await regionId('140799001000'), kind: 'WECOM', webhookUrl: 'https://hooks.example.com/x?key=1' } },
      { user: 'township' },
    );
    expect(elsewhere.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.webhookUrl' },
      message: expect.stringContaining('CHAT_WEBHOOK_HOSTS'),
    });
    const other = await app.gql(
      SET,
      { input: { regionId: await regionId('140799101000'), kind: 'WECOM', webhookUrl: `${base}/wecom?key=1` } },
      { user: 'township' },
    );
    expect(other.errors![0].extensions?.code).toBe('NOT_FOUND');
    expect(await app.sql('select 1 from chat_robot')).toHaveLength(0);
  });

  it('posts a township’s digest to its WeCom robot as markdown, retrying a failure, once a day, with counts and no personal data', async () => {
    // Two flags open for ten days: overdue by the default policy of 7 days.
    await app.sql(
      `update compliance_flag set found_at = now() - interval '10 days' where id in (select id from compliance_flag where resolved_at is null and region_code like '140799001%' order by id limit 2)`,
    );
    const robot = (
      await app.ok(SET, { input: { regionId: await regionId('140799001000'), kind: 'WECOM', webhookUrl: `${base}/wecom?key=SECRET-KEY-1` } }, 'township')
    ).setChatRobot;
    expect(robot).toMatchObject({
      regionCode: '140799001000',
      kind: 'WECOM',
      webhookUrl: `${base}/wecom?key=****`,
      signed: false,
      active: true,
      lastPostedOn: null,
    });

    failures.push(502);
    await app.ok(SEND, { id: robot.id }, 'township');
    const posted = await eventually(async () => {
      const [row] = (await app.ok(ROBOTS, {}, 'township')).chatRobots;
      return row.lastPostedOn ? row : null;
    }, 30_000);
    expect(posted).toMatchObject({ lastPostedOn: TEST_TODAY, lastError: null });
    const toWecom = received.filter((r) => r.path === '/wecom');
    expect(toWecom).toHaveLength(2); // the 502, then the retry
    expect(toWecom[1].query.get('key')).toBe('SECRET-KEY-1');
    expect(Object.keys(toWecom[1].body)).toEqual(['msgtype', 'markdown']);
    expect(toWecom[1].body.msgtype).toBe('markdown');
    const content: string = toWecom[1].body.markdown.content;
    expect(content.split('\n')[0]).toBe(`### GridHR 合规提醒 城关街道 ${TEST_TODAY}`);
    expect(content).toContain(`**未处理合计** ${await open('140799001')} 条`);
    expect(content).toContain(`（超过 7 天）${await open('140799001', `found_at < now() - interval '7 days'`)} 条`);
    expect(await open('140799001', `found_at < now() - interval '7 days'`)).toBe(2);
    // No ID number, phone or name of anyone in the township.
    expect(content).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}/);
    const names = await app.sql<{ name: string }>(`select name from worker where region_code like '140799001%'`);
    expect(names.filter((w) => content.includes(w.name))).toEqual([]);

    // Asked again the same day: nothing more is posted.
    await app.ok(SEND, { id: robot.id }, 'township');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(received.filter((r) => r.path === '/wecom')).toHaveLength(2);
    const audit = await app.sql<{ action: string; after: unknown }>(
      `select action, after from audit_entry where entity = 'ChatRobot' and entity_id = ? order by id`,
      [robot.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'POST_DIGEST']);
    expect(JSON.stringify(audit)).not.toContain('SECRET-KEY-1');
    // Kept sealed: the key is not in the table either.
    expect(JSON.stringify(await app.sql(`select * from chat_robot where id = ?`, [robot.id]))).not.toContain('SECRET-KEY-1');
  });

  it('signs a DingTalk robot’s address and sends title and text', async () => {
    const robot = (
      await app.ok(
        SET,
        { input: { regionId: await regionId('140799000000'), kind: 'DINGTALK', webhookUrl: `${base}/dingtalk?access_token=TOKEN`, secret: 'SECabc' } },
        'county',
      )
    ).setChatRobot;
    expect(robot).toMatchObject({ signed: true, webhookUrl: `${base}/dingtalk?access_token=****` });
    await app.ok(SEND, { id: robot.id }, 'county');
    const got = (await eventually(async () => received.find((r) => r.path === '/dingtalk') ?? null, 30_000))!;
    const timestamp = got.query.get('timestamp')!;
    expect(got.query.get('sign')).toBe(createHmac('sha256', 'SECabc').update(`${timestamp}\nSECabc`).digest('base64'));
    const county = (await app.sql<{ name: string }>(`select name from region where code = '140799000000'`))[0].name;
    expect(got.body).toMatchObject({ msgtype: 'markdown', markdown: { title: `GridHR 合规提醒 ${county} ${TEST_TODAY}` } });
    expect(got.body.markdown.text).toContain(`**未处理合计** ${await open('140799')} 条`);
    // A township sees its own robot only.
    expect((await app.ok(ROBOTS, {}, 'township')).chatRobots.map((r: any) => r.regionCode)).toEqual(['140799001000']);
  });

  it('posts the nightly digest when that night’s scan has finished, not at the scan’s time, with Chinese rule titles', async () => {
    // No time of its own: the digest follows the scan.
    expect(await app.queue('digest').getJobSchedulers()).toEqual([]);
    await app.sql(`update chat_robot set active = region_code = '140799001000', last_posted_on = null`);
    // Every open flag of the township resolved: only the scan about to run opens them again.
    await app.sql(`update compliance_flag set resolved_at = now() where resolved_at is null and region_code like '140799001%'`);
    const before = received.length;
    // The nightly scan, as its scheduler starts it (of the township only, to be quick).
    await app.queue('compliance').upsertJobScheduler('daily:compliance-scan', { every: 3_600_000 }, { name: 'compliance-scan', data: { prefix: '140799001' } });
    try {
      const posted = await eventually(async () => {
        const [row] = await app.sql<{ last_posted_on: string | null; last_posted_at: Date }>(
          `select last_posted_on, last_posted_at from chat_robot where region_code = '140799001000'`,
        );
        return row.last_posted_on ? row : null;
      }, 60_000);
      const [scan] = await app.sql<{ status: string; finished_at: Date }>(
        `select status, finished_at from scan_run where trigger = 'SCHEDULE' order by queued_at desc limit 1`,
      );
      expect(scan.status).toBe('DONE');
      expect(new Date(posted!.last_posted_at).getTime()).toBeGreaterThanOrEqual(new Date(scan.finished_at).getTime());
      const reopened = await open('140799001');
      expect(reopened).toBeGreaterThan(0);
      const message = received.slice(before).filter((r) => r.path === '/wecom');
      expect(message).toHaveLength(1);
      const content: string = message[0].body.markdown.content;
      expect(content).toContain(`**未处理合计** ${reopened} 条`);
      // The rules by their Chinese titles: no English title reaches the office chat.
      const rules = await app.sql<{ rule: string }>(`select distinct rule from compliance_flag where resolved_at is null and region_code like '140799001%'`);
      expect(rules.length).toBeGreaterThan(0);
      const ruleLines = content.split('\n').filter((line) => line.startsWith('> '));
      // Ten rules by name, then the others together.
      expect(ruleLines).toHaveLength(Math.min(rules.length, 10) + (rules.length > 10 ? 1 : 0));
      for (const line of ruleLines) expect(line).toMatch(/^> [^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*：\d+$/);
    } finally {
      await app
        .queue('compliance')
        .upsertJobScheduler('daily:compliance-scan', { pattern: app.config.scanCron, tz: 'Asia/Shanghai' }, { name: 'compliance-scan', data: { prefix: '' } });
    }
  });
});
