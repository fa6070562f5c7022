import { PayItemKind } from './pay.enums';
import { entryProblem } from './pay-items.service';

describe('pay item entries', () => {
  it('reads PER_CASE as cases × rate, HOURS as minutes and the rest as an amount, each within bounds', () => {
    expect(entryProblem({ kind: PayItemKind.PER_CASE, cases: 12, rateFen: 2_000 })).toBeNull();
    expect(entryProblem({ kind: PayItemKind.PER_CASE, cases: 12 })).toEqual({ field: 'rateFen', problem: expect.any(String) });
    expect(entryProblem({ kind: PayItemKind.PER_CASE, cases: -1, rateFen: 2_000 })?.field).toBe('cases');
    expect(entryProblem({ kind: PayItemKind.HOURS, minutes: 960 })).toBeNull();
    expect(entryProblem({ kind: PayItemKind.HOURS, minutes: 31 * 24 * 60 + 1 })?.field).toBe('minutes');
    expect(entryProblem({ kind: PayItemKind.DEDUCTION, amountFen: -500 })?.problem).toMatch(/positive/);
    expect(entryProblem({ kind: PayItemKind.ALLOWANCE, amountFen: 10_000_001 })?.field).toBe('amountFen');
    expect(entryProblem({ kind: PayItemKind.ALLOWANCE, amountFen: 12.5 })?.field).toBe('amountFen');
  });
});
