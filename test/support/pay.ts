// Steps of the pay side through GraphQL, as township and finance staff take them (for the e2e tests).
import { aWorkerInput, CREATE_WORKER } from './factories';
import { TestApp } from './test-app';

export const RUN = `id version month periodKind status kind sequence lineCount grossFen netFen breachCount
  lines { workerName employedDays baseFen performanceFen performanceBasis exitPayFen grossFen netFen ownInsuranceFen breach shortfallFen floorChecks { floor requiredFen comparedFen shortfallFen minimumWageId problem } worker { id idNumber phone } }`;

export function paySteps(getApp: () => TestApp) {
  const regionId = async (code: string) => (await getApp().sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const run = async (id: string, user = 'finance') => (await getApp().ok(`query($id: ID!) { payrollRun(id: $id) { ${RUN} } }`, { id }, user)).payrollRun;
  const monthRun = async (township: string, month: string, user = 'county') => {
    const { payrollRuns } = await getApp().ok(
      `query($r: ID, $m: String) { payrollRuns(regionId: $r, month: $m, first: 20) { edges { node { id periodKind sequence } } } }`,
      { r: await regionId(township), m: month },
      user,
    );
    const node = payrollRuns.edges.map((e: any) => e.node).find((n: any) => n.periodKind === 'MONTH' && n.sequence === 1);
    return node ? run(node.id, user) : null;
  };
  const generate = async (township: string, month: string, user = 'township') =>
    (
      await getApp().ok(
        `mutation($input: GeneratePayrollInput!) { generatePayroll(input: $input) { ${RUN} } }`,
        { input: { townshipId: await regionId(township), month } },
        user,
      )
    ).generatePayroll;
  const step = (name: string, input: Record<string, unknown>, user: string): Promise<any> => {
    const type = {
      submitPayrollRun: 'PayrollRunRefInput',
      approvePayrollRun: 'PayrollRunRefInput',
      refreshPayrollRun: 'PayrollRunRefInput',
      returnPayrollRun: 'ReturnPayrollRunInput',
      markPayrollRunPaid: 'MarkPayrollPaidInput',
    }[name];
    return getApp().gql<any>(`mutation($input: ${type}!) { ${name}(input: $input) { ${RUN} } }`, { input }, { user });
  };
  const ok = async (name: string, input: Record<string, unknown>, user: string) => {
    const res = await step(name, input, user);
    if (res.errors?.length) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
    return res.data[name];
  };
  const setItems = (workerId: string, month: string, items: Record<string, unknown>[], user = 'township', half?: number): Promise<any> =>
    getApp().gql<any>(
      `mutation($input: SetPayItemsInput!) { setPayItems(input: $input) { id kind amountFen } }`,
      { input: { workerId, month, half, items } },
      { user },
    );
  /** A worker on a signed contract, on duty from `start`. */
  const hire = async (opts: {
    region: string;
    user: string;
    category?: string;
    start: string;
    payFen: number;
    kind?: string;
    probation?: { end: string; payFen: number };
  }) => {
    const worker = (
      await getApp().ok(
        CREATE_WORKER,
        { input: aWorkerInput(await regionId(opts.region), { category: opts.category ?? 'FULL_TIME', hiredOn: opts.start }) },
        opts.user,
      )
    ).createWorker;
    const { createContract: draft } = await getApp().ok(
      `mutation($input: CreateContractInput!) { createContract(input: $input) { id version warnings } }`,
      {
        input: {
          workerId: worker.id,
          kind: opts.kind ?? 'LABOR',
          employerKind: 'TOWNSHIP',
          employerName: '城关街道办事处',
          startDate: opts.start,
          endDate: '2029-10-31',
          monthlyBasePayFen: opts.payFen,
          probationEndDate: opts.probation?.end ?? null,
          probationMonthlyPayFen: opts.probation?.payFen ?? null,
        },
      },
      opts.user,
    );
    const { signContract } = await getApp().ok(
      `mutation($input: SignContractInput!) { signContract(input: $input) { id warnings } }`,
      { input: { id: draft.id, version: draft.version, signedOn: opts.start } },
      opts.user,
    );
    return { worker, contract: signContract };
  };
  return { regionId, run, monthRun, generate, step, ok, setItems, hire };
}
