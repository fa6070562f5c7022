import { fen, InvalidInput } from '@gridhr/common';
import { assertTermsValid } from './contract-terms';

const terms = { startDate: '2026-01-01', endDate: '2028-12-31', probationEndDate: '2026-03-31', signedOn: '2026-01-01', monthlyBasePayFen: fen(300_000) };
const problemOf = (changes: Partial<typeof terms> & { probationMonthlyPayFen?: number | null }) => {
  try {
    assertTermsValid({ ...terms, ...changes } as typeof terms, '2026-01-01');
    return null;
  } catch (error) {
    return error instanceof InvalidInput ? (error as InvalidInput & { field?: string }).field : String(error);
  }
};

describe('assertTermsValid', () => {
  it('accepts lawful terms', () => expect(problemOf({})).toBeNull());

  it('refuses pay that is a typing error, naming the field', () => {
    expect(problemOf({ monthlyBasePayFen: fen(1) })).toBe('input.monthlyBasePayFen');
    expect(problemOf({ monthlyBasePayFen: fen(10_000_001) })).toBe('input.monthlyBasePayFen');
    expect(problemOf({ probationMonthlyPayFen: 400_000 })).toBe('input.probationMonthlyPayFen');
    expect(problemOf({ probationMonthlyPayFen: 240_000, probationEndDate: null } as never)).toBe('input.probationMonthlyPayFen');
  });
});
