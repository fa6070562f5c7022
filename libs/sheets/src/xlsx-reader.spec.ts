import { Workbook } from 'exceljs';
import { InvalidInput } from '@gridhr/common';
import { zipOf } from '../../../test/support/zip-bomb';
import { readSheetLines } from './sheet-reader';
import { isDateFormat, MAX_MERGED_CELLS, MAX_SHEET_COLUMNS } from './xlsx-reader';
import { scanXml, xmlUnescape } from './xlsx-xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const xml = (body: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);

interface Book {
  /** `after`: the sheet's XML after its cells (merges). */
  sheets: { name: string; xml: string; after?: string; state?: string; type?: string }[];
  strings?: string[];
  styles?: string;
  workbookPr?: string;
  /** Where the workbook part lives (Excel: xl/workbook.xml). */
  workbookPath?: string;
  prefix?: string;
}

/** An xlsx written by hand, as other tools than exceljs write them (prefixes, absolute targets, other paths). */
function xlsx(book: Book): Buffer {
  const p = book.prefix ? `${book.prefix}:` : '';
  const ns = book.prefix ? `xmlns:${book.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const path = book.workbookPath ?? 'xl/workbook.xml';
  const dir = path.slice(0, path.lastIndexOf('/'));
  const rels = book.sheets.map(
    (s, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/${s.type ?? 'worksheet'}" Target="/${dir}/${s.type === 'chartsheet' ? 'chartsheets' : 'worksheets'}/sheet${i + 1}.xml"/>`,
  );
  rels.push(
    `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="strings.xml"/>`,
    `<Relationship Id="rIdT" Type="${REL}/styles" Target="./styles.xml"/>`,
  );
  return zipOf([
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="${path}"/></Relationships>`,
      ),
    },
    {
      name: path,
      data: xml(
        `<${p}workbook ${ns} xmlns:r="${REL}">${book.workbookPr ? `<${p}workbookPr ${book.workbookPr}/>` : ''}<${p}sheets>${book.sheets
          .map((s, i) => `<${p}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
          .join('')}</${p}sheets></${p}workbook>`,
      ),
    },
    {
      name: `${dir}/_rels/${path.slice(dir.length + 1)}.rels`,
      data: xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`),
    },
    ...book.sheets.map((s, i) => ({
      name: `${dir}/${s.type === 'chartsheet' ? 'chartsheets' : 'worksheets'}/sheet${i + 1}.xml`,
      data: xml(`<${p}worksheet ${ns}><${p}sheetData>${s.xml}</${p}sheetData>${s.after ?? ''}</${p}worksheet>`),
    })),
    { name: `${dir}/strings.xml`, data: xml(`<sst xmlns="${MAIN}">${(book.strings ?? []).join('')}</sst>`) },
    { name: `${dir}/styles.xml`, data: xml(`<styleSheet xmlns="${MAIN}">${book.styles ?? ''}</styleSheet>`) },
  ]);
}

const read = (content: Buffer, maxRows?: number) => readSheetLines(content, 'xlsx', maxRows);

describe('xlsx reader', () => {
  it('reads the XML of other writers: a namespace prefix, inline strings, entities, CDATA, rich text without its phonetic guide', async () => {
    const strings = [
      '<si><t>姓名</t></si>',
      '<si><r><rPr><b/></rPr><t>张</t></r><r><t xml:space="preserve">三 </t></r><rPh sb="0" eb="1"><t>ZHANG</t></rPh><phoneticPr fontId="1"/></si>',
      '<si><t>A&amp;B &lt;1&gt; &#20013;&#x6587; 第一行_x000D_\n第二行 _x005F_x0041_</t></si>',
    ];
    const sheet =
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>备注</x:t></x:is></x:c></x:row>' +
      '<x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2" t="s"><x:v>2</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t><![CDATA[<不是标签>]]></x:t></x:is></x:c></x:row>';
    expect(await read(xlsx({ prefix: 'x', sheets: [{ name: '名册', xml: sheet }], strings }))).toEqual([
      ['姓名', '备注'],
      ['张三 ', 'A&B <1> 中文 第一行\r\n第二行 _x0041_', '<不是标签>'],
    ]);
  });

  it('places cells by their references, fills the gaps, and numbers rows and cells that carry none in order', async () => {
    const sheet =
      '<row r="2"><c r="C2"><v>3</v></c><c r="AA2" t="str"><f>"x"&amp;"y"</f><v>xy</v></c></row>' +
      '<row><c><v>1</v></c><c><v>2</v></c><c r="E4" s="0"/></row>' +
      '<row r="6" spans="1:3"><c r="A6" s="1"/><c r="B6"><v>  </v></c></row>';
    const lines = await read(xlsx({ sheets: [{ name: 's', xml: sheet }] }));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toEqual([]);
    expect(lines[1].slice(0, 3)).toEqual(['', '', '3']);
    expect(lines[1]).toHaveLength(27);
    expect(lines[1][26]).toBe('xy');
    expect(lines[2]).toEqual(['1', '2']); // the third row: no r attribute, after row 2
    expect(lines[3]).toEqual([]);
    expect(lines[5]).toEqual([]);
  });

  it('reads numbers, booleans, errors and ISO date cells as Excel shows them', async () => {
    const sheet =
      '<row r="1"><c r="A1"><v>85.50000000000001</v></c><c r="B1"><v>140702198501011234</v></c><c r="C1"><v>1.3812345678E10</v></c>' +
      '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c><c r="F1" t="e"><v>#N/A</v></c><c r="G1" t="d"><v>2023-05-01T00:00:00</v></c></row>';
    expect(await read(xlsx({ sheets: [{ name: 's', xml: sheet }] }))).toEqual([
      ['85.5', '#NUMBER:140702198501011230', '13812345678', 'TRUE', 'FALSE', '#N/A', '2023-05-01'],
    ]);
  });

  it('reads a number in a date style as its day: built-in, Chinese built-in and custom formats, and the 1904 system', async () => {
    const styles =
      '<numFmts count="3"><numFmt numFmtId="176" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>' +
      '<numFmt numFmtId="177" formatCode="[&gt;=100]0;&quot;m&quot;0.0"/><numFmt numFmtId="178" formatCode="0.00_);[Red]\\(0.00\\)"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="176"/><xf numFmtId="31"/><xf numFmtId="177"/><xf numFmtId="178"/></cellXfs>';
    const cells = [0, 1, 2, 3, 4, 5].map((s) => `<c s="${s}"><v>45047.75</v></c>`).join('');
    const sheet = `<row r="1">${cells}</row><row r="2"><c s="1"><v>1</v></c><c s="1"><v>1E+20</v></c><c s="1"><v>-3</v></c></row>`;
    expect(await read(xlsx({ sheets: [{ name: 's', xml: sheet }], styles }))).toEqual([
      ['45047.75', '2023-05-01', '2023-05-01', '2023-05-01', '45047.75', '45047.75'],
      ['1900-01-01', '#NUMBER:100000000000000000000', '-3'],
    ]);
    expect(await read(xlsx({ sheets: [{ name: 's', xml: sheet }], styles, workbookPr: 'date1904="1"' }))).toEqual([
      ['45047.75', '2027-05-02', '2027-05-02', '2027-05-02', '45047.75', '45047.75'],
      ['1904-01-02', '#NUMBER:100000000000000000000', '-3'],
    ]);
    expect(['yyyy-mm-dd', 'm/d/yy h:mm', '[$-F800]dddd', 'mmm-yy', 'yyyy"年"m"月"'].every(isDateFormat)).toBe(true);
    expect(['General', '0.00', '#,##0;[Red]-#,##0', '"days"0', '@', '0%', 'h:mm', '[h]:mm:ss', 'mm:ss', 'h"时"mm"分"'].some(isDateFormat)).toBe(false);
    expect(isDateFormat(`yyyy${'[red]'.repeat(60)}`)).toBe(false); // longer than Excel allows
  });

  it('reads a time of day as a number, styles listed before their formats, empty cells of any type as blank, and strings after an empty phonetic guide', async () => {
    // numFmts written after cellXfs (a loose writer), a built-in time (20: h:mm) and Chinese time (32).
    const styles =
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="20"/><xf numFmtId="32"/><xf numFmtId="200"/></cellXfs>' +
      '<numFmts count="1"><numFmt numFmtId="200" formatCode="yyyy/m/d"/></numFmts>';
    const strings = ['<si><t>张三</t><rPh sb="0" eb="1"/></si>', '<si><t>李四</t></si>', '<si/>'];
    const sheet =
      '<row r="1"><c s="1"><v>0.5</v></c><c s="2"><v>0.25</v></c><c s="3"><v>45047</v></c></row>' +
      '<row r="2"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="s"></c><c t="b"><v/></c><c t="s"><v>1</v></c></row>';
    expect(await read(xlsx({ sheets: [{ name: 's', xml: sheet }], strings, styles }))).toEqual([
      ['0.5', '0.25', '2023-05-01'],
      ['张三', '李四', '', '', '', '李四'],
    ]);
  });

  it('stays linear on a megabyte tag, and refuses merges covering more than a million cells', async () => {
    const started = Date.now();
    const longTag = `<row r="1"><c r="A1" ${'x'.repeat(1_000_000)}><v>1</v></c></row>`;
    expect(await read(xlsx({ sheets: [{ name: 's', xml: longTag }] }))).toEqual([['1']]);
    expect(Date.now() - started).toBeLessThan(3000);
    const rows = '<row r="1"><c r="A1"><v>1</v></c><c r="IV1"><v>2</v></c></row><row r="20000"><c r="A20000"><v>3</v></c></row>';
    const merges = `<mergeCells>${'<mergeCell ref="A1:IV20000"/>'.repeat(2)}</mergeCells>`;
    const error = await read(xlsx({ sheets: [{ name: 's', xml: rows, after: merges }] })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as InvalidInput).message).toBe(
      `input.contentBase64: has merged cells covering more than ${MAX_MERGED_CELLS.toLocaleString('en-US')} cells; unmerge them and fill each cell in`,
    );
  });

  it('reads a merged range as its top-left cell throughout, as a township column merged down its workers', async () => {
    const rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>乡镇</t></is></c><c r="B1" t="inlineStr"><is><t>姓名</t></is></c></row>'];
    for (const [r, name] of [
      [2, '张三'],
      [3, '李四'],
      [4, '王五'],
    ] as const)
      rows.push(
        `<row r="${r}">${r === 2 ? '<c r="A2" t="inlineStr"><is><t>西山乡</t></is></c>' : ''}<c r="B${r}" t="inlineStr"><is><t>${name}</t></is></c></row>`,
      );
    // A merge past the sheet's last row and column is cut to them.
    const merges = '<mergeCells count="2"><mergeCell ref="A2:A4"/><mergeCell ref="A4:XFD1048576"/></mergeCells>';
    expect(await read(xlsx({ sheets: [{ name: 's', xml: rows.join(''), after: merges }] }))).toEqual([
      ['乡镇', '姓名'],
      ['西山乡', '张三'],
      ['西山乡', '李四'],
      ['西山乡', '西山乡'],
    ]);
  });

  it('takes the first visible worksheet in the workbook’s order, wherever the workbook part lives', async () => {
    const row = (text: string) => `<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`;
    const content = xlsx({
      workbookPath: 'book/main.xml',
      sheets: [
        { name: '图表', xml: '', type: 'chartsheet' },
        { name: '旧名册', xml: row('旧的'), state: 'hidden' },
        { name: '名册', xml: row('新的') },
        { name: '说明', xml: row('填写说明') },
      ],
    });
    expect(await read(content)).toEqual([['新的']]);
    expect(await read(xlsx({ sheets: [{ name: '旧名册', xml: row('旧的'), state: 'veryHidden' }] }))).toEqual([['旧的']]);
  });

  it('refuses a row numbered past the limit and a value past the last column it reads, naming the file and the limit', async () => {
    const far = xlsx({ sheets: [{ name: 's', xml: '<row r="1"><c><v>1</v></c></row><row r="1000000"><c><v>2</v></c></row>' }] });
    const rows = await read(far).catch((e: unknown) => e);
    expect(rows).toBeInstanceOf(InvalidInput);
    expect((rows as InvalidInput).message).toBe('input.contentBase64: holds 1,000,000 rows; this import takes at most 20,000; split the sheet');
    const wide = xlsx({ sheets: [{ name: 's', xml: '<row r="3"><c r="A3"><v>1</v></c><c r="XFD3"><v>2</v></c></row>' }] });
    const columns = await read(wide).catch((e: unknown) => e);
    expect(columns).toBeInstanceOf(InvalidInput);
    expect((columns as InvalidInput).message).toBe(
      `input.contentBase64: has a value in column XFD (row 3); an import reads at most ${MAX_SHEET_COLUMNS} columns (to IV)`,
    );
    // A styled but empty cell out there is no value.
    expect(await read(xlsx({ sheets: [{ name: 's', xml: '<row r="1"><c r="A1"><v>1</v></c><c r="XFD1" s="2"/></row>' }] }))).toEqual([['1']]);
  });

  it('reads 5,000 rows of Chinese text written by exceljs exactly, whatever falls on a 16 kB boundary', async () => {
    const book = new Workbook();
    const sheet = book.addWorksheet('名册');
    const expected: string[][] = [['姓名', '身份证号', '手机号', '得分', '入职日期', '备注']];
    sheet.addRow(expected[0]);
    const given = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张';
    for (let i = 0; i < 5000; i++) {
      const name = `${given[i % given.length]}${given[(i * 7) % given.length]}${i % 3 ? '' : '𠀋'}`;
      const id = `14079919900101${String(1000 + (i % 9000)).padStart(4, '0')}`;
      const note = i % 5 ? `第${i}号，负责“${name}”网格 & <巡查>` : '';
      sheet.addRow([name, id, 13800000000 + i, 60 + (i % 40) + 0.5, new Date(Date.UTC(2020, 0, 1 + (i % 1000))), note]);
      expected.push([
        name,
        id,
        String(13800000000 + i),
        String(60 + (i % 40) + 0.5),
        new Date(Date.UTC(2020, 0, 1 + (i % 1000))).toISOString().slice(0, 10),
        note,
      ]);
      if (!note) expected[expected.length - 1].pop();
    }
    sheet.getColumn(5).numFmt = 'yyyy"年"m"月"d"日"';
    const lines = await read(Buffer.from(await book.xlsx.writeBuffer()));
    expect(lines).toHaveLength(5001);
    expect(lines).toEqual(expected);
  });

  it('scans XML: attributes in either quote, a > inside a value, comments and a DOCTYPE left unexpanded', () => {
    const seen: string[] = [];
    scanXml(`<!DOCTYPE x [<!ENTITY e "boom">]><!-- <a> --><a b='1' c="x>y" d:e="&quot;"><b/>t&e;</a>`, {
      open: (name, attributes, empty) => seen.push(`${name}${JSON.stringify(attributes)}${empty ? '/' : ''}`),
      close: (name) => seen.push(`/${name}`),
      text: (text) => seen.push(text),
    });
    expect(seen).toEqual(['a{"b":"1","c":"x>y","e":"\\""}', 'b{}/', '/b', 't&e;', '/a']);
    expect(xmlUnescape('&#x1F600;&#128512;&amp;amp;')).toBe('😀😀&amp;');
  });
});
