import { addFen, compareFen, fen, parseYuan, percentOfFen, subtractFen, yuan } from './money';

describe('money in fen', () => {
  it('refuses floats and unsafe numbers', () => {
    expect(fen(198_000)).toBe(198_000);
    expect(() => fen(1980.5)).toThrow('not a whole number of fen');
    expect(() => fen(Number.MAX_SAFE_INTEGER + 2)).toThrow(RangeError);
    expect(() => fen(NaN)).toThrow(RangeError);
  });

  it('adds, subtracts, compares and takes percentages, rounding half up', () => {
    expect(addFen(fen(215_000), fen(-23_000))).toBe(192_000);
    expect(subtractFen(fen(198_000), fen(192_000))).toBe(6_000);
    expect(compareFen(fen(197_999), fen(198_000))).toBe(-1);
    expect(compareFen(fen(198_000), fen(198_000))).toBe(0);
    expect(percentOfFen(fen(300_000), 80)).toBe(240_000);
    expect(percentOfFen(fen(299_999), 80)).toBe(239_999);
    expect(percentOfFen(fen(5), 50)).toBe(3);
  });

  it('writes and reads yuan with two decimals', () => {
    expect(yuan(fen(198_050))).toBe('1980.50');
    expect(yuan(fen(7))).toBe('0.07');
    expect(yuan(fen(-50))).toBe('-0.50');
    expect(yuan(fen(-123_456))).toBe('-1234.56');
    expect(parseYuan('1980')).toBe(198_000);
    expect(parseYuan('1,980.5')).toBe(198_050);
    expect(parseYuan('1980.50元')).toBe(198_050);
    expect(parseYuan('-0.5')).toBe(-50);
    expect(parseYuan('19.805')).toBeNull();
    expect(parseYuan('一千')).toBeNull();
  });
});
