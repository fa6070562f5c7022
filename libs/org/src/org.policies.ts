import { definePolicies } from '@gridhr/platform';

/** Grid sizing advice (warnings, never errors). */
export const GRID_POLICIES = definePolicies({
  // Zigong measures [001] and Yongzhou provisions [002]: urban grids 300-500 households or about 1000 people.
  'grid.urbanHouseholdsMin': {
    kind: 'int',
    default: 300,
    min: 0,
    max: 100_000,
    description: 'Urban grid: fewest households advised',
    source: 'Zigong measures [001], Yongzhou [002]',
  },
  'grid.urbanHouseholdsMax': {
    kind: 'int',
    default: 500,
    min: 0,
    max: 100_000,
    description: 'Urban grid: most households advised',
    source: 'Zigong measures [001]',
  },
  'grid.urbanPopulationMax': {
    kind: 'int',
    default: 1000,
    min: 0,
    max: 1_000_000,
    description: 'Urban grid: about this many residents',
    source: 'Zigong measures [001], Yongzhou [002]',
  },
  // Yongzhou provisions: rural grids about 200 households / 500 people.
  'grid.ruralHouseholdsMax': {
    kind: 'int',
    default: 200,
    min: 0,
    max: 100_000,
    description: 'Rural grid: about this many households',
    source: 'Yongzhou provisions [002]',
  },
  'grid.ruralPopulationMax': {
    kind: 'int',
    default: 500,
    min: 0,
    max: 1_000_000,
    description: 'Rural grid: about this many residents',
    source: 'Yongzhou provisions [002]',
  },
  // Yongzhou provisions: a unit with more than 1000 residents gets an exclusive grid.
  'grid.exclusiveResidentsMin': {
    kind: 'int',
    default: 1000,
    min: 0,
    max: 1_000_000,
    description: 'Residents above which a school, hospital, park or company gets an exclusive grid',
    source: 'Yongzhou provisions [002]',
  },
  'grid.sizingTolerancePercent': {
    kind: 'int',
    default: 20,
    min: 0,
    max: 100,
    description: 'How far past an "about" figure a grid may go before a warning',
    source: 'GridHR default',
  },
});
