import { EntityManager } from '@mikro-orm/postgresql';
import { addDays, fen } from '@gridhr/common';
import {
  Contract,
  ContractKind,
  ContractStatus,
  EmployerKind,
  InsuranceKind,
  InsurancePolicy,
  InsuredPerson,
  latestProbationEnd,
  PayerKind,
  SOCIAL_INSURANCE,
} from '@gridhr/contracts';
import { Region } from '@gridhr/org';
import { Worker, WorkerCategory, WorkerStatus } from '@gridhr/workers';

/** Every demo contract starts on the hire date and runs three years, except these three urban full-timers' (ending soon). */
const ENDING_SOON_DAYS = [12, 28, 50];

/**
 * Contracts and insurance for the demo workers, so every role sees real work on first login:
 * - full-time workers have a labour contract with their township (three ending within the reminder
 *   offsets; one urban full-timer has none), and the township registers them for social insurance (one
 *   without work-injury insurance);
 * - part-time community workers have a part-time agreement, village part-timers a service agreement;
 * - 城关街道 and 西山乡 hold a group accident policy for their part-timers, 河东镇 has none yet.
 */
export function seedDemoContracts(tx: EntityManager, regions: Map<string, Region>, workers: Worker[], today: string): void {
  const townshipOf = (w: Worker) => regions.get(`${w.regionCode.slice(0, 9)}000`)!;
  const active = workers.filter((w) => w.status === WorkerStatus.ACTIVE);
  const fullTime = active.filter((w) => w.category === WorkerCategory.FULL_TIME);
  const withoutContract = fullTime.find((w) => w.regionCode.startsWith('140799001'))!;
  let soon = 0;
  for (const worker of active) {
    const partTime = worker.category === WorkerCategory.PART_TIME;
    if (worker === withoutContract || (!partTime && worker.category !== WorkerCategory.FULL_TIME)) continue;
    const village = worker.regionCode.slice(9) !== '000' && !worker.regionCode.startsWith('140799001');
    const kind = !partTime ? ContractKind.LABOR : village ? ContractKind.SERVICE_PURCHASE : ContractKind.PART_TIME_AGREEMENT;
    const start = worker.hiredOn!;
    let end = addDays(`${Number(start.slice(0, 4)) + 3}${start.slice(4)}`, -1);
    if (!partTime && worker.regionCode.startsWith('140799001') && soon < ENDING_SOON_DAYS.length) end = addDays(today, ENDING_SOON_DAYS[soon++]);
    const probationLimit = latestProbationEnd(kind, start, end);
    const township = townshipOf(worker);
    tx.create(Contract, {
      worker,
      regionCode: worker.regionCode,
      kind,
      employerKind: EmployerKind.TOWNSHIP,
      employerName: township.name.endsWith('街道') ? `${township.name}办事处` : `${township.name}人民政府`,
      signedOn: start,
      startDate: start,
      endDate: end,
      probationEndDate: null,
      probationLimitDate: probationLimit ?? null,
      probationRegulated: probationLimit !== undefined,
      monthlyBasePayFen: fen(partTime ? 80_000 : 320_000 + (worker.name.charCodeAt(0) % 5) * 10_000),
      status: ContractStatus.ACTIVE,
    });
  }

  let policyNumber = 0;
  const policy = (holder: Region, kind: InsuranceKind, payer: PayerKind, premiumFen: number, insured: Worker[]) => {
    const p = tx.create(InsurancePolicy, {
      kind,
      insurer: kind === InsuranceKind.ACCIDENT ? '中国人民财产保险晋中分公司' : '网格示范县社会保险事业中心',
      policyNumber: `DEMO-${kind}-${++policyNumber}`,
      holder,
      regionCode: holder.code,
      payer,
      validFrom: '2024-01-01',
      validTo: kind === InsuranceKind.ACCIDENT ? `${today.slice(0, 4)}-12-31` : null,
      premiumFen: fen(premiumFen),
    });
    for (const worker of insured)
      tx.create(InsuredPerson, {
        policy: p,
        worker,
        regionCode: worker.regionCode,
        coveredFrom: worker.hiredOn! > '2024-01-01' ? worker.hiredOn! : '2024-01-01',
      });
  };
  const townships = ['140799001000', '140799101000', '140799102000'].map((code) => regions.get(code)!);
  for (const township of townships) {
    const mine = fullTime.filter((w) => w.regionCode.startsWith(township.prefix) && w !== withoutContract);
    for (const kind of SOCIAL_INSURANCE) {
      // One urban full-timer is not yet registered for work-injury insurance.
      const insured = kind === InsuranceKind.WORK_INJURY && township.code === '140799001000' ? mine.slice(1) : mine;
      if (insured.length) policy(township, kind, PayerKind.EMPLOYER, insured.length * 60_000, insured);
    }
  }
  for (const code of ['140799001000', '140799102000']) {
    const township = regions.get(code)!;
    const partTimers = active.filter((w) => w.category === WorkerCategory.PART_TIME && w.regionCode.startsWith(township.prefix));
    policy(township, InsuranceKind.ACCIDENT, PayerKind.COUNTY, partTimers.length * 12_000, partTimers);
  }
}
