import { ancestorCodes, RegionLevel } from '@gridhr/common';
import { PolicyDefinitions } from '@gridhr/platform';

export interface StoredSetting {
  regionCode: string;
  key: string;
  value: unknown;
  effectiveFrom: string;
}

export interface EffectiveValue {
  key: string;
  value: unknown;
  /** Code of the region whose setting applies, or null for GridHR's default. */
  setBy: string | null;
  effectiveFrom: string | null;
}

/**
 * The values in force for a region on a date: for each declared key, the setting of the nearest
 * ancestor (the region itself first) whose latest effective date is on or before `on`; else the default.
 */
export function resolvePolicy(
  settings: StoredSetting[],
  definitions: PolicyDefinitions,
  code: string,
  level: RegionLevel,
  on: string,
): Map<string, EffectiveValue> {
  const chain = ancestorCodes(code, level).reverse(); // nearest first
  const result = new Map<string, EffectiveValue>();
  for (const [key, def] of Object.entries(definitions)) {
    let chosen: StoredSetting | undefined;
    for (const regionCode of chain) {
      chosen = settings
        .filter((s) => s.key === key && s.regionCode === regionCode && s.effectiveFrom <= on)
        .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
      if (chosen) break;
    }
    result.set(
      key,
      chosen
        ? { key, value: chosen.value, setBy: chosen.regionCode, effectiveFrom: chosen.effectiveFrom }
        : { key, value: def.default, setBy: null, effectiveFrom: null },
    );
  }
  return result;
}
