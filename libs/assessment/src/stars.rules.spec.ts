import { AssessmentLevel } from './assessment.enums';
import { ASSESSMENT_POLICIES } from './assessment.policies';
import { nextStars } from './stars.rules';

const RULE = ASSESSMENT_POLICIES['assessment.starRule'].default;
const { EXCELLENT: E, COMPETENT: C, BASIC: B, INCOMPETENT: I } = AssessmentLevel;

describe('star levels (Zigong art. 17: star-level grid management; GridHR default rule in policy)', () => {
  it('starts at the initial stars, moved by the first rating', () => {
    expect(nextStars(null, E, [], RULE)).toBe(3);
    expect(nextStars(null, C, [], RULE)).toBe(3);
    expect(nextStars(null, B, [], RULE)).toBe(2);
    expect(nextStars(null, I, [], RULE)).toBe(1);
  });

  it('gives a star for EXCELLENT twice in a row, and again at four', () => {
    expect(nextStars(3, E, [E], RULE)).toBe(4);
    expect(nextStars(4, E, [E, E], RULE)).toBe(4);
    expect(nextStars(4, E, [E, E, E], RULE)).toBe(5);
    expect(nextStars(3, E, [C, E], RULE)).toBe(3);
  });

  it('never goes above 5 or below 1', () => {
    expect(nextStars(5, E, [E], RULE)).toBe(5);
    expect(nextStars(1, B, [], RULE)).toBe(1);
  });

  it('keeps the stars for COMPETENT, takes one for BASIC, and drops to 1 for INCOMPETENT', () => {
    expect(nextStars(4, C, [E], RULE)).toBe(4);
    expect(nextStars(4, B, [E], RULE)).toBe(3);
    expect(nextStars(5, I, [E, E], RULE)).toBe(1);
  });

  it('follows a jurisdiction’s rule', () => {
    expect(nextStars(2, E, [], { initial: 2, excellentInARow: 1, basicLoses: 2, incompetentStars: 1 })).toBe(3);
    expect(nextStars(4, B, [], { initial: 2, excellentInARow: 1, basicLoses: 2, incompetentStars: 1 })).toBe(2);
  });
});
