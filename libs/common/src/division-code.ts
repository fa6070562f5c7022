// Statistical division codes (统计用区划代码): 12 digits = GB/T 2260 province(2) city(2) county(2)
// + township(3) + village/community(3). A region's descendants share the prefix of its level.
export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  COMMUNITY = 'COMMUNITY',
  VILLAGE = 'VILLAGE',
}

const PREFIX_LENGTH: Record<RegionLevel, number> = {
  PROVINCE: 2,
  CITY: 4,
  COUNTY: 6,
  TOWNSHIP: 9,
  COMMUNITY: 12,
  VILLAGE: 12,
};

/** The level a child of `level` may have. */
export const CHILD_LEVELS: Record<RegionLevel, RegionLevel[]> = {
  PROVINCE: [RegionLevel.CITY],
  CITY: [RegionLevel.COUNTY],
  COUNTY: [RegionLevel.TOWNSHIP],
  TOWNSHIP: [RegionLevel.COMMUNITY, RegionLevel.VILLAGE],
  COMMUNITY: [],
  VILLAGE: [],
};

export function prefixLength(level: RegionLevel): number {
  return PREFIX_LENGTH[level];
}

/** The code prefix shared by a region and its whole subtree. */
export function scopePrefix(code: string, level: RegionLevel): string {
  return code.slice(0, PREFIX_LENGTH[level]);
}

/**
 * SQL: the code column `column` starts with the prefix `prefix` (an SQL expression, e.g. computed from
 * another row). A LIKE with a computed pattern is never an index condition, so a join on it scans the whole
 * table once per outer row; this range is served by the column's text_pattern_ops index. Codes are digits,
 * so every code of the prefix sorts before the prefix followed by '~'.
 */
export function codeUnderSql(column: string, prefix: string): string {
  return `(${column} ~>=~ (${prefix}) and ${column} ~<~ ((${prefix}) || '~'))`;
}

/** Returns a problem description, or null when `code` is a valid code for a region of `level` under `parent`. */
export function divisionCodeProblem(code: string, level: RegionLevel, parent: { code: string; level: RegionLevel } | null): string | null {
  if (!/^\d{12}$/.test(code)) return 'must be exactly 12 digits';
  const length = PREFIX_LENGTH[level];
  if (!/^0*$/.test(code.slice(length))) {
    return `a ${level} code has only its first ${length} digits set; the rest must be 0`;
  }
  const parentLength = parent ? PREFIX_LENGTH[parent.level] : 0;
  if (/^0+$/.test(code.slice(parentLength, length))) {
    return `digits ${parentLength + 1}-${length} (the ${level} part) must not all be 0`;
  }
  if (parent) {
    if (!CHILD_LEVELS[parent.level].includes(level)) {
      return `a ${level} cannot sit under a ${parent.level}`;
    }
    if (!code.startsWith(scopePrefix(parent.code, parent.level))) {
      return `must start with the parent's prefix ${scopePrefix(parent.code, parent.level)}`;
    }
  } else if (level !== RegionLevel.PROVINCE) {
    return `a ${level} needs a parent region`;
  }
  return null;
}

/** Codes of a region's ancestors from the top, the region itself last. */
export function ancestorCodes(code: string, level: RegionLevel): string[] {
  const lengths = [2, 4, 6, 9, 12].filter((n) => n <= PREFIX_LENGTH[level]);
  return lengths.map((n) => code.slice(0, n).padEnd(12, '0'));
}

/**
 * Counts and reports roll up one level below the region asked for: a province's by city, a city's by
 * county, a county's by township; a township's (and a village's) stay its own. The prefix length of the
 * rows for a region whose prefix has `prefixLength` digits.
 */
export function rollupPrefixLength(prefixLength: number): number {
  return ({ 2: 4, 4: 6, 6: 9 } as Record<number, number>)[prefixLength] ?? prefixLength;
}

/** SQL: the 12-digit code of the row a record with division code `codeExpr` rolls up to (see rollupPrefixLength). */
export function rollupCodeSql(codeExpr: string, prefixLength: number): string {
  const n = rollupPrefixLength(prefixLength);
  return `rpad(substr(${codeExpr}, 1, ${n}), 12, '0')`;
}
