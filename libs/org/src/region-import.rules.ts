// Reading the national statistical division codes (统计用区划代码) a region file is made of.
import { RegionLevel } from '@gridhr/common';

/** Code lengths of the five levels: province 2, city 4, county 6, township 9, community or village 12. */
const LENGTHS = [2, 4, 6, 9, 12] as const;
const LEVEL_OF_LENGTH: Record<number, RegionLevel | null> = {
  2: RegionLevel.PROVINCE,
  4: RegionLevel.CITY,
  6: RegionLevel.COUNTY,
  9: RegionLevel.TOWNSHIP,
  12: null, // COMMUNITY or VILLAGE: decided by the classification, the level column or the name
};
const PART = ['省级', '地级', '县级', '乡级', '村级'];

export interface DivisionCode {
  /** The 12-digit code as stored. */
  code: string;
  /** Significant digits: 2, 4, 6, 9 or 12. */
  length: number;
  /** PROVINCE … TOWNSHIP, or null for the village level (COMMUNITY or VILLAGE). */
  level: RegionLevel | null;
  /** The 12-digit code of the parent, or null for a province. */
  parentCode: string | null;
}

/**
 * 统计用区划代码编制规则 (NBS, 国统字〔2009〕91号): 2 digits province, 2 city, 2 county, 3 township,
 * 3 village-level, no part all zeros. A code is given short (2, 4, 6 or 9 digits, as open packages
 * publish it) or in full 12 digits with zeros after its level (as the NBS table prints it).
 */
export function parseDivisionCode(text: string): DivisionCode | string {
  const digits = text.trim();
  if (!/^\d+$/.test(digits)) return '须为数字：2、4、6、9或12位统计用区划代码';
  if (!(LENGTHS as readonly number[]).includes(digits.length)) return `须为2、4、6、9或12位，这里是${digits.length}位`;
  const length = digits.length === 12 ? significantLength(digits) : digits.length;
  if (length === 0) return '不能全为0';
  for (let i = 0; i < LENGTHS.length && LENGTHS[i] <= length; i++) {
    const from = i === 0 ? 0 : LENGTHS[i - 1];
    if (/^0+$/.test(digits.slice(from, LENGTHS[i]))) return `第${from + 1}-${LENGTHS[i]}位（${PART[i]}）不能全为0`;
  }
  const index = LENGTHS.indexOf(length as (typeof LENGTHS)[number]);
  const code = digits.slice(0, length).padEnd(12, '0');
  return { code, length, level: LEVEL_OF_LENGTH[length], parentCode: index === 0 ? null : code.slice(0, LENGTHS[index - 1]).padEnd(12, '0') };
}

/** The length up to the last part that is not all zeros (0 when every digit is 0). */
function significantLength(code: string): number {
  for (let i = LENGTHS.length - 1; i >= 0; i--) {
    const from = i === 0 ? 0 : LENGTHS[i - 1];
    if (!/^0+$/.test(code.slice(from, LENGTHS[i]))) return LENGTHS[i];
  }
  return 0;
}

/**
 * 城乡分类代码 (NBS 统计用区划和城乡划分代码): 111 主城区, 112 城乡结合区, 121 镇中心区, 122 镇乡结合区,
 * 123 特殊区域 are urban (1xx) → COMMUNITY; 210 乡中心区, 220 村庄 are rural (2xx) → VILLAGE.
 * Undefined when the text is not one of these codes.
 */
export function levelFromClassification(text: string): RegionLevel.COMMUNITY | RegionLevel.VILLAGE | undefined {
  const code = text.trim();
  if (['111', '112', '121', '122', '123'].includes(code)) return RegionLevel.COMMUNITY;
  if (['210', '220'].includes(code)) return RegionLevel.VILLAGE;
  return undefined;
}

// 居民委员会 (居委会, 社区) are urban communities; 村民委员会 (村委会) are villages. The published table
// also abbreviates and misspells (村民委会, 村村委, 村委员会), which the village pattern still recognises.
const COMMUNITY_NAME = /居民?委|社区/;
const VILLAGE_NAME = /村民?委/;

/** COMMUNITY or VILLAGE from the committee's name; null when the name says neither, or both. */
export function levelFromName(name: string): RegionLevel.COMMUNITY | RegionLevel.VILLAGE | null {
  const community = COMMUNITY_NAME.test(name);
  const village = VILLAGE_NAME.test(name);
  if (community === village) return null;
  return community ? RegionLevel.COMMUNITY : RegionLevel.VILLAGE;
}

const LEVEL_WORDS: Record<RegionLevel.COMMUNITY | RegionLevel.VILLAGE, string[]> = {
  [RegionLevel.COMMUNITY]: ['社区', '居委会', '居民委员会', 'COMMUNITY'],
  [RegionLevel.VILLAGE]: ['村', '行政村', '村委会', '村民委员会', 'VILLAGE'],
};

/** The level a person wrote in the 级别 column; undefined when it is not a known word. */
export function levelFromLabel(text: string): RegionLevel.COMMUNITY | RegionLevel.VILLAGE | undefined {
  const word = text.trim().toUpperCase();
  return (Object.entries(LEVEL_WORDS) as [RegionLevel.COMMUNITY | RegionLevel.VILLAGE, string[]][]).find(([, words]) => words.includes(word))?.[0];
}

/**
 * The level of a village-level row: the 级别 column when filled, else the classification code, else the
 * name, else what is on record for an existing region; null when nothing tells (the row is a problem).
 */
export function villageLevel(row: {
  label: RegionLevel.COMMUNITY | RegionLevel.VILLAGE | undefined;
  classification: RegionLevel.COMMUNITY | RegionLevel.VILLAGE | undefined;
  name: string;
  existing: RegionLevel | null;
}): RegionLevel | null {
  return row.label ?? row.classification ?? levelFromName(row.name) ?? row.existing;
}
