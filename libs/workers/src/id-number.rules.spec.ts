import { ageOn, idCheckCharacter, maskIdNumber, maskPhone, normalizePhone, normalizeWorkPhone, parseIdNumber } from './id-number.rules';

const TODAY = '2026-11-24';

describe('parseIdNumber (GB 11643-1999)', () => {
  // The standard's own worked example: 11010519491231002X.
  it('accepts the standard example and derives birth date, sex and region', () => {
    expect(parseIdNumber('11010519491231002x', TODAY)).toEqual({
      ok: true,
      value: { idNumber: '11010519491231002X', birthDate: '1949-12-31', sex: 'FEMALE', regionPrefix: '110105' },
    });
  });

  it('computes the check character, X included', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
    expect(idCheckCharacter('14079919900101101')).toBe(idCheckCharacter('14079919900101101'));
    const body = '14079919850315102';
    expect(parseIdNumber(body + idCheckCharacter(body), TODAY)).toMatchObject({ ok: true, value: { sex: 'FEMALE', birthDate: '1985-03-15' } });
  });

  it('names the right check character when it is mistyped', () => {
    expect(parseIdNumber('110105194912310021', TODAY)).toEqual({ ok: false, problem: 'check character should be X, not 1; the number is mistyped' });
  });

  it.each([
    ['19900230', 'not a real date'],
    ['19901301', 'not a real date'],
    ['18991231', 'not plausible'],
    ['20261125', 'not plausible'],
  ])('refuses birth date %s', (birth, problem) => {
    const body = `140799${birth}123`;
    const result = parseIdNumber(body + idCheckCharacter(body), TODAY);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toContain(problem);
  });

  it('accepts a leap day and someone born today', () => {
    for (const birth of ['20000229', '20261124']) {
      const body = `140799${birth}123`;
      expect(parseIdNumber(body + idCheckCharacter(body), TODAY).ok).toBe(true);
    }
  });

  it.each([
    ['110105491231002', '15-digit'],
    ['11010519491231002', 'must be 18 characters, not 17'],
    ['1101051949123100X2', '17 digits followed by a digit or X'],
    ['99010519491231002X', 'not a province code'],
    ['', 'must be 18 characters, not 0'],
  ])('refuses %p', (raw, problem) => {
    const result = parseIdNumber(raw, TODAY);
    expect(!result.ok && result.problem).toContain(problem);
  });
});

describe('masking and phones', () => {
  it('masks ID numbers and phones', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it.each([
    ['138 1234 5678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['12812345678', null],
    ['0354-1234567', null],
    ['1381234567', null],
  ])('normalizes %p', (raw, phone) => expect(normalizePhone(raw)).toBe(phone));

  it.each([
    ['138 1234 5678', '13812345678'],
    ['0354-1234567', '0354-1234567'],
    ['03541234567', '0354-1234567'],
    ['(0354) 123 4567', '0354-1234567'],
    ['010-87654321-808', '010-87654321-808'],
    ['０３５４－１２３４５６７', '0354-1234567'],
    ['1234567', null],
    ['0354-0123456', null],
    ['12345678901', null],
    ['=HYPERLINK("x")', null],
  ])('reads the work phone %p as %p', (raw, phone) => expect(normalizeWorkPhone(raw)).toBe(phone));

  it('counts age in whole years', () => {
    expect(ageOn('1990-06-15', '2026-06-14')).toBe(35);
    expect(ageOn('1990-06-15', '2026-06-15')).toBe(36);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
  });
});
