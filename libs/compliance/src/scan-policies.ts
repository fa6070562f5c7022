import { EntityManager } from '@mikro-orm/postgresql';
import { pgTextArray, RegionLevel } from '@gridhr/common';
import { EffectivePolicy, PolicyService } from '@gridhr/policy';
import { ComplianceRule } from './compliance-rule';

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

  /** The rule's values per region, as JSON, by rule id and region code (null: no such region). */
  private readonly values = new Map<string, string | null>();

  /**
   * The rule's `policy` relation for the regions with these codes, as the JSON the chunk statement reads:
   * one element per distinct set of values, with the codes having it (`[{"codes": [...], "v": {...}}]`).
   * Regions mostly share their values, so this is a few kB where one element per region was up to 1 MB a
   * chunk to build, escape and parse (most of the scan's time in Node, in garbage collection).
   */
  async json(em: EntityManager, rule: ComplianceRule, codes: readonly string[]): Promise<string> {
    if (!rule.policyKeys.length) return '[]';
    const distinct = [...new Set(codes)];
    const missing = distinct.filter((code) => !this.byCode.has(code));
    if (missing.length) {
      const regions = await em.execute<{ code: string; level: RegionLevel }[]>(`select code, level from region where code = any(?::text[])`, [
        pgTextArray(missing),
      ]);
      const resolved = await this.policy.forRegions(regions, this.asOf, em);
      for (const code of missing) this.byCode.set(code, resolved.get(code) ?? null);
    }
    const groups = new Map<string, string[]>();
    for (const code of distinct) {
      const v = this.valuesOf(rule, code);
      if (v === null) continue;
      const group = groups.get(v);
      if (group) group.push(code);
      else groups.set(v, [code]);
    }
    return `[${[...groups].map(([v, group]) => `{"codes":${JSON.stringify(group)},"v":${v}}`).join(',')}]`;
  }

  private valuesOf(rule: ComplianceRule, code: string): string | null {
    const key = `${rule.id} ${code}`;
    let v = this.values.get(key);
    if (v === undefined) {
      const policy = this.byCode.get(code);
      v = policy ? JSON.stringify(Object.fromEntries(rule.policyKeys.map((k) => [k, policy.value(k)]))) : null;
      this.values.set(key, v);
    }
    return v;
  }
}
