import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ancestorCodes, AuthUser, Clock, InvalidInput, NotFound, RegionLevel } from '@gridhr/common';
import { AuditService, snapshot } from '@gridhr/audit';
import { findRegion } from './region-ref';
import { PluginRegistry, PolicyDefinitions, policyValueProblem } from '@gridhr/platform';
import { PolicySetting } from './policy-setting.entity';
import { EffectiveValue, resolvePolicy } from './policy.rules';

/** The policy values in force for one region on one date. */
export class EffectivePolicy {
  constructor(private readonly values: Map<string, EffectiveValue>) {}

  /** A value, typed by the declaring domain's definitions: `policy.get(TRAINING_POLICIES, 'training.checkpoints')`. */
  get<D extends PolicyDefinitions, K extends keyof D & string>(_definitions: D, key: K): D[K]['default'] {
    return this.value(key) as D[K]['default'];
  }

  /** A value by key, untyped (for SQL parameters). */
  value(key: string): unknown {
    const found = this.values.get(key);
    if (!found) throw new Error(`policy key ${key} is not declared by any domain`);
    return found.value;
  }

  all(): EffectiveValue[] {
    return [...this.values.values()];
  }
}

@Injectable()
export class PolicyService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly registry: PluginRegistry,
  ) {}

  /** Values in force for the region with `code` (any level) on `on` (default today). */
  async forRegion(region: { code: string; level: RegionLevel }, on: string = this.clock.today(), em: EntityManager = this.em): Promise<EffectivePolicy> {
    const settings = await em.find(PolicySetting, { regionCode: { $in: ancestorCodes(region.code, region.level) }, effectiveFrom: { $lte: on } });
    return new EffectivePolicy(resolvePolicy(settings, this.registry.policies, region.code, region.level, on));
  }

  /** Values in force for many regions at once (one query), keyed by region code: for scans and reports. */
  async forRegions(regions: { code: string; level: RegionLevel }[], on: string, em: EntityManager = this.em): Promise<Map<string, EffectivePolicy>> {
    const codes = [...new Set(regions.flatMap((r) => ancestorCodes(r.code, r.level)))];
    const settings = codes.length ? await em.find(PolicySetting, { regionCode: { $in: codes }, effectiveFrom: { $lte: on } }) : [];
    return new Map(regions.map((r) => [r.code, new EffectivePolicy(resolvePolicy(settings, this.registry.policies, r.code, r.level, on))]));
  }

  /** Every value in force for a region in the caller's scope, with its description and source. */
  async effectiveFor(user: AuthUser, regionId: string, on?: string) {
    const region = await findRegion(this.em, user, regionId);
    return (await this.forRegion(region, on)).all().map((v) => {
      const def = this.registry.policies[v.key];
      return { ...v, description: def.description, defaultSource: def.source };
    });
  }

  /** Settings stored on one region (its own, not inherited), newest first. */
  async settingsOf(user: AuthUser, regionId: string): Promise<PolicySetting[]> {
    const region = await findRegion(this.em, user, regionId);
    return this.em.find(PolicySetting, { regionCode: region.code }, { orderBy: { key: 'asc', effectiveFrom: 'desc' } });
  }

  /** Sets (or replaces, for the same date) a region's value for a key from `effectiveFrom` on. */
  async set(user: AuthUser, input: { regionId: string; key: string; value: unknown; effectiveFrom: string; source?: string | null }): Promise<PolicySetting> {
    const definition = this.registry.policies[input.key];
    if (!definition) throw new InvalidInput('input.key', `is not a policy key; known: ${Object.keys(this.registry.policies).join(', ')}`);
    const problem = policyValueProblem(definition, input.value);
    if (problem) throw new InvalidInput('input.value', problem);
    return this.em.transactional(async (tx) => {
      const region = await findRegion(tx, user, input.regionId);
      let setting = await tx.findOne(PolicySetting, { regionCode: region.code, key: input.key, effectiveFrom: input.effectiveFrom });
      const before = setting ? snapshot(setting) : null;
      if (setting) {
        setting.value = input.value;
        setting.source = input.source ?? null;
      } else {
        setting = tx.create(PolicySetting, {
          regionCode: region.code,
          key: input.key,
          value: input.value,
          effectiveFrom: input.effectiveFrom,
          source: input.source ?? null,
        });
      }
      await tx.flush();
      this.audit.record(tx, user, {
        entity: 'PolicySetting',
        entityId: setting.id,
        action: before ? 'UPDATE' : 'CREATE',
        before,
        after: snapshot(setting),
        regionCode: region.code,
      });
      return setting;
    });
  }

  /** Removes one stored setting; the inherited or default value applies again. */
  async remove(user: AuthUser, settingId: string): Promise<boolean> {
    return this.em.transactional(async (tx) => {
      const setting = await tx.findOne(PolicySetting, settingId);
      if (!setting || !setting.regionCode.startsWith(user.scopePrefix)) throw new NotFound('PolicySetting', settingId);
      this.audit.record(tx, user, {
        entity: 'PolicySetting',
        entityId: setting.id,
        action: 'DELETE',
        before: snapshot(setting),
        after: null,
        regionCode: setting.regionCode,
      });
      tx.remove(setting);
      return true;
    });
  }
}
