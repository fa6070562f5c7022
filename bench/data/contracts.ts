// Contracts (with renewal chains) and the townships' insurance policies.
import { randomUUID } from 'node:crypto';
import { addDays } from '@gridhr/common';
import { ContractKind, latestProbationEnd } from '@gridhr/contracts';
import { GenContext, insertRows } from './context';
import { GenWorker } from './workers';

function addYears(date: string, years: number): string {
  const next = `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
  return next.endsWith('-02-29') ? `${next.slice(0, 8)}28` : next;
}

/**
 * A full-time worker holds a three-year labour contract with the township, a part-timer a one-year
 * agreement (part-time in a community, a service agreement in a village), each renewed on its
 * anniversary; the contract before the current one is on record for as many workers as the scale's
 * contract count allows. One full-timer in a hundred has none, one in two hundred works on past the end
 * of a contract nobody renewed. Those who left have their last contract ended.
 */
export async function loadContracts(ctx: GenContext, workers: GenWorker[]): Promise<void> {
  const now = new Date().toISOString();
  const rows: unknown[][] = [];
  const holders = workers.filter((w) => w.hiredOn && (w.category === 'FULL_TIME' || w.category === 'PART_TIME') && w.status !== 'ONBOARDING');
  let chains = Math.max(0, ctx.shape.contracts - holders.length);
  holders.forEach((w, i) => {
    const fullTime = w.category === 'FULL_TIME';
    if (fullTime && i % 100 === 17) return;
    const kind = fullTime ? ContractKind.LABOR : w.region.urban ? ContractKind.PART_TIME_AGREEMENT : ContractKind.SERVICE_AGREEMENT;
    const years = fullTime ? 3 : 1;
    const last = w.exitedOn ?? ctx.today;
    let terms = 0;
    while (addYears(w.hiredOn!, (terms + 1) * years) <= last) terms++;
    if (fullTime && i % 200 === 3 && terms > 0) terms--; // works on past the end of this one
    const employer = `${w.township}`;
    const contract = (start: string, status: string, previous: string | null) => {
      const end = addDays(addYears(start, years), -1);
      const limit = latestProbationEnd(kind, start, end);
      const id = randomUUID();
      const ended = status === 'ENDED' ? (w.exitedOn && w.exitedOn < end ? w.exitedOn : end) : null;
      rows.push([
        id,
        w.id,
        w.region.code,
        kind,
        'TOWNSHIP',
        employer,
        start,
        start,
        end,
        limit ?? null,
        limit !== undefined,
        fullTime ? 320_000 : 80_000,
        status,
        previous,
        ended,
        now,
        now,
      ]);
      return id;
    };
    const start = addYears(w.hiredOn!, terms * years);
    let previous: string | null = null;
    if (terms > 0 && chains > 0) {
      previous = contract(addYears(w.hiredOn!, (terms - 1) * years), 'ENDED', null);
      chains--;
    }
    contract(start, w.status === 'EXITED' ? 'ENDED' : 'ACTIVE', previous);
  });
  await insertRows(
    ctx.db,
    'contract',
    [
      ['id', 'uuid'],
      ['worker_id', 'uuid'],
      ['region_code', 'varchar'],
      ['kind', 'contract_kind'],
      ['employer_kind', 'employer_kind'],
      ['employer_name', 'varchar'],
      ['signed_on', 'date'],
      ['start_date', 'date'],
      ['end_date', 'date'],
      ['probation_limit_date', 'date'],
      ['probation_regulated', 'bool'],
      ['monthly_base_pay_fen', 'int8'],
      ['status', 'contract_status'],
      ['previous_id', 'uuid'],
      ['ended_on', 'date'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    rows,
  );
  // The employer's name is the township's, looked up once in SQL rather than carried through the plan.
  await ctx.db.query(
    `update contract c set employer_name = r.name || case when r.name like '%街道' then '办事处' else '人民政府' end
       from region r where r.code = c.employer_name`,
  );
  ctx.log(`contracts: ${rows.length}`);
}

/**
 * Each township registers its full-timers for the four social insurances (one in fifty is missing
 * work-injury cover) and, in nine townships of ten, insures its part-timers against accidents.
 */
export async function loadInsurance(ctx: GenContext): Promise<void> {
  await ctx.db.query(
    `insert into insurance_policy (id, kind, insurer, policy_number, holder_id, region_code, payer, valid_from, valid_to, premium_fen, version, created_at)
     select gen_random_uuid(), k.kind::insurance_kind, case when k.kind = 'ACCIDENT' then '中国人民财产保险山西分公司' else '县社会保险事业中心' end,
            'GEN-' || k.kind || '-' || r.code, r.id, r.code, k.payer::payer_kind, date '2024-01-01',
            case when k.kind = 'ACCIDENT' then make_date(extract(year from $1::date)::int, 12, 31) end, 6000000, 1, now()
       from region r
       cross join (values ('PENSION', 'EMPLOYER'), ('MEDICAL', 'EMPLOYER'), ('UNEMPLOYMENT', 'EMPLOYER'), ('WORK_INJURY', 'EMPLOYER'), ('ACCIDENT', 'COUNTY')) k(kind, payer)
      where r.level = 'TOWNSHIP' and (k.kind <> 'ACCIDENT' or abs(hashtext(r.code)) % 10 <> 1)`,
    [ctx.today],
  );
  const insured = await ctx.db.query(
    `insert into insured_person (id, policy_id, worker_id, region_code, covered_from)
     select gen_random_uuid(), p.id, w.id, w.region_code, greatest(w.hired_on, date '2024-01-01')
       from worker w
       join insurance_policy p on p.region_code = substr(w.region_code, 1, 9) || '000'
      where w.status = 'ACTIVE' and w.hired_on is not null
        and ((w.category = 'FULL_TIME' and p.kind <> 'ACCIDENT' and not (p.kind = 'WORK_INJURY' and abs(hashtext(w.id::text)) % 50 = 0))
          or (w.category = 'PART_TIME' and p.kind = 'ACCIDENT'))`,
  );
  ctx.log(`insurance: ${insured.rowCount} people insured`);
}
