// Order statistics of a sample of timings (milliseconds).

export interface Summary {
  n: number;
  min: number;
  median: number;
  p95: number;
}

export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, min: sorted[0] ?? NaN, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

export const ms = (value: number) => (Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value.toFixed(1)) : '—');
