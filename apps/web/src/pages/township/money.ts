// Money as the console shows it: the api gives integer fen, the pages show 元 with two decimals.

/** 215000 → "2,150.00" (fen to yuan, two decimals, thousands grouped). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** Yuan typed in a form (up to two decimals) to integer fen; 150.5 → 15050. */
export function toFen(yuanValue: number): number {
  return Math.round(yuanValue * 100);
}
