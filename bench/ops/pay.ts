// Finance's reads of a year of payroll: budget versus actual by month for a county and a township, and
// a county's page of payroll runs. (The month's payroll register as a file is in the files section.)
import { addReport, Bench, compare, handSql } from '../support/bench';

// Approved and paid pay and employer insurance by month, and accident premiums by the month their cover
// starts: what budgetExecution's months carry, in one pass over each table.
const EXECUTION_SQL = `
  with pay as (
    select r.month, sum(l.gross_fen) as pay, sum(l.employer_insurance_fen) as insurance
      from payroll_run r join pay_line l on l.run_id = r.id
     where r.region_code like $1 and r.status in ('APPROVED', 'PAID') and r.month like $2 || '-%'
     group by r.month
  ), premiums as (
    select to_char(valid_from, 'YYYY-MM') as month, sum(premium_fen) as premiums
      from insurance_policy
     where region_code like $1 and kind = 'ACCIDENT' and valid_from >= make_date($2::int, 1, 1) and valid_from < make_date($2::int + 1, 1, 1)
     group by 1
  )
  select m.month, coalesce(pay.pay, 0) as pay, coalesce(pay.insurance, 0) as insurance, coalesce(premiums.premiums, 0) as premiums
    from (select to_char(make_date($2::int, n, 1), 'YYYY-MM') as month from generate_series(1, 12) n) m
    left join pay using (month) left join premiums using (month)`;

const EXECUTION = `query($r: ID!, $y: Int!) { budgetExecution(regionId: $r, year: $y) {
  actualToDateFen months { month plannedFen payFen employerInsuranceFen accidentPremiumsFen actualFen cumulativeActualFen } } }`;

const RUNS = `query($r: ID) { payrollRuns(regionId: $r, first: 50) { totalCount edges { node { id month status lineCount grossFen netFen breachCount } } } }`;

export async function benchPay(b: Bench): Promise<void> {
  const year = Number(b.today.slice(0, 4));
  for (const scope of ['township', 'county'] as const) {
    const token = b.tokens[scope];
    const variables = { r: b.places[scope].id, y: year };
    const statements = await b.counted.statements(() => b.counted.client.call(EXECUTION, variables, token));
    const m = await compare(
      b,
      async () => (await b.api.call(EXECUTION, variables, token)).data.budgetExecution.months.length,
      handSql(b, EXECUTION_SQL, [`${b.places[scope].prefix}%`, String(year)]),
    );
    addReport(b, 'budget versus actual by month (budgetExecution)', scope, m, statements);
  }
  const token = b.tokens.county;
  const statements = await b.counted.statements(() => b.counted.client.call(RUNS, { r: b.places.county.id }, token));
  const m = await compare(
    b,
    async () => (await b.api.call(RUNS, { r: b.places.county.id }, token)).data.payrollRuns.edges.length,
    handSql(b, `select * from payroll_run where region_code like $1 order by period_from desc, id limit 50`, [`${b.places.county.prefix}%`]),
  );
  addReport(b, 'payroll runs, a page of 50 (payrollRuns)', 'county', m, statements);
}
