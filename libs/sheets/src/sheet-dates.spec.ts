import { parseSheetDate, readSheetDate } from './sheet-dates';

describe('dates as people write them', () => {
  it.each([
    ['2023-05-01', '2023-05-01'],
    ['2023/5/1', '2023-05-01'],
    ['2023.5.1', '2023-05-01'],
    ['2023年5月1日', '2023-05-01'],
    ['2023 年 5 月 1 日', '2023-05-01'],
    ['2023年5月1号', '2023-05-01'],
    ['20230501', '2023-05-01'],
    ['２０２３－０５－０１', '2023-05-01'],
    ['2023-05-01 08:30:00', '2023-05-01'],
    // Excel serial numbers: a date cell formatted as a number (Excel counts from 1899-12-30).
    ['45047', '2023-05-01'],
    ['45047.5', '2023-05-01'],
    ['10000', '1927-05-18'],
    ['36526', '2000-01-01'],
  ])('reads %p as %p', (text, date) => expect(readSheetDate(text)).toEqual({ date, monthOnly: false }));

  it.each([
    ['2023年5月', '2023-05-01'],
    ['2023.5', '2023-05-01'],
    ['2023-05', '2023-05-01'],
    ['2023/12', '2023-12-01'],
  ])('reads the month alone %p as its first day, saying so', (text, date) => {
    expect(readSheetDate(text)).toEqual({ date, monthOnly: true });
    expect(parseSheetDate(text)).toBeNull();
  });

  it.each(['2024.02.30', '3/1/2024', '2023', '2023年13月', '20231301', '9999', '123456', '2023年5月1日上午', '', '明年'])('refuses %p', (text) => {
    expect(readSheetDate(text)).toBeNull();
  });

  it('knows leap days', () => {
    expect(parseSheetDate('2024/2/29')).toBe('2024-02-29');
    expect(parseSheetDate('20230229')).toBeNull();
  });
});
