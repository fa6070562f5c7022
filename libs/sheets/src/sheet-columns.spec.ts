import { ColumnSource, defineSheet, findHeaderLine, matchColumns, checkMapping } from './sheet-columns';
import { choiceOf, yesNo } from './choices';
import { headerKey } from './sheet-text';

const SPEC = defineSheet({
  kind: 'test.people',
  columns: {
    name: { header: '姓名' },
    idNumber: { header: '身份证号', aliases: ['身份证号码'] },
    phone: { header: '手机号', aliases: ['联系电话'] },
    regionCode: { header: '区划代码' },
    community: { header: '所属社区（村）', aliases: ['所属社区'] },
  },
  required: ['name', 'idNumber', 'phone', ['regionCode', 'community']],
});
const NONE = { sent: [], saved: [] };

describe('header keys', () => {
  it.each([
    ['身份证号码', '身份证号码'],
    [' 身 份 证 号 码 ', '身份证号码'],
    ['身份证号码＊', '身份证号码'],
    ['*身份证号码', '身份证号码'],
    ['身份证号码（必填）', '身份证号码'],
    ['身份证号码(必填)', '身份证号码'],
    ['所属社区（村）', '所属社区(村)'],
    ['所属社区(村)', '所属社区(村)'],
    ['身份证\n号码', '身份证号码'],
    ['ＩＤ', 'id'],
  ])('%p compares as %p', (text, key) => expect(headerKey(text)).toBe(key));
});

describe('matchColumns', () => {
  it('matches headers and aliases loosely, lists the other columns as ignored', () => {
    const { position, reading, problems } = matchColumns(['序号', '姓名＊', '身份证号码（必填）', '联系电话', '所属社区(村)', '备注'], SPEC, NONE, 1);
    expect(problems).toEqual([]);
    expect([...position.entries()]).toEqual([
      ['name', 1],
      ['idNumber', 2],
      ['phone', 3],
      ['community', 4],
    ]);
    expect(reading.ignoredColumns).toEqual(['序号', '备注']);
    expect(reading.columns.map((c) => [c.field, c.sheetHeader, c.source])).toEqual([
      ['name', '姓名＊', ColumnSource.HEADER],
      ['idNumber', '身份证号码（必填）', ColumnSource.HEADER],
      ['phone', '联系电话', ColumnSource.HEADER],
      ['community', '所属社区(村)', ColumnSource.HEADER],
    ]);
  });

  it('names a missing column, and a group of which one is needed, on the header line', () => {
    const { reading, problems } = matchColumns(['姓名', '身份证号', '手机'], SPEC, NONE, 3);
    expect(reading.missingColumns).toEqual([
      { fields: ['phone'], headers: ['手机号'] },
      { fields: ['regionCode', 'community'], headers: ['区划代码', '所属社区（村）'] },
    ]);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [3, '手机号'],
      [3, '区划代码'],
    ]);
    expect(problems[1].problem).toContain('所属社区（村）');
    expect(reading.ignoredColumns).toEqual(['手机']);
  });

  it('takes a sent mapping before a saved one, and both before our headers; a header counts once', () => {
    const header = ['姓名', '身份证号', '手机', '联系电话', '社区', '区划代码'];
    const { position, reading, problems } = matchColumns(
      header,
      SPEC,
      {
        sent: [{ header: '手机', field: 'phone' }],
        saved: [
          { header: '联系电话', field: 'phone' },
          { header: '社区', field: 'community' },
          { header: '不在本表', field: 'regionCode' },
        ],
      },
      1,
    );
    expect(problems).toEqual([]);
    expect(position.get('phone')).toBe(2);
    expect(position.get('community')).toBe(4);
    expect(position.get('regionCode')).toBe(5);
    expect(reading.columns.find((c) => c.field === 'phone')!.source).toBe(ColumnSource.MAPPING);
    expect(reading.columns.find((c) => c.field === 'community')!.source).toBe(ColumnSource.SAVED_MAPPING);
    expect(reading.ignoredColumns).toEqual(['联系电话']);
  });

  it('refuses a sent mapping naming a column the sheet lacks, but not a saved one', () => {
    const { problems } = matchColumns(['姓名', '身份证号', '手机号', '区划代码'], SPEC, { sent: [{ header: '手机', field: 'phone' }], saved: [] }, 1);
    expect(problems).toEqual([expect.objectContaining({ line: 1, column: '手机', problem: expect.stringContaining('没有') })]);
  });

  it('checks a mapping against the fields of the import', () => {
    expect(checkMapping(SPEC, [{ header: ' 手机 ', field: 'phone' }], 'input.columnMapping')).toEqual([{ header: '手机', field: 'phone' }]);
    expect(() => checkMapping(SPEC, [{ header: '手机', field: 'mobile' }], 'input.columnMapping')).toThrow(/input.columnMapping\[0\].field/);
    expect(() =>
      checkMapping(
        SPEC,
        [
          { header: '手机', field: 'phone' },
          { header: '电话', field: 'phone' },
        ],
        'm',
      ),
    ).toThrow(/m\[1\].field: maps phone twice/);
    expect(() =>
      checkMapping(
        SPEC,
        [
          { header: '手机', field: 'phone' },
          { header: '手 机', field: 'name' },
        ],
        'm',
      ),
    ).toThrow(/m\[1\].header/);
  });

  it('finds the header below a title line', () => {
    const lines = [['城关街道网格员花名册（2026年11月）'], [], ['序号', '姓名', '身份证号码', '联系电话', '所属社区'], ['1', '张三']];
    expect(findHeaderLine(lines, SPEC, [])).toBe(2);
    expect(findHeaderLine([[''], ['甲', '乙']], SPEC, [])).toBe(1);
  });
});

describe('choices', () => {
  const LABELS = { FULL_TIME: '专职网格员', PART_TIME: '兼职网格员' };
  it('takes the label, the value, or a variant, loosely', () => {
    const variants = { FULL_TIME: ['专职'], PART_TIME: ['兼职'] };
    expect(['专职网格员', 'FULL_TIME', 'full_time', '专职', ' 专 职 '].map((t) => choiceOf(t, LABELS, variants))).toEqual(Array(5).fill('FULL_TIME'));
    expect(choiceOf('兼职', LABELS, variants)).toBe('PART_TIME');
    expect(choiceOf('兼职', LABELS)).toBeUndefined();
    expect(choiceOf('', LABELS, variants)).toBeUndefined();
  });

  it.each([
    ['是', true],
    ['√', true],
    ['✓', true],
    ['Y', true],
    ['ｙ', true],
    ['有', true],
    ['否', false],
    ['×', false],
    ['N', false],
    ['无', false],
    ['也许', undefined],
  ])('yes/no %p → %p', (text, value) => expect(yesNo(text)).toBe(value));
});
