import { ProtectionKind } from './labour-protection.entity';
import { describeProtection, protectionProblem, protectionsInForce, protects } from './labour-protection.rules';

const span = (kind: ProtectionKind, fromDate: string, toDate: string | null = null) => ({ kind, fromDate, toDate });

describe('Labor Contract Law art. 42: protections against dismissal under art. 40 and 41', () => {
  it.each([
    ['2026-02-28', false],
    ['2026-03-01', true],
    ['2026-09-30', true],
    ['2026-10-01', false],
  ])('a pregnancy from 2026-03-01 to 2026-09-30 protects on %s: %p', (day, expected) => {
    expect(protects(span(ProtectionKind.PREGNANCY, '2026-03-01', '2026-09-30'), day)).toBe(expected);
  });

  it('an open situation protects until it is ended', () => {
    expect(protects(span(ProtectionKind.OCCUPATIONAL_INJURY, '2020-05-01'), '2030-01-01')).toBe(true);
  });

  it('lists the situations in force on a day, earliest first', () => {
    const spans = [
      span(ProtectionKind.NURSING, '2026-10-01', '2027-09-30'),
      span(ProtectionKind.MEDICAL_TREATMENT_PERIOD, '2026-01-01', '2026-03-31'),
      span(ProtectionKind.PREGNANCY, '2025-12-01', '2026-09-30'),
    ];
    expect(protectionsInForce(spans, '2026-02-01').map((p) => p.kind)).toEqual([ProtectionKind.PREGNANCY, ProtectionKind.MEDICAL_TREATMENT_PERIOD]);
    expect(protectionsInForce(spans, '2026-10-01').map((p) => p.kind)).toEqual([ProtectionKind.NURSING]);
    expect(protectionsInForce(spans, '2027-10-01')).toEqual([]);
  });

  it('names the clause and the words of the law', () => {
    expect(describeProtection(span(ProtectionKind.PREGNANCY, '2026-03-01'))).toBe('Labor Contract Law art. 42(4): 孕期 (PREGNANCY) from 2026-03-01');
    expect(describeProtection(span(ProtectionKind.MEDICAL_TREATMENT_PERIOD, '2026-01-01', '2026-03-31'))).toContain('art. 42(3)');
  });

  it('refuses a future start, an end before the start, and art. 42(4) for a man', () => {
    const today = '2026-11-25';
    expect(protectionProblem({ ...span(ProtectionKind.PREGNANCY, '2026-11-25'), sex: 'FEMALE' }, today)).toBeNull();
    expect(protectionProblem({ ...span(ProtectionKind.PREGNANCY, '2026-11-26'), sex: 'FEMALE' }, today)?.field).toBe('fromDate');
    expect(protectionProblem({ ...span(ProtectionKind.MEDICAL_TREATMENT_PERIOD, '2026-03-01', '2026-02-28'), sex: 'MALE' }, today)?.field).toBe('toDate');
    expect(protectionProblem({ ...span(ProtectionKind.MEDICAL_TREATMENT_PERIOD, '2026-03-01', '2026-03-01'), sex: 'MALE' }, today)).toBeNull();
    expect(protectionProblem({ ...span(ProtectionKind.NURSING, '2026-01-01'), sex: 'MALE' }, today)?.field).toBe('kind');
  });
});
