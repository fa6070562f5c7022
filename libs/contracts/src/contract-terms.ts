// A contract's dates and pay, checked before it is stored: a bad term is the user's input, named by field.
import { Fen, InvalidInput } from '@gridhr/common';
import { datesProblem } from './contract.rules';

const MAX_MONTHLY_PAY_FEN = 10_000_000; // 100,000 yuan a month: anything above is a typing error
// Labour Law art. 48 and the Minimum Wage Provisions (2004) art. 12: pay is never below the local minimum
// wage, over 1,000 yuan a month in every province; under 100 yuan is a typing error (yuan taken for fen),
// refused. Between this and the local standard the contract carries the minimum-wage warning (pay domain).
const MIN_MONTHLY_PAY_FEN = 10_000;

/** Refuses dates out of order and pay outside the bounds, naming the input field. */
export function assertTermsValid(
  c: {
    startDate: string;
    endDate: string | null;
    probationEndDate: string | null;
    signedOn: string | null;
    monthlyBasePayFen: Fen;
    probationMonthlyPayFen?: Fen | null;
  },
  today: string,
): void {
  const problem = datesProblem({ startDate: c.startDate, endDate: c.endDate, probationEndDate: c.probationEndDate, signedOn: c.signedOn }, today);
  if (problem) throw new InvalidInput(`input.${problem.field}`, problem.problem);
  if (!Number.isSafeInteger(c.monthlyBasePayFen) || c.monthlyBasePayFen < MIN_MONTHLY_PAY_FEN || c.monthlyBasePayFen > MAX_MONTHLY_PAY_FEN) {
    throw new InvalidInput(
      'input.monthlyBasePayFen',
      `must be a whole number of fen from ${MIN_MONTHLY_PAY_FEN} to ${MAX_MONTHLY_PAY_FEN} (100 to 100,000 yuan a month; 3,000 yuan is 300000): pay below the minimum wage is unlawful (Labour Law art. 48)`,
    );
  }
  const probationPay = c.probationMonthlyPayFen ?? null;
  if (probationPay !== null && (!Number.isSafeInteger(probationPay) || probationPay < MIN_MONTHLY_PAY_FEN || probationPay > c.monthlyBasePayFen))
    throw new InvalidInput('input.probationMonthlyPayFen', `must be a whole number of fen from ${MIN_MONTHLY_PAY_FEN} to the monthly base pay`);
  if (probationPay !== null && c.probationEndDate === null) throw new InvalidInput('input.probationMonthlyPayFen', 'is for a contract with a probation');
}
