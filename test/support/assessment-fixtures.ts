// A small county of its own for the assessment tests (the demo county's cycles are seeded): a township
// with an urban community and a village, one grid each, a political-legal committee and township staff.
import { anIdNumber, aPhone, CREATE_WORKER } from './factories';
import { TestApp } from './test-app';

export const PASSWORD = 'a-long-password';

export interface SmallCounty {
  countyId: string;
  townshipId: string;
  communityId: string;
  villageId: string;
  urbanGridId: string;
  ruralGridId: string;
  /** Logins: the county's political-legal committee and the township's staff. */
  plc: string;
  staff: string;
}

export const OPEN = `mutation($input: OpenCycleInput!) { openAssessmentCycle(input: $input) { id version status label periodStart periodEnd } }`;
export const ENTER = `mutation($input: EnterScoresInput!) { enterAssessmentScores(input: $input) { id version score level } }`;
export const ADJUST = `mutation($input: AdjustScoreInput!) { adjustAssessmentScore(input: $input) { id version score computedScore adjustedScore level adjustmentReason } }`;
export const FINALISE = `mutation($input: CycleVersionInput!) { finaliseAssessmentCycle(input: $input) { id version status finalisedOn excellentQuotaPercent } }`;
export const TEMPLATE = `mutation($input: CreateTemplateInput!) { createAssessmentTemplate(input: $input) { id name } }`;
export const RESULTS = `query($cycleId: ID!) { assessmentResults(cycleId: $cycleId, first: 100) { totalCount edges { node {
  id version score level stars worker { id name } measures { weeksOnDuty weeksVisited visitRate trainingCountyDue trainingTownshipDue } indicators { key score } } } } }`;

/** Creates the county `code` (6 digits, under 晋中市) with its users; the admin does what a province's administrator would. */
export async function smallCounty(app: TestApp, code: string): Promise<SmallCounty> {
  const region = async (parentId: string, suffix: string, name: string, level: string) =>
    (
      await app.ok(
        `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }`,
        { input: { parentId, code: `${code}${suffix}`, name, level } },
        'admin',
      )
    ).createRegion.id as string;
  const [city] = await app.sql<{ id: string }>(`select id from region where code = '140700000000'`);
  const countyId = await region(city.id, '000000', `测试县${code}`, 'COUNTY');
  const townshipId = await region(countyId, '001000', '测试镇', 'TOWNSHIP');
  const communityId = await region(townshipId, '001001', '测试社区', 'COMMUNITY');
  const villageId = await region(townshipId, '001201', '测试村', 'VILLAGE');
  const grid = async (regionId: string, suffix: string) =>
    (
      await app.ok(
        `mutation($input: CreateGridInput!) { createGrid(input: $input) { id } }`,
        { input: { regionId, code: `T${code}-${suffix}`, name: `测试网格${suffix}`, households: 300, population: 800, activeFrom: '2024-01-01' } },
        'admin',
      )
    ).createGrid.id as string;
  const user = async (username: string, role: string, scopeRegionId: string) =>
    app.ok(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username, displayName: username, password: PASSWORD, role, scopeRegionId } },
      'admin',
    );
  await user(`plc${code}`, 'COUNTY_PLC', countyId);
  await user(`staff${code}`, 'TOWNSHIP_STAFF', townshipId);
  await app.login(`plc${code}`, PASSWORD);
  await app.login(`staff${code}`, PASSWORD);
  return {
    countyId,
    townshipId,
    communityId,
    villageId,
    urbanGridId: await grid(communityId, 'U1'),
    ruralGridId: await grid(villageId, 'R1'),
    plc: `plc${code}`,
    staff: `staff${code}`,
  };
}

/** Sends a request as a small county's user (logged in with the fixtures' password). */
export async function as<T = Record<string, any>>(app: TestApp, username: string, query: string, variables: Record<string, unknown> = {}) {
  return app.gql<T>(query, variables, { token: await app.login(username, PASSWORD) });
}

export async function ok<T = Record<string, any>>(app: TestApp, username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await as<T>(app, username, query, variables);
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** An active worker of the township, on duty in a grid from the day they were hired. */
export async function onDuty(
  app: TestApp,
  county: SmallCounty,
  overrides: Record<string, unknown> & { gridId?: string; hiredOn?: string } = {},
): Promise<{ id: string; name: string; idNumber: string }> {
  const { gridId = county.urbanGridId, hiredOn = '2024-01-01', regionId = county.communityId, ...rest } = overrides;
  const idNumber = (rest.idNumber as string) ?? anIdNumber();
  const worker = (
    await ok(app, county.staff, CREATE_WORKER, {
      input: { name: '测试员', phone: aPhone(), category: 'FULL_TIME', hireSource: 'SERVICE_PURCHASE', regionId, hiredOn, ...rest, idNumber },
    })
  ).createWorker;
  await ok(app, county.staff, `mutation($input: AssignWorkerInput!) { assignWorkerToGrid(input: $input) { id } }`, {
    input: { workerId: worker.id, gridId, fromDate: hiredOn },
  });
  return { id: worker.id, name: worker.name, idNumber };
}
