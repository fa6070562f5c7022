// The statutory retirement age, raised gradually from 2025 by the NPC Standing Committee's Decision on
// implementing the gradual delay of the statutory retirement age (2024-09-13). Someone past it, or drawing
// a basic pension, has no labour relationship: a service agreement and accident cover, not a labour contract
// and social insurance (Labor Contract Law art. 44(2); Implementing Regulations art. 21).
import { addMonths } from './contract.rules';

export type RetirementBase = 50 | 55;

interface Schedule {
  /** The old retirement age, in months. */
  base: number;
  /** The first birth month (year × 12 + month − 1) delayed. */
  from: number;
  /** Birth months per month of delay. */
  step: number;
  /** The most months of delay. */
  max: number;
}

// NPCSC Decision (2024): men 60 → 63 and women 55 → 58, one month per four months of birth from 1965-01
// and 1970-01; women 50 → 55, one month per two months of birth from 1975-01.
const MEN: Schedule = { base: 60 * 12, from: 1965 * 12, step: 4, max: 36 };
const WOMEN: Record<RetirementBase, Schedule> = {
  55: { base: 55 * 12, from: 1970 * 12, step: 4, max: 36 },
  50: { base: 50 * 12, from: 1975 * 12, step: 2, max: 60 },
};

function schedule(sex: 'MALE' | 'FEMALE', femaleBase: RetirementBase): Schedule {
  return sex === 'MALE' ? MEN : WOMEN[femaleBase];
}

/** The statutory retirement age in months. `femaleBase`: 50 for women workers, 55 for women cadres (policy). */
export function retirementAgeMonths(birthDate: string, sex: 'MALE' | 'FEMALE', femaleBase: RetirementBase): number {
  const s = schedule(sex, femaleBase);
  const index = Number(birthDate.slice(0, 4)) * 12 + Number(birthDate.slice(5, 7)) - 1 - s.from;
  return s.base + Math.min(s.max, Math.max(0, Math.floor(index / s.step) + 1));
}

/** The day the statutory retirement age is reached. */
export function retirementDate(birthDate: string, sex: 'MALE' | 'FEMALE', femaleBase: RetirementBase): string {
  return addMonths(birthDate, retirementAgeMonths(birthDate, sex, femaleBase));
}

/** retirementDate() in SQL, for worker `w` (birth_date, sex) with the women's base age `femaleBaseExpr` (50 or 55). */
export function retirementDateSql(w: string, femaleBaseExpr: string): string {
  const part = (s: Schedule) =>
    `${s.base} + least(${s.max}, greatest(0, floor(((extract(year from ${w}.birth_date) * 12 + extract(month from ${w}.birth_date) - 1) - ${s.from}) / ${s.step}.0)::int + 1))`;
  const months = `case when ${w}.sex = 'MALE' then ${part(MEN)} when (${femaleBaseExpr}) = 55 then ${part(WOMEN[55])} else ${part(WOMEN[50])} end`;
  return `(${w}.birth_date + make_interval(months => (${months})::int))::date`;
}
