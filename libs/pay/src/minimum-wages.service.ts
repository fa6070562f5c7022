import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertVersion, AuthUser, Fen, InvalidInput, isIsoDate, NotFound } from '@gridhr/common';
import { AuditService, snapshot } from '@gridhr/audit';
import { Region } from '@gridhr/org';
import { CountyWageTier, MinimumWage } from './minimum-wage.entity';
import { confirmationProblem } from './minimum-wage.rules';
import { MinimumWageStatus } from './pay.enums';
import { payError, PayReason } from './pay.errors';
import { PayLine } from './payroll.entity';

export interface MinimumWageInput {
  provinceCode: string;
  tier: string;
  areas?: string | null;
  monthlyFen: Fen;
  hourlyFen: Fen;
  effectiveFrom?: string | null;
  source: string;
  verification: string;
  includesOwnContributions: boolean;
}

/**
 * The minimum-wage table (最低工资标准) as dated data: SYSADMIN enters a province's new notice, corrects a
 * row, confirms an UNCONFIRMED one with its date, and maps counties to tiers; everyone may read it. Audited.
 */
@Injectable()
export class MinimumWagesService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  list(provinceCode?: string | null): Promise<MinimumWage[]> {
    return this.em.find(MinimumWage, provinceCode ? { provinceCode } : {}, { orderBy: { provinceCode: 'asc', effectiveFrom: 'desc nulls last', tier: 'asc' } });
  }

  tiers(countyCodePrefix: string): Promise<CountyWageTier[]> {
    return this.em.find(CountyWageTier, { countyCode: { $like: `${countyCodePrefix}%` } }, { orderBy: { countyCode: 'asc', effectiveFrom: 'desc' } });
  }

  private async province(em: EntityManager, code: string): Promise<string> {
    const province = await em.findOne(Region, { code: code.padEnd(12, '0') });
    return province?.name ?? code;
  }

  /** A new row (a new notice): UNCONFIRMED until confirmed with its date. */
  async add(user: AuthUser, input: MinimumWageInput): Promise<MinimumWage> {
    return this.em.transactional(async (em) => {
      const row = em.create(MinimumWage, {
        ...input,
        areas: input.areas?.trim() || null,
        effectiveFrom: input.effectiveFrom ?? null,
        provinceName: await this.province(em, input.provinceCode),
        status: MinimumWageStatus.UNCONFIRMED,
      });
      this.audit.record(em, user, { entity: 'MinimumWage', entityId: row.id, action: 'CREATE', before: null, after: snapshot(row), regionCode: null });
      return row;
    });
  }

  /** Corrects a row; a confirmed row that changes goes back to UNCONFIRMED until confirmed again. */
  async update(user: AuthUser, input: { id: string; version: number } & Partial<MinimumWageInput>): Promise<MinimumWage> {
    return this.em.transactional(async (em) => {
      const row = await this.row(em, input.id, input.version);
      if (row.status === MinimumWageStatus.CONFIRMED && (await em.count(PayLine, { minimumWage: row })))
        throw payError(PayReason.WAGE_IN_USE, 'Pay has been checked against this minimum wage; enter the new notice as a new row instead', 'input.id');
      const before = snapshot(row);
      for (const key of ['tier', 'areas', 'monthlyFen', 'hourlyFen', 'effectiveFrom', 'source', 'verification', 'includesOwnContributions'] as const) {
        if (input[key] !== undefined) (row as unknown as Record<string, unknown>)[key] = input[key];
      }
      if (JSON.stringify(before) !== JSON.stringify(snapshot(row))) {
        row.status = MinimumWageStatus.UNCONFIRMED;
        row.confirmedBy = null;
      }
      await em.flush();
      this.audit.record(em, user, { entity: 'MinimumWage', entityId: row.id, action: 'UPDATE', before, after: snapshot(row), regionCode: null });
      return row;
    });
  }

  /** Confirms a row with the date its notice takes effect: from then on pay periods starting on or after it use it. */
  async confirm(user: AuthUser, input: { id: string; version: number; effectiveFrom?: string | null; verification: string }): Promise<MinimumWage> {
    return this.em.transactional(async (em) => {
      const row = await this.row(em, input.id, input.version);
      const before = snapshot(row);
      if (input.effectiveFrom) row.effectiveFrom = input.effectiveFrom;
      const problem = confirmationProblem(row);
      if (problem) throw payError(PayReason.WAGE_UNCONFIRMABLE, `This minimum wage ${problem}`, 'input.effectiveFrom');
      row.status = MinimumWageStatus.CONFIRMED;
      row.verification = input.verification.trim();
      row.confirmedBy = user.username;
      await em.flush();
      this.audit.record(em, user, { entity: 'MinimumWage', entityId: row.id, action: 'CONFIRM', before, after: snapshot(row), regionCode: null });
      return row;
    });
  }

  /** Puts a county in a tier of its province's standard from a date (the notice's annex). */
  async setCountyTier(user: AuthUser, input: { countyCode: string; tier: string; effectiveFrom: string; source: string }): Promise<CountyWageTier> {
    if (!isIsoDate(input.effectiveFrom)) throw new InvalidInput('input.effectiveFrom', 'must be a date');
    return this.em.transactional(async (em) => {
      const county = await em.findOne(Region, { code: input.countyCode.padEnd(12, '0') });
      if (!county) throw new InvalidInput('input.countyCode', `no county ${input.countyCode} on record`);
      const known = await em.count(MinimumWage, { provinceCode: input.countyCode.slice(0, 2), tier: input.tier });
      if (!known) throw new InvalidInput('input.tier', `the minimum-wage table has no tier ${input.tier} for province ${input.countyCode.slice(0, 2)}`);
      const existing = await em.findOne(CountyWageTier, { countyCode: input.countyCode, effectiveFrom: input.effectiveFrom });
      const before = existing ? snapshot(existing) : null;
      const mapping = existing ?? em.create(CountyWageTier, { ...input, setBy: user.username });
      Object.assign(mapping, { tier: input.tier, source: input.source.trim(), setBy: user.username });
      await em.flush();
      this.audit.record(em, user, {
        entity: 'CountyWageTier',
        entityId: mapping.id,
        action: existing ? 'UPDATE' : 'CREATE',
        before,
        after: snapshot(mapping),
        regionCode: county.code,
      });
      return mapping;
    });
  }

  private async row(em: EntityManager, id: string, version: number): Promise<MinimumWage> {
    const row = await em.findOne(MinimumWage, id);
    if (!row) throw new NotFound('MinimumWage', id);
    assertVersion(row, version, 'MinimumWage');
    return row;
  }
}
