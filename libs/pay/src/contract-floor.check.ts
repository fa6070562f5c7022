// A contract whose wage is already below a floor says so (Labor Contract Law art. 20; Shanxi measures [004]),
// judged against the minimum wage in force on its start for the county's tier.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Fen, percentOfFen, yuan } from '@gridhr/common';
import { ContractCheck, ContractTerms } from '@gridhr/platform';
import { CountyWageTier, MinimumWage } from './minimum-wage.entity';
import { minimumWageOn, tierOn, WageRow } from './minimum-wage.rules';

/** Warnings for one contract's wage; `wage` is the standard in force on its start (null: unknown). */
export function contractFloorWarnings(c: ContractTerms, wage: WageRow | null): string[] {
  const warnings: string[] = [];
  const employment = c.kind === 'LABOR' || c.kind === 'DISPATCH';
  if (wage && employment && c.monthlyBasePayFen < wage.monthlyFen) {
    warnings.push(
      `Monthly pay ${yuan(c.monthlyBasePayFen)} yuan is below the minimum wage of ${yuan(wage.monthlyFen)} yuan (tier ${wage.tier} from ${wage.effectiveFrom}) even before insurance (Shanxi measures)`,
    );
  }
  if (c.probationMonthlyPayFen !== null) {
    const least = percentOfFen(c.monthlyBasePayFen as Fen, 80);
    if (c.probationMonthlyPayFen < least)
      warnings.push(`Labor Contract Law art. 20: probation pay ${yuan(c.probationMonthlyPayFen)} yuan is below 80% of the contract wage (${yuan(least)} yuan)`);
    else if (wage && employment && c.probationMonthlyPayFen < wage.monthlyFen)
      warnings.push(
        `Labor Contract Law art. 20: probation pay ${yuan(c.probationMonthlyPayFen)} yuan is below the minimum wage of ${yuan(wage.monthlyFen)} yuan`,
      );
  }
  return warnings;
}

@Injectable()
export class ContractPayFloorCheck implements ContractCheck {
  async warnings(em: EntityManager, contracts: ContractTerms[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!contracts.length) return out;
    const counties = [...new Set(contracts.map((c) => c.regionCode.slice(0, 6)))];
    const [tiers, rows] = await Promise.all([
      em.find(CountyWageTier, { countyCode: { $in: counties } }),
      em.find(MinimumWage, { provinceCode: { $in: [...new Set(counties.map((c) => c.slice(0, 2)))] } }),
    ]);
    for (const c of contracts) {
      const county = c.regionCode.slice(0, 6);
      const tier = tierOn(tiers, county, c.startDate);
      const warnings = contractFloorWarnings(c, tier ? minimumWageOn(rows, county.slice(0, 2), tier, c.startDate) : null);
      if (warnings.length) out.set(c.id, warnings);
    }
    return out;
  }
}
