// The public roster shows the phone a worker publishes for the grid (issue 16 item 2; PIPL art. 25): a
// work phone, or the personal phone with the worker's recorded consent, never the personal phone on
// record by default — for every role that reads it (FINANCE included) and in the printed publication.
import { Workbook } from 'exceljs';
import { aPhone, aWorkerInput, CREATE_WORKER } from './support/factories';
import { TEST_TODAY, TestApp } from './support/test-app';

const ROSTER = `query($id: ID!) { publicRoster(townshipId: $id) { grids { gridCode workers { name phone } } } }`;
const UPDATE = `mutation($input: UpdateWorkerInput!) { updateWorker(input: $input) { version workPhone phonePublishConsent phonePublishConsentOn } }`;
const GRID = '140799001001-02';

describe('phones on the public roster', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const shown = async (user: string, name: string) => {
    const { publicRoster } = await app.ok(ROSTER, { id: await regionId('140799001000') }, user);
    const line = publicRoster.grids.find((g: any) => g.gridCode === GRID);
    return line.workers.find((w: any) => w.name === name)?.phone;
  };
  const onDuty = async (overrides: Record<string, unknown>) => {
    const worker = (await app.ok(CREATE_WORKER, { input: aWorkerInput(await regionId('140799001001'), { category: 'PART_TIME', ...overrides }) }, 'township'))
      .createWorker;
    const gridId = (await app.sql<{ id: string }>('select id from grid where code = ?', [GRID]))[0].id;
    await app.ok(`mutation($input: AssignWorkerInput!) { assignWorkerToGrid(input: $input) { id } }`, { input: { workerId: worker.id, gridId } }, 'township');
    return worker;
  };

  it('never shows the personal phone without consent, to FINANCE, TOWNSHIP or COUNTY, nor in the printed publication', async () => {
    const phone = aPhone();
    await onDuty({ name: '钱不露', phone });
    for (const user of ['finance', 'township', 'county']) {
      expect(await shown(user, '钱不露')).toBeNull();
      const { publicRoster } = await app.ok(ROSTER, { id: await regionId('140799001000') }, user);
      expect(JSON.stringify(publicRoster)).not.toContain(phone);
    }
    const posted = (
      await app.ok(
        `mutation($input: PublishRosterInput!) { publishRoster(input: $input) { id content { gridCode workers { name phone } } } }`,
        { input: { townshipId: await regionId('140799001000'), postedAt: '公示栏' } },
        'township',
      )
    ).publishRoster;
    expect(JSON.stringify(posted.content)).not.toContain(phone);
    const file = (await app.ok(`query($id: ID!) { rosterPublicationExport(id: $id) { contentBase64 } }`, { id: posted.id }, 'finance')).rosterPublicationExport;
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    const cells = workbook.worksheets[0].getSheetValues().flat().join('\n');
    expect(cells).toContain('钱不露');
    expect(cells).not.toContain(phone);
  });

  it('shows the personal phone once consent is recorded (audited), and the work phone before it', async () => {
    const phone = aPhone();
    const worker = await onDuty({ name: '孙同意', phone });
    const consented = (
      await app.ok(UPDATE, { input: { id: worker.id, version: worker.version, phonePublishConsent: true, phonePublishConsentOn: '2026-11-20' } }, 'township')
    ).updateWorker;
    expect(consented).toMatchObject({ workPhone: null, phonePublishConsent: true, phonePublishConsentOn: '2026-11-20' });
    expect(await shown('finance', '孙同意')).toBe(phone);

    const withWorkPhone = (await app.ok(UPDATE, { input: { id: worker.id, version: consented.version, workPhone: '0354 123 4567' } }, 'township')).updateWorker;
    expect(withWorkPhone.workPhone).toBe('0354-1234567');
    for (const user of ['finance', 'township', 'county']) expect(await shown(user, '孙同意')).toBe('0354-1234567');

    const withdrawn = (
      await app.ok(UPDATE, { input: { id: worker.id, version: withWorkPhone.version, phonePublishConsent: false, workPhone: null } }, 'county')
    ).updateWorker;
    expect(withdrawn).toMatchObject({ workPhone: null, phonePublishConsent: false, phonePublishConsentOn: null });
    expect(await shown('finance', '孙同意')).toBeNull();

    const audits = await app.sql<{ actor_name: string; before: any; after: any }>(
      `select actor_name, before, after from audit_entry where entity_id = ? and action = 'UPDATE' order by id`,
      [worker.id],
    );
    expect(audits.map((a) => [a.actor_name, a.after.phonePublishConsent, a.after.phonePublishConsentOn, a.after.workPhone])).toEqual([
      ['township', true, '2026-11-20', null],
      ['township', true, '2026-11-20', '0354-1234567'],
      ['county', false, null, null],
    ]);
    expect(audits[0].before).toMatchObject({ phonePublishConsent: false, phonePublishConsentOn: null });
    // A change of the published phone is a change of the roster (roster.not-republished counts from it).
    expect((await app.sql<{ d: string }>(`select to_char(roster_changed_on, 'YYYY-MM-DD') as d from worker where id = ?`, [worker.id]))[0].d).toBe(TEST_TODAY);
  });

  it('takes the work phone and consent at creation, consent dated today by default', async () => {
    const created = (
      await app.ok(
        `mutation($input: CreateWorkerInput!) { createWorker(input: $input) { workPhone phonePublishConsent phonePublishConsentOn } }`,
        { input: aWorkerInput(await regionId('140799001001'), { workPhone: '+86 138-0000-2001', phonePublishConsent: true }) },
        'township',
      )
    ).createWorker;
    expect(created).toEqual({ workPhone: '13800002001', phonePublishConsent: true, phonePublishConsentOn: TEST_TODAY });
  });

  it.each([
    [{ workPhone: '12345' }, 'input.workPhone', /landline with its area code/],
    [{ workPhone: '=HYPERLINK("http://x")' }, 'input.workPhone', /landline with its area code/],
    [{ phonePublishConsentOn: '2026-11-01' }, 'input.phonePublishConsentOn', /with phonePublishConsent: true/],
    [{ phonePublishConsent: true, phonePublishConsentOn: '2026-11-26' }, 'input.phonePublishConsentOn', /future/],
  ])('refuses %p with BAD_USER_INPUT naming the field, writing nothing', async (overrides, field, message) => {
    const input = aWorkerInput(await regionId('140799001001'), { name: '错误', ...overrides });
    const res = await app.gql(CREATE_WORKER, { input }, { user: 'township' });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0].message).toMatch(message);
    expect(await app.sql('select 1 from worker where phone = ?', [input.phone])).toEqual([]);
  });

  it('keeps phones on the demo roster for workers who publish one, and only those', async () => {
    const { publicRoster } = await app.ok(ROSTER, { id: await regionId('140799001000') }, 'finance');
    const listed = publicRoster.grids.flatMap((g: any) => g.workers);
    const withPhone = listed.filter((w: any) => w.phone);
    expect(withPhone.length).toBeGreaterThan(listed.length / 2);
    expect(listed.some((w: any) => w.phone === null)).toBe(true);
    const published = await app.sql<{ phone: string }>(
      `select coalesce(work_phone, phone) as phone from worker where region_code like '140799001%' and (work_phone is not null or phone_publish_consent)`,
    );
    const personalOnly = await app.sql<{ phone: string }>(
      `select phone from worker where region_code like '140799001%' and work_phone is null and not phone_publish_consent`,
    );
    const allowed = new Set(published.map((p) => p.phone));
    for (const w of withPhone) expect(allowed.has(w.phone)).toBe(true);
    const shownPhones = new Set(withPhone.map((w: any) => w.phone));
    expect(personalOnly.filter((p) => shownPhones.has(p.phone))).toEqual([]);
  });
});
