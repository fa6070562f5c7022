import { definePolicies } from '@gridhr/platform';
import { GridSizing, gridSizingProblem } from './grid.rules';

export const GRID_POLICIES = definePolicies({
  // Sizing is a province's guidance (Zigong [001] for Sichuan, Yongzhou [002] for Hunan; Shanxi sets none).
  'grid.sizing': {
    kind: 'json',
    default: null as GridSizing | null,
    check: gridSizingProblem,
    description:
      'Advised grid size (warnings, never errors): bands by setting and/or region level with households and "about" population, and the tolerance on both; null for none',
    source: 'No national size: Sichuan and Hunan set theirs (Zigong measures [001] art. 8, Yongzhou provisions [002]); GridHR default none',
  },
});
