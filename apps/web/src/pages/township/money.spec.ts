import { describe, expect, it } from '@jest/globals';
import { toFen, yuan } from './money';

describe('money', () => {
  it('shows fen as yuan with two decimals', () => {
    expect(yuan(215_000)).toBe('2,150.00');
    expect(yuan(5)).toBe('0.05');
    expect(yuan(-32_050)).toBe('-320.50');
    expect(yuan(0)).toBe('0.00');
  });
  it('reads typed yuan as integer fen without float drift', () => {
    expect(toFen(150.5)).toBe(15_050);
    expect(toFen(0.29)).toBe(29);
    expect(toFen(1980)).toBe(198_000);
  });
});
