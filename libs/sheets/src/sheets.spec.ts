import { Workbook } from 'exceljs';
import { csvFile, decodeText, parseCsv, parseSheetDate, problemsFile } from './index';

describe('sheet helpers', () => {
  it('parses quoted CSV fields', () => {
    expect(parseCsv('a,"b,c","d ""e"""\r\n"multi\nline",x\n')).toEqual([
      ['a', 'b,c', 'd "e"'],
      ['multi\nline', 'x'],
    ]);
  });

  it('decodes GB18030 as saved by Excel on Chinese Windows, and UTF-8 with a BOM', () => {
    expect(decodeText(Buffer.from([0xd0, 0xd5, 0xc3, 0xfb]))).toBe('姓名');
    expect(decodeText(Buffer.from('\ufeff姓名', 'utf8'))).toBe('姓名');
  });

  it.each([
    ['2024-03-01', '2024-03-01'],
    ['2024/3/1', '2024-03-01'],
    ['2024年3月1日', '2024-03-01'],
    ['2024.02.30', null],
    ['3/1/2024', null],
  ])('parses date %p', (text, date) => expect(parseSheetDate(text)).toBe(date));

  it('writes the problem sheet', async () => {
    const problems = new Workbook();
    await problems.xlsx.load(
      Buffer.from((await problemsFile([{ line: 3, column: '手机号', value: '123', problem: '不是11位手机号' }])).contentBase64, 'base64') as never,
    );
    expect(problems.worksheets[0].getRow(2).values).toEqual([undefined, 3, '手机号', '123', '不是11位手机号']);
  });

  it('writes csv that Excel opens: a byte-order mark, quoted cells, formulas kept as text', () => {
    const file = csvFile(
      [
        ['姓名', '备注'],
        ['张三', 'a,b'],
        ['=HYPERLINK("x")', '-12.5'],
      ],
      '名单.csv',
    );
    const lines = Buffer.from(file.contentBase64, 'base64').toString('utf8').split('\r\n');
    expect(lines).toEqual(['\ufeff姓名,备注', '张三,"a,b"', `"'=HYPERLINK(""x"")",-12.5`, '']);
  });
});
