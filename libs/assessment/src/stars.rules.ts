// Star-level grid management (Zigong measures art. 17 [001]: 推行星级网格管理制度). The measures name the
// system, not the arithmetic: the rule is GridHR's default, kept in policy (assessment.starRule).
import { AssessmentLevel } from './assessment.enums';
import { StarRule } from './assessment.policies';

export const MIN_STARS = 1;
export const MAX_STARS = 5;

/**
 * The stars after a rating. `previousStars` is the worker's star level before it (null: never rated,
 * start at `rule.initial`); `earlierLevels` are the worker's levels in the cycles of the same kind just
 * before this one, newest first, stopping at the first cycle the worker was not rated in.
 * - EXCELLENT: +1 each time the run of EXCELLENT in a row reaches a multiple of `rule.excellentInARow`
 *   (by default twice in a row: +1; four times: +1 again);
 * - COMPETENT: unchanged;
 * - BASIC: −`rule.basicLoses`;
 * - INCOMPETENT: `rule.incompetentStars`, whatever came before.
 * Always 1 to 5.
 */
export function nextStars(previousStars: number | null, level: AssessmentLevel, earlierLevels: AssessmentLevel[], rule: StarRule): number {
  const start = previousStars ?? rule.initial;
  let stars = start;
  switch (level) {
    case AssessmentLevel.EXCELLENT: {
      const before = earlierLevels.findIndex((l) => l !== AssessmentLevel.EXCELLENT);
      const run = 1 + (before < 0 ? earlierLevels.length : before);
      if (run % rule.excellentInARow === 0) stars = start + 1;
      break;
    }
    case AssessmentLevel.BASIC:
      stars = start - rule.basicLoses;
      break;
    case AssessmentLevel.INCOMPETENT:
      stars = rule.incompetentStars;
      break;
    case AssessmentLevel.COMPETENT:
      break;
  }
  return Math.min(MAX_STARS, Math.max(MIN_STARS, stars));
}
