import { Workbook } from 'exceljs';
import { DomainError, InvalidInput } from '@gridhr/common';
import { rowBomb, sizeBomb, zipOf } from '../../../test/support/zip-bomb';
import { IMPORT_MAX_ROWS, readSheetLines } from './sheet-reader';
import { xlsxRowCount } from './xlsx-reader';

async function refusal(read: Promise<unknown>): Promise<InvalidInput> {
  const error = await read.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidInput);
  expect((error as InvalidInput).field).toBe('input.contentBase64');
  return error as InvalidInput;
}

describe('upload limits of a sheet', () => {
  it('reads an ordinary workbook, counting its rows first', async () => {
    const book = new Workbook();
    const sheet = book.addWorksheet('网格员');
    sheet.addRow(['姓名', '身份证号']);
    for (let i = 0; i < 10; i++) sheet.addRow(['张三', `14079919900101${String(1000 + i)}`]);
    const content = Buffer.from(await book.xlsx.writeBuffer());
    expect(xlsxRowCount(content)).toBe(11);
    const lines = await readSheetLines(content, 'xlsx');
    expect(lines).toHaveLength(11);
    expect(lines[10]).toEqual(['张三', '140799199001011009']);
  });

  it('refuses 400,000 rows in a few hundred kB before parsing, stating the limit', async () => {
    const bomb = rowBomb(400_000);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const started = Date.now();
    const error = await refusal(readSheetLines(bomb, 'xlsx'));
    expect(error.message).toBe('input.contentBase64: holds 400,000 rows; this import takes at most 20,000; split the sheet');
    expect(Date.now() - started).toBeLessThan(5000);
    // The region import takes more, but not that many.
    expect((await refusal(readSheetLines(bomb, 'xlsx', 100_000))).message).toMatch(/at most 100,000;/);
  });

  it('counts rows at the limit as allowed and one more as refused', async () => {
    expect(xlsxRowCount(rowBomb(IMPORT_MAX_ROWS))).toBe(IMPORT_MAX_ROWS);
    const error = await refusal(readSheetLines(rowBomb(IMPORT_MAX_ROWS + 1), 'xlsx'));
    expect(error.message).toMatch(/holds 20,001 rows; this import takes at most 20,000/);
  });

  it('refuses a workbook unpacking past 50 MB, whether its headers say so or lie', async () => {
    const honest = await refusal(readSheetLines(sizeBomb(60), 'xlsx'));
    expect(honest.message).toBe('input.contentBase64: unpacks to more than 50 MB, the limit for an uploaded workbook; split the sheet');
    // Headers declaring 100 bytes: the inflation stops at the limit all the same.
    const lying = await refusal(readSheetLines(sizeBomb(60, { lyingHeaders: true }), 'xlsx'));
    expect(lying.message).toMatch(/more than 50 MB/);
    expect(xlsxRowCount(rowBomb(400_000, { lyingHeaders: true }))).toBe(400_000);
    // Under the limit, lying or not, a part is read whole.
    expect(xlsxRowCount(sizeBomb(40, { lyingHeaders: true }))).toBe(0);
  });

  it('refuses a csv of too many lines', async () => {
    const csv = Buffer.from(['姓名,身份证号', ...Array.from({ length: 20_000 }, () => '张三,140799199001011234')].join('\n'));
    expect((await refusal(readSheetLines(csv, 'csv'))).message).toMatch(/holds 20,001 rows; this import takes at most 20,000/);
    expect(await readSheetLines(csv, 'csv', 100_000)).toHaveLength(20_001);
  });

  it('leaves a file that is no zip, or a broken one, to be reported as unreadable', async () => {
    for (const content of [Buffer.from('not a zip at all'), zipOf([{ name: 'a.xml', data: Buffer.from('x') }]).subarray(0, 40)]) {
      const error = await readSheetLines(content, 'xlsx').then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(DomainError);
    }
  });
});
