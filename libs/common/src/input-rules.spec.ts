import fc from 'fast-check';
import { addYears, businessDateProblem, hireDateProblem, personNameProblem, placeNameProblem, textProblem } from './input-rules';
import { addDays } from './dates';

// Every code point of the Basic Multilingual Plane and a few beyond in Unicode categories Cc and Cf.
const INVISIBLE_POINTS = [...Array(0x10000).keys(), 0x110bd, 0x1d173, 0xe0001, 0xe0020].filter((cp) => /^[\p{Cc}\p{Cf}]$/u.test(String.fromCodePoint(cp)));
const invisible = fc.constantFrom(...INVISIBLE_POINTS).map((cp) => String.fromCodePoint(cp));
// CJK Unified Ideographs (the basic block and extension A).
const hanChar = fc.oneof(fc.integer({ min: 0x4e00, max: 0x9fa5 }), fc.integer({ min: 0x3400, max: 0x4db5 })).map((cp) => String.fromCodePoint(cp));
const hanName = (min: number, max: number) => fc.array(hanChar, { minLength: min, maxLength: max }).map((cs) => cs.join(''));
const whitespace = fc.array(fc.constantFrom(' ', '\t', '\n', '\r', '\u3000', '\u00a0', '\u2003', '\ufeff'), { maxLength: 8 }).map((cs) => cs.join(''));
const insertAt = (text: string, char: string, at: number) => {
  const chars = [...text];
  const i = at % (chars.length + 1);
  return [...chars.slice(0, i), char, ...chars.slice(i)].join('');
};
const day = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(9999, 11, 31) }).map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));
const rules = {
  personName: (v: string) => personNameProblem(v),
  placeName: (v: string) => placeNameProblem(v),
  text: (v: string) => textProblem(v),
  multilineText: (v: string) => textProblem(v, { multiline: true }),
};

describe('input rules', () => {
  it.each(Object.entries(rules))('%s: any string holding a Cc or Cf character is refused', (_, problemOf) => {
    fc.assert(
      fc.property(hanName(2, 20), invisible, fc.nat(), (name, char, at) => {
        fc.pre(!'\t\n\r'.includes(char) || _ !== 'multilineText');
        expect(problemOf(insertAt(name, char, at))).not.toBeNull();
      }),
    );
  });

  it.each(Object.entries(rules))('%s: any trimmed-empty string is refused', (_, problemOf) => {
    fc.assert(fc.property(whitespace, (blank) => expect(problemOf(blank)).not.toBeNull()));
  });

  it.each(Object.entries(rules))('%s: anything starting with = + - @ is refused (a spreadsheet formula)', (_, problemOf) => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@', '\t=', ' ='), fc.string({ maxLength: 30 }), (lead, rest) => {
        expect(problemOf(`${lead}${rest}`)).not.toBeNull();
      }),
    );
    expect(problemOf('=HYPERLINK("http://evil.example","点我")')).not.toBeNull();
    expect(problemOf("+1+cmd|' /C calc'!A0")).not.toBeNull();
  });

  it('accepts any CJK name of 2-20 characters, and the same padded or with a middle dot', () => {
    fc.assert(
      fc.property(hanName(2, 20), (name) => {
        expect(personNameProblem(name)).toBeNull();
        expect(personNameProblem(` ${name}\u3000`)).toBeNull();
        expect(placeNameProblem(name)).toBeNull();
        expect(textProblem(name)).toBeNull();
      }),
    );
    fc.assert(fc.property(hanName(1, 10), hanName(1, 9), (a, b) => expect(personNameProblem(`${a}·${b}`)).toBeNull()));
    expect(personNameProblem('阿依古丽·买买提')).toBeNull();
    expect(personNameProblem('Jean-Pierre O’Neil')).toBeNull();
  });

  it('refuses emoji, symbols and digits in a name', () => {
    fc.assert(
      fc.property(hanName(2, 10), fc.constantFrom('😀', '👍🏽', '❤️', '🇨🇳', '★', '©', '$', '<', '1', '３'), fc.nat(), (name, char, at) => {
        expect(personNameProblem(insertAt(name, char, at))).not.toBeNull();
      }),
    );
    expect(personNameProblem('\u202e三张')).toMatch(/right-to-left/);
    expect(personNameProblem('张\u200b三')).toMatch(/zero-width/);
    expect(personNameProblem('王')).toBeNull();
    expect(personNameProblem('王'.repeat(51))).toBe('must be at most 50 characters');
    expect(personNameProblem('张  三')).toMatch(/single spaces/);
    expect(placeNameProblem('东风社区🏠')).toBe('must not contain emoji');
    expect(placeNameProblem('东风社区1号网格（北）')).toBeNull();
  });

  it('keeps line breaks in multi-line text only', () => {
    expect(textProblem('第一条\n第二条', { multiline: true })).toBeNull();
    expect(textProblem('第一条\n第二条')).toMatch(/line break/);
    expect(textProblem('abc', { max: 2 })).toBe('must be at most 2 characters');
  });

  it('takes a business date inside 1949-10-01..2100-12-31 only', () => {
    fc.assert(
      fc.property(day, (d) => {
        const inside = d >= '1949-10-01' && d <= '2100-12-31';
        expect(businessDateProblem(d) === null).toBe(inside);
      }),
    );
    expect(businessDateProblem('9999-12-31')).toMatch(/from 1949-10-01 to 2100-12-31/);
    expect(businessDateProblem('1900-01-01')).not.toBeNull();
    expect(businessDateProblem('2026-02-29')).toBe('must be a real date YYYY-MM-DD');
    expect(businessDateProblem('2026-03-01', { from: '2026-03-02', to: '2026-12-31' })).not.toBeNull();
  });

  it('hires on or after the 16th birthday only (Labour Law art. 15)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -20_000, max: 40_000 }), (birth, offset) => {
        fc.pre(birth < '9000-01-01');
        const hired = addDays(birth, offset);
        expect(hireDateProblem(birth, hired) === null).toBe(hired >= addYears(birth, 16));
      }),
    );
    expect(hireDateProblem('2000-05-05', '1999-01-01')).toMatch(/before the birth date 2000-05-05/);
    expect(hireDateProblem('2000-05-05', '2016-05-04')).toMatch(/16th birthday \(2016-05-05/);
    expect(hireDateProblem('2000-05-05', '2016-05-05')).toBeNull();
    expect(addYears('2008-02-29', 16)).toBe('2024-02-29');
    expect(addYears('2004-02-29', 1)).toBe('2005-03-01');
  });
});
