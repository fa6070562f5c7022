import { EntityManager } from '@mikro-orm/postgresql';
import { pgTextArray, RegionLevel } from '@gridhr/common';
import { EffectivePolicy, PolicyService } from '@gridhr/policy';
import { ComplianceRule } from './compliance-rule';

/** A rule's `policy` relation: the values of its policy keys for each region of a chunk. */
export type PolicyRows = { region_code: string; v: Record<string, unknown> }[];

/**
 * The policies in force on a scan's day, resolved once per region for the whole run: every rule and
 * chunk after the first finds its regions here (resolving them per chunk and rule cost about 100 ms a
 * chunk, a quarter of a province scan). A run is one day's evaluation, so a setting changed while it
 * runs is read by the next run.
 */
export class ScanPolicies {
  /** Null: no region has that code (a subject whose code names no region gets no policy, so no finding). */
  private readonly byCode = new Map<string, EffectivePolicy | null>();

  constructor(
    private readonly policy: PolicyService,
    private readonly asOf: string,
  ) {}

  /** The rule's policy rows for the regions with these codes. */
  async rows(em: EntityManager, rule: ComplianceRule, codes: readonly string[]): Promise<PolicyRows> {
    if (!rule.policyKeys.length) return [];
    const distinct = [...new Set(codes)];
    const missing = distinct.filter((code) => !this.byCode.has(code));
    if (missing.length) {
      const regions = await em.execute<{ code: string; level: RegionLevel }[]>(`select code, level from region where code = any(?::text[])`, [
        pgTextArray(missing),
      ]);
      const resolved = await this.policy.forRegions(regions, this.asOf, em);
      for (const code of missing) this.byCode.set(code, resolved.get(code) ?? null);
    }
    return distinct.flatMap((code) => {
      const policy = this.byCode.get(code);
      return policy ? [{ region_code: code, v: Object.fromEntries(rule.policyKeys.map((key) => [key, policy.value(key)])) }] : [];
    });
  }
}
