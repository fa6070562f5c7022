// Money is integer fen (分), never a float. `Fen` is a branded number so a yuan amount or a float
// cannot be passed where fen are meant without going through `fen()`, which checks it.
import { BigIntType } from '@mikro-orm/core';

export type Fen = number & { readonly __unit: 'fen' };

/** Fen from a whole number; anything else (a float, NaN, beyond 2^53) is a programming error. */
export function fen(value: number): Fen {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a whole number of fen: ${value}`);
  return value as Fen;
}

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

export const ZERO_FEN = fen(0);

export function addFen(...amounts: Fen[]): Fen {
  return fen(amounts.reduce((sum, a) => sum + a, 0));
}

export function subtractFen(a: Fen, b: Fen): Fen {
  return fen(a - b);
}

/** `percent` % of an amount, rounded half up to the fen (80% of 2,999.99 yuan = 2,399.99 yuan). */
export function percentOfFen(amount: Fen, percent: number): Fen {
  return fen(Math.floor((amount * percent) / 100 + 0.5));
}

export function compareFen(a: Fen, b: Fen): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Yuan with two decimals: 198050 → "1980.50", -50 → "-0.50". */
export function yuan(amount: Fen | number): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Fen from yuan as people write it ("1980", "1,980.5", "1980.50元"); null when it is not an amount. */
export function parseYuan(text: string): Fen | null {
  const m = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*元?$/.exec(text.trim());
  if (!m) return null;
  const value = Number(m[2].replace(/,/g, '')) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(value) ? fen(m[1] ? -value : value) : null;
}

/** A bigint column holding fen, read back as a number (exact up to 2^53 fen, ninety trillion yuan). */
export class FenType extends BigIntType<'number'> {
  constructor() {
    super('number');
  }

  override convertToDatabaseValue(value: number | null | undefined): string | null | undefined {
    if (value !== null && value !== undefined && !isFen(value)) throw new RangeError(`not a whole number of fen: ${String(value)}`);
    return super.convertToDatabaseValue(value);
  }
}
