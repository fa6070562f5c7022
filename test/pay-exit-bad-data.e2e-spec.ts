// Issue 16 item 11 for pay, budgets and exits (issues 12-14): their free texts and dates are refused at
// input like everyone else's, BAD_USER_INPUT naming the field.
import { expectRefused, TestApp } from './support/test-app';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

describe('pay, budget and exit inputs refuse bad data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const mutate = (name: string, type: string, input: Record<string, unknown>, user: string) =>
    app.gql(`mutation($input: ${type}!) { ${name}(input: $input) { __typename } }`, { input }, { user });

  it('refuses formula reasons, placeholder dates and invisible sources in pay', async () => {
    expectRefused(
      await mutate('returnPayrollRun', 'ReturnPayrollRunInput', { id: NO_SUCH_ID, version: 1, reason: '=cmd|calc' }, 'finance'),
      'input.reason',
      /formula/,
    );
    expectRefused(
      await mutate('markPayrollRunPaid', 'MarkPayrollPaidInput', { id: NO_SUCH_ID, version: 1, paidOn: '9999-12-31' }, 'finance'),
      'input.paidOn',
      /1949-10-01/,
    );
    const wage = {
      provinceCode: '14',
      tier: '一类',
      monthlyFen: 198_000,
      hourlyFen: 2_130,
      source: '晋政发〔2022〕号',
      verification: '已核对',
      includesOwnContributions: true,
    };
    expectRefused(await mutate('addMinimumWage', 'MinimumWageInput', { ...wage, source: '\u202e晋政发' }, 'admin'), 'input.source', /right-to-left/);
    expectRefused(await mutate('addMinimumWage', 'MinimumWageInput', { ...wage, effectiveFrom: '1900-01-01' }, 'admin'), 'input.effectiveFrom', /1949-10-01/);
    expectRefused(
      await mutate(
        'setCountyWageTier',
        'SetCountyWageTierInput',
        { countyCode: '140799', tier: '一类', effectiveFrom: '1900-01-01', source: '省通知' },
        'admin',
      ),
      'input.effectiveFrom',
    );
    expectRefused(
      await mutate(
        'setPayItems',
        'SetPayItemsInput',
        { workerId: NO_SUCH_ID, month: '2026-11', items: [{ kind: 'REWARD', amountFen: 100, note: '@SUM(A1)' }] },
        'township',
      ),
      'input.items.0.note',
      /formula/,
    );
  });

  it('refuses a formula note on a budget, and placeholder dates or formula notes on an exit', async () => {
    expectRefused(
      await mutate(
        'setBudget',
        'SetBudgetInput',
        { regionId: NO_SUCH_ID, year: 2026, lines: [], accidentPremiumsFen: 0, trainingFundsFen: 0, note: '+1+1' },
        'finance',
      ),
      'input.note',
      /formula/,
    );
    const exit = { workerId: NO_SUCH_ID, reason: 'OTHER', noticeOn: '2026-11-20', lastDay: '2026-11-20' };
    expectRefused(await mutate('openExit', 'OpenExitInput', { ...exit, lastDay: '9999-12-31' }, 'township'), 'input.lastDay', /1949-10-01/);
    expectRefused(await mutate('openExit', 'OpenExitInput', { ...exit, note: '=HYPERLINK("x")' }, 'township'), 'input.note', /formula/);
    expectRefused(
      await mutate('completeExitStep', 'CompleteExitStepInput', { stepId: NO_SUCH_ID, doneOn: '1900-01-01' }, 'township'),
      'input.doneOn',
      /1949-10-01/,
    );
    // The same exit input, clean, gets past the edge to the service (which finds no such worker).
    expect((await mutate('openExit', 'OpenExitInput', exit, 'township')).errors![0].extensions?.code).toBe('NOT_FOUND');
  });
});
