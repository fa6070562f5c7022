import fc from 'fast-check';
import { maskIdNumber, maskPhone, redactPersonalData } from './personal-data';

describe('redactPersonalData', () => {
  it('masks ID numbers and phones wherever they stand in a line', () => {
    expect(redactPersonalData('GET /graphql?query={workers(idNumber:"14079919850312681X"){id}} 200')).toBe(
      'GET /graphql?query={workers(idNumber:"1407**********681X"){id}} 200',
    );
    expect(redactPersonalData('phone=13512346761&x=1')).toBe('phone=135****6761&x=1');
    expect(redactPersonalData('call +8613512346761 or 86-13512346761 or 135 1234 6761')).toBe('call 135****6761 or 135****6761 or 135****6761');
    expect(redactPersonalData('old card 140799850312681')).toBe('old card 1407*******2681');
  });

  it('leaves other numbers alone: ids, amounts, timestamps, codes', () => {
    for (const text of [
      'POST /graphql 200 4.0ms user=county',
      'region 140799001001 has 5 grids',
      'timestamp 1796598295054',
      'uuid 3f2c1e2a-1234-4abc-8def-135123467610',
      'payroll 2026-11 total 3000000 fen',
    ]) {
      expect(redactPersonalData(text)).toBe(text);
    }
  });

  it('never lets a valid-looking ID number or phone through, whatever surrounds it', () => {
    const id = fc
      .tuple(fc.integer({ min: 110000, max: 659999 }), fc.integer({ min: 1900, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .chain(([region, year, month, day]) =>
        fc
          .tuple(fc.integer({ min: 0, max: 999 }), fc.constantFrom(...'0123456789X'))
          .map(([order, check]) => `${region}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(order).padStart(3, '0')}${check}`),
      );
    const phone = fc
      .tuple(fc.constantFrom(...'3456789'), fc.integer({ min: 0, max: 999_999_999 }))
      .map(([second, rest]) => `1${second}${String(rest).padStart(9, '0')}`);
    const around = fc.constantFrom(' ', '"', '=', ':', '(', '&', '，', '');
    fc.assert(
      fc.property(fc.oneof(id, phone), around, around, (secret, before, after) => {
        expect(redactPersonalData(`x${before}${secret}${after}y`)).not.toContain(secret);
      }),
    );
  });

  it('masks keep what tells records apart', () => {
    expect(maskIdNumber('14079919850312681X')).toBe('1407**********681X');
    expect(maskPhone('13512346761')).toBe('135****6761');
  });
});
