import { Workbook } from 'exceljs';
import { csvFile, decodeText, numberText, parseCsv, problemsFile, readSheetLines } from './index';

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

  it('reads numbers as text: scores keep their decimals, a number Excel has rounded is marked', () => {
    expect(numberText(85.5)).toBe('85.5');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(13812345678)).toBe('13812345678');
    expect(numberText(140799199001011230)).toBe('#NUMBER:140799199001011230');
  });

  it('reads an xlsx as the first visible sheet in the workbook’s order: dates, rich text, formula results and long numbers as text', async () => {
    const book = new Workbook();
    book.addWorksheet('旧名册', { state: 'hidden' }).addRow(['旧的']);
    const data = book.addWorksheet('名册');
    data.addRow(['姓名', '入职日期', '得分', '身份证号']);
    data.addRow([
      { richText: [{ text: '张' }, { text: '三' }] },
      new Date(Date.UTC(2023, 4, 1)),
      { formula: '80+5.5', result: 85.5 },
      Number('140702198501011234'),
    ]);
    data.getCell('B2').numFmt = 'yyyy-mm-dd';
    data.addRow([]);
    data.addRow(['李四', '2023/5/1']);
    book.addWorksheet('说明').addRow(['填写说明']);
    const content = Buffer.from(await book.xlsx.writeBuffer());
    expect(await readSheetLines(content, 'xlsx')).toEqual([
      ['姓名', '入职日期', '得分', '身份证号'],
      ['张三', '2023-05-01', '85.5', '#NUMBER:140702198501011230'],
      [],
      ['李四', '2023/5/1'],
    ]);
  });

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
