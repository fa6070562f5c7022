// Grid sizing advice. It is guidance in the texts, so it yields warnings, never errors; and it is a
// province's (or city's) own, so where no policy sets it (Shanxi) there is none.
import { RegionLevel } from '@gridhr/common';
import { GridKind, GridSetting } from './grid.entity';

/** One size band: the grids it applies to (by setting and/or region level) and their advised size. */
export interface GridSizeBand {
  setting?: GridSetting;
  regionLevel?: RegionLevel.COMMUNITY | RegionLevel.VILLAGE;
  householdsMin: number;
  householdsMax: number;
  /** "or about N people": a grid within the households or near this population is fine. */
  populationAbout: number;
  /** The text it comes from, named in the warning. */
  source?: string;
}

/** The policy grid.sizing: bands tried in order (the first that applies counts), and the tolerance on both measures. */
export interface GridSizing {
  tolerancePercent: number;
  bands: GridSizeBand[];
}

export interface GridSize {
  kind: GridKind;
  setting: GridSetting;
  regionLevel: RegionLevel;
  households: number;
  population: number;
}

const GRID_CODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;

/**
 * Unified grid codes are county-assigned: letters, digits and dashes, at most 32, and numbered (the
 * community's division code and a sequence, 140799001001-01, or a county's own T-07): a code with no
 * digit (`abc`) is a name typed in the wrong column.
 */
export function gridCodeProblem(code: string): string | null {
  if (typeof code !== 'string' || !GRID_CODE.test(code)) return 'must be 1-32 letters, digits or dashes, starting with a letter or digit';
  if (!/\d/.test(code)) return 'must contain the grid’s number (a code like 140799001001-01); a code of letters only is not a grid code';
  return null;
}

const whole = (n: unknown, max: number) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max;

/** A problem description, or null for an acceptable grid.sizing value (null: no sizing advice). */
export function gridSizingProblem(value: unknown): string | null {
  if (value === null) return null;
  const v = value as Partial<GridSizing>;
  if (typeof v !== 'object' || Array.isArray(v)) return 'must be null or an object { tolerancePercent, bands }';
  if (!whole(v.tolerancePercent, 100)) return 'tolerancePercent must be a whole number 0-100';
  if (!Array.isArray(v.bands) || v.bands.length === 0 || v.bands.length > 8) return 'bands must be a list of 1-8 bands';
  for (const band of v.bands as Partial<GridSizeBand>[]) {
    if (typeof band !== 'object' || band === null)
      return 'each band must be an object { setting?, regionLevel?, householdsMin, householdsMax, populationAbout }';
    if (band.setting !== undefined && !Object.values(GridSetting).includes(band.setting)) return 'a band setting must be URBAN or RURAL';
    if (band.regionLevel !== undefined && band.regionLevel !== RegionLevel.COMMUNITY && band.regionLevel !== RegionLevel.VILLAGE)
      return 'a band regionLevel must be COMMUNITY or VILLAGE';
    if (!whole(band.householdsMin, 100_000) || !whole(band.householdsMax, 100_000) || band.householdsMin! > band.householdsMax!)
      return 'a band needs householdsMin <= householdsMax, whole numbers 0-100000';
    if (!whole(band.populationAbout, 1_000_000)) return 'a band populationAbout must be a whole number 0-1000000';
    if (band.source !== undefined && (typeof band.source !== 'string' || band.source.length > 200))
      return 'a band source must be text of at most 200 characters';
  }
  return null;
}

/** The band that applies to a grid, if any. */
export function sizeBandFor(grid: Pick<GridSize, 'setting' | 'regionLevel'>, sizing: GridSizing): GridSizeBand | null {
  return (
    sizing.bands.find((b) => (b.setting === undefined || b.setting === grid.setting) && (b.regionLevel === undefined || b.regionLevel === grid.regionLevel)) ??
    null
  );
}

/**
 * Split advice when a grid is past its band on both measures, merge advice when it is short on both, each
 * beyond the tolerance ("300-500 households or about 1000 people": either measure within keeps it quiet).
 * An exclusive grid (school, hospital, company) has no size threshold: Yongzhou [002] says it "may" be drawn.
 */
export function gridSizingWarnings(grid: GridSize, sizing: GridSizing | null): string[] {
  if (!sizing || grid.kind === GridKind.EXCLUSIVE) return [];
  const band = sizeBandFor(grid, sizing);
  if (!band) return [];
  const above = (n: number) => Math.floor((n * (100 + sizing.tolerancePercent)) / 100);
  const below = (n: number) => Math.ceil((n * (100 - sizing.tolerancePercent)) / 100);
  const households = band.householdsMin === band.householdsMax ? `about ${band.householdsMax}` : `${band.householdsMin}-${band.householdsMax}`;
  const advised = `A grid here is advised to have ${households} households or about ${band.populationAbout} people; this one has ${grid.households} households and ${grid.population} people`;
  const cite = band.source ? ` (${band.source})` : '';
  if (grid.households > above(band.householdsMax) && grid.population > above(band.populationAbout)) return [`${advised}: consider splitting it${cite}`];
  if (grid.households < below(band.householdsMin) && grid.population < below(band.populationAbout)) return [`${advised}: consider merging it${cite}`];
  return [];
}
