import { historyMonths, MAX_HISTORY_MONTHS } from './flag-history';

describe('flag history months', () => {
  it('lists the months of the window, both ends included, across a year end', () => {
    expect(historyMonths('2025-11', '2026-02')).toEqual({ months: ['2025-11', '2025-12', '2026-01', '2026-02'] });
    expect(historyMonths('2026-05', '2026-05')).toEqual({ months: ['2026-05'] });
  });

  it('names the argument that is not a month', () => {
    expect(historyMonths('2026-13', '2026-12')).toMatchObject({ field: 'fromMonth' });
    expect(historyMonths('2026-01', '2026-1')).toMatchObject({ field: 'toMonth' });
  });

  it('refuses a window that ends before it starts or is longer than the limit', () => {
    expect(historyMonths('2026-05', '2026-04')).toMatchObject({ field: 'toMonth', problem: expect.stringContaining('before') });
    expect(historyMonths('2024-01', '2026-12')).toMatchObject({ months: expect.any(Array) });
    expect(MAX_HISTORY_MONTHS).toBe(36);
    expect(historyMonths('2023-12', '2026-12')).toMatchObject({ field: 'toMonth', problem: expect.stringContaining('36') });
  });
});
