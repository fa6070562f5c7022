// Grid sizing advice. It is guidance in the texts, so it yields warnings, never errors.
import { GridKind, GridSetting } from './grid.entity';

export interface GridSizingPolicy {
  urbanHouseholdsMin: number;
  urbanHouseholdsMax: number;
  urbanPopulationMax: number;
  ruralHouseholdsMax: number;
  ruralPopulationMax: number;
  exclusiveResidentsMin: number;
  tolerancePercent: number;
}

export interface GridSize {
  kind: GridKind;
  setting: GridSetting;
  households: number;
  population: number;
}

const GRID_CODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;

/** Unified grid codes are county-assigned: letters, digits and dashes, at most 32. */
export function gridCodeProblem(code: string): string | null {
  return GRID_CODE.test(code) ? null : 'must be 1-32 letters, digits or dashes, starting with a letter or digit';
}

export function gridSizingWarnings(grid: GridSize, p: GridSizingPolicy): string[] {
  const over = (value: number, about: number) => value > Math.floor((about * (100 + p.tolerancePercent)) / 100);
  const warnings: string[] = [];
  if (grid.kind === GridKind.EXCLUSIVE) {
    // Yongzhou provisions [002]: exclusive grids for units with more than 1000 residents.
    if (grid.population <= p.exclusiveResidentsMin) {
      warnings.push(
        `An exclusive grid is meant for a unit with more than ${p.exclusiveResidentsMin} residents; this one has ${grid.population} (Yongzhou [002])`,
      );
    }
    return warnings;
  }
  if (grid.setting === GridSetting.URBAN) {
    // Zigong [001], Yongzhou [002]: urban grids of 300-500 households or about 1000 people.
    if (grid.households > p.urbanHouseholdsMax && over(grid.population, p.urbanPopulationMax)) {
      warnings.push(
        `An urban grid is advised to have ${p.urbanHouseholdsMin}-${p.urbanHouseholdsMax} households or about ${p.urbanPopulationMax} people; this one has ${grid.households} households and ${grid.population} people: consider splitting it (Zigong [001], Yongzhou [002])`,
      );
    } else if (grid.households < p.urbanHouseholdsMin && grid.population < Math.floor(p.urbanPopulationMax / 2)) {
      warnings.push(
        `An urban grid is advised to have ${p.urbanHouseholdsMin}-${p.urbanHouseholdsMax} households; this one has ${grid.households}: consider merging it (Zigong [001])`,
      );
    }
  } else if (over(grid.households, p.ruralHouseholdsMax) && over(grid.population, p.ruralPopulationMax)) {
    // Yongzhou provisions [002]: rural grids of about 200 households / 500 people.
    warnings.push(
      `A rural grid is advised to have about ${p.ruralHouseholdsMax} households / ${p.ruralPopulationMax} people; this one has ${grid.households} households and ${grid.population} people: consider splitting it (Yongzhou [002])`,
    );
  }
  return warnings;
}
