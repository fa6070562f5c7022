// Places by name: a township's sheet names its communities, villages, townships and grids the way people
// say them (东风社区, 东风, 东风社区居委会; 第一网格, 1网格, 东风社区第1网格), not by code. Resolved against
// the regions and grids of the importer's scope, loaded once for the whole sheet. Pure.
import { RegionLevel } from '@gridhr/common';
import { compactText } from '@gridhr/sheets';
import { PlaceNames } from './worker-sheet';

export interface PlaceRegion {
  code: string;
  name: string;
  level: RegionLevel;
  active: boolean;
}

export interface PlaceGrid {
  code: string;
  name: string;
  regionCode: string;
  active: boolean;
}

export type PlaceField = 'townshipName' | 'communityName' | 'gridName';

export interface PlaceProblem {
  field: PlaceField;
  value: string;
  problem: string;
}

// The formal endings of a place's name, which a sheet may add or leave out: 东风社区居民委员会 is 东风社区 is 东风.
const SUFFIXES = ['居民委员会', '村民委员会', '街道办事处', '人民政府', '办事处', '居委会', '村委会', '街道办', '街道', '社区', '村', '镇', '乡'];

/** A place name without its formal endings (never shorter than two characters). */
export function placeStem(name: string): string {
  let stem = compactText(name);
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of SUFFIXES) {
      if (stem.endsWith(suffix) && stem.length - suffix.length >= 2) {
        stem = stem.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return stem;
}

const NUMERALS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function chineseNumber(text: string): string {
  const tens = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (tens) return String((tens[1] ? NUMERALS[tens[1]] : 1) * 10 + (tens[2] ? NUMERALS[tens[2]] : 0));
  return text.length === 1 ? String(NUMERALS[text]) : text;
}

/** A grid name as compared: 第一网格, 第01网格, 1网格 and 1 are one name. */
export function gridKey(name: string): string {
  return compactText(name)
    .replace(/[零〇一二两三四五六七八九十]+/g, chineseNumber)
    .replace(/第|网格/g, '')
    .replace(/\d+/g, (digits) => String(Number(digits)));
}

function stripPrefix(text: string, prefix: string): string | null {
  return prefix && text.startsWith(prefix) && text.length > prefix.length ? text.slice(prefix.length) : null;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);
const unique = <T>(list: T[]) => [...new Set(list)];

/** The places of the importer's scope, indexed by their names. */
export class PlaceDirectory {
  private readonly byCode = new Map<string, PlaceRegion>();
  private readonly regionsByName = new Map<string, PlaceRegion[]>();
  private readonly regionsByStem = new Map<string, PlaceRegion[]>();
  private readonly gridsByName = new Map<string, PlaceGrid[]>();
  private readonly gridsByShortName = new Map<string, PlaceGrid[]>();
  private readonly communities: { region: PlaceRegion; name: string; stem: string }[] = [];

  constructor(regions: PlaceRegion[], grids: PlaceGrid[]) {
    for (const r of regions) {
      this.byCode.set(r.code, r);
      push(this.regionsByName, compactText(r.name), r);
      push(this.regionsByStem, placeStem(r.name), r);
      if (r.level !== RegionLevel.TOWNSHIP) this.communities.push({ region: r, name: compactText(r.name), stem: placeStem(r.name) });
    }
    for (const g of grids) {
      push(this.gridsByName, gridKey(g.name), g);
      const region = this.byCode.get(g.regionCode);
      // A grid named 东风社区第1网格 is also 第1网格 of 东风社区.
      const short = region ? [stripPrefix(compactText(g.name), compactText(region.name)), stripPrefix(compactText(g.name), placeStem(region.name))] : [];
      for (const key of unique([gridKey(g.name), ...short.filter((s): s is string => !!s).map(gridKey)])) push(this.gridsByShortName, key, g);
    }
  }

  /** Regions of these levels under `prefix` named `name`: exact names first, else the same stem. */
  private regions(name: string, levels: RegionLevel[], prefix: string): PlaceRegion[] {
    const fits = (r: PlaceRegion) => levels.includes(r.level) && r.code.startsWith(prefix) && r.active;
    const exact = (this.regionsByName.get(compactText(name)) ?? []).filter(fits);
    return exact.length ? exact : (this.regionsByStem.get(placeStem(name)) ?? []).filter(fits);
  }

  private grids(name: string, prefix: string): PlaceGrid[] {
    const fits = (g: PlaceGrid) => g.regionCode.startsWith(prefix) && g.active;
    const exact = (this.gridsByName.get(gridKey(name)) ?? []).filter(fits);
    if (exact.length) return exact;
    const found = (this.gridsByShortName.get(gridKey(name)) ?? []).filter(fits);
    if (found.length) return found;
    // 东风社区第1网格 when the grid is named 第1网格: the community's name is a prefix of the text.
    const text = compactText(name);
    for (const { region, name: full, stem } of this.communities) {
      if (!region.code.startsWith(prefix) && !prefix.startsWith(region.code)) continue;
      for (const rest of [stripPrefix(text, full), stripPrefix(text, stem)]) {
        if (rest) found.push(...(this.gridsByShortName.get(gridKey(rest)) ?? []).filter((g) => fits(g) && g.regionCode === region.code));
      }
    }
    return unique(found);
  }

  private townshipOf(code: string): string {
    return this.byCode.get(code.slice(0, 9).padEnd(12, '0'))?.name ?? code.slice(0, 9);
  }

  private describeRegion(r: PlaceRegion): string {
    return r.level === RegionLevel.TOWNSHIP ? `${r.name}（${r.code}）` : `${r.name}（${this.townshipOf(r.code)}，${r.code}）`;
  }

  private describeGrid(g: PlaceGrid): string {
    return `${g.name}（${this.byCode.get(g.regionCode)?.name ?? g.regionCode}，${g.code}）`;
  }

  /** Names a user may have meant when nothing matched: sharing two characters with it, at most five. */
  private similar(name: string, names: string[]): string[] {
    const chars = new Set(placeStem(name));
    return unique(names)
      .map((n) => ({ n, shared: [...new Set(n)].filter((c) => chars.has(c)).length }))
      .filter((c) => c.shared >= Math.min(2, chars.size))
      .sort((a, b) => b.shared - a.shared)
      .slice(0, 5)
      .map((c) => c.n);
  }

  /**
   * The managing region and grid of a row from its names (and codes), within `scopePrefix`. A name that
   * matches none or several places is a problem listing the candidates.
   */
  resolve(place: PlaceNames, codes: { region: string | null; grid: string | null }, scopePrefix: string) {
    const problems: PlaceProblem[] = [];
    let prefix = scopePrefix;
    let regionCode: string | null = null;
    let named: PlaceField | null = null;
    const pick = <T>(field: PlaceField, name: string, found: T[], what: string, describe: (t: T) => string, all: () => string[]): T | null => {
      if (found.length === 1) return found[0];
      if (found.length > 1) {
        problems.push({
          field,
          value: name,
          problem: `“${name}”对应多个${what}：${found.map(describe).join('、')}；请改填代码，或同时填写所属乡镇（街道）、社区（村）`,
        });
      } else {
        const near = this.similar(name, all());
        problems.push({ field, value: name, problem: `您的管辖范围内找不到名为“${name}”的${what}${near.length ? `；相近的有：${near.join('、')}` : ''}` });
      }
      return null;
    };
    const names = (levels: RegionLevel[]) => [...this.byCode.values()].filter((r) => levels.includes(r.level) && r.code.startsWith(prefix)).map((r) => r.name);
    if (place.township) {
      const levels = [RegionLevel.TOWNSHIP];
      const township = pick(
        'townshipName',
        place.township,
        this.regions(place.township, levels, prefix),
        '乡镇（街道）',
        (r) => this.describeRegion(r),
        () => names(levels),
      );
      if (!township) return { regionCode: null, gridCode: null, problems };
      [prefix, regionCode, named] = [township.code.slice(0, 9), township.code, 'townshipName'];
    }
    if (place.community) {
      const levels = [RegionLevel.COMMUNITY, RegionLevel.VILLAGE];
      const community = pick(
        'communityName',
        place.community,
        this.regions(place.community, levels, prefix),
        '社区（村）',
        (r) => this.describeRegion(r),
        () => names(levels),
      );
      if (!community) return { regionCode: null, gridCode: null, problems };
      [prefix, regionCode, named] = [community.code, community.code, 'communityName'];
    }
    let gridCode: string | null = null;
    // A code alone narrows the search for the grid to its community, or its township.
    const coded = codes.region && !named ? this.byCode.get(codes.region) : undefined;
    if (coded) prefix = coded.level === RegionLevel.TOWNSHIP ? coded.code.slice(0, 9) : coded.code;
    if (place.grid) {
      const all = () =>
        [...this.gridsByName.values()]
          .flat()
          .filter((g) => g.regionCode.startsWith(prefix))
          .map((g) => g.name);
      const grid = pick('gridName', place.grid, this.grids(place.grid, prefix), '网格', (g) => this.describeGrid(g), all);
      if (!grid) return { regionCode: null, gridCode: null, problems };
      gridCode = grid.code;
      // A sheet naming only the grid: the worker is managed by the grid's community or village.
      regionCode ??= grid.regionCode;
    }
    // Both a code and a name: they must mean the same place (a code under a named township will do).
    if (codes.region && named && !codes.region.startsWith(prefix))
      problems.push({
        field: named,
        value: place[named === 'townshipName' ? 'township' : 'community']!,
        problem: `与所填区划代码${codes.region}不是同一个地方`,
      });
    if (codes.grid && gridCode && codes.grid !== gridCode)
      problems.push({ field: 'gridName', value: place.grid ?? '', problem: `与所填网格编码${codes.grid}不是同一个网格` });
    return { regionCode: codes.region ?? regionCode, gridCode: codes.grid ?? gridCode, problems };
  }
}
