import { Workbook } from 'exceljs';
import { idCheckCharacter } from './id-number.rules';
import { rosterWorkbook } from './roster-sheet';
import { readWorkerSheet, workerTemplate } from './worker-sheet';

const TODAY = '2026-11-24';
const HEADER = '姓名,身份证号,手机号,人员类别,状态,管理区划代码,所属网格编码,学历,政治面貌,退役军人,低保,社工证,职称,户籍区划代码,人员来源,入职日期';
const id = (birth: string, seq = '123') => `140799${birth}${seq}` + idCheckCharacter(`140799${birth}${seq}`);
const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\r\n'), 'utf8');

describe('readWorkerSheet', () => {
  it('reads labels, enum values, yes/no words and dates; blank optional cells are null', async () => {
    const { rows, problems } = await readWorkerSheet(
      csv(
        `张三,${id('19900101')},138 1234 5678,专职网格员,在岗,140799001001,140799001001-01,本科,中共党员,是,否,助理社会工作师,,140799001001,政府购买服务,2024/3/1`,
        `李四,${id('19910101')},13812345679,PART_TIME,,140799001001,,,,,,,,,,`,
      ),
      'csv',
      TODAY,
    );
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      line: 2,
      name: '张三',
      phone: '13812345678',
      category: 'FULL_TIME',
      status: 'ACTIVE',
      education: 'BACHELOR',
      politicalStatus: 'CPC_MEMBER',
      veteran: true,
      lowIncome: false,
      socialWorkCertificate: 'ASSISTANT',
      professionalTitle: null,
      hireSource: 'SERVICE_PURCHASE',
      hiredOn: '2024-03-01',
    });
    expect(rows[1]).toMatchObject({ line: 3, category: 'PART_TIME', status: null, gridCode: null, education: null, veteran: null, hiredOn: null });
  });

  it('reports every bad cell with its line, and duplicates within the sheet', async () => {
    const { rows, problems } = await readWorkerSheet(
      csv(
        `王五,${id('19900101')},13812345678,专职网格员,,140799001001,,,,,,,,,,`,
        `,${id('19900230')},12345,组长,,1407,,大学,,也许,,,,,,2030-01-01`,
        '',
        `赵六,${id('19900101')},13812345670,兼职网格员,,140799001001,,,,,,,,,,`,
      ),
      'csv',
      TODAY,
    );
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual([
      '3:姓名',
      '3:身份证号',
      '3:手机号',
      '3:人员类别',
      '3:管理区划代码',
      '3:入职日期',
      '3:学历',
      '3:退役军人',
      '5:身份证号',
    ]);
    expect(problems.find((p) => p.line === 5)!.problem).toBe('与第2行的身份证号重复');
  });

  it('reports a missing required column once, on the header line', async () => {
    const { problems } = await readWorkerSheet(Buffer.from('姓名,手机号\n张三,13812345678\n'), 'csv', TODAY);
    expect(problems.map((p) => p.column)).toEqual(['身份证号', '人员类别', '管理区划代码']);
    expect(problems.every((p) => p.line === 1)).toBe(true);
  });

  it('reads xlsx, including an ID number Excel turned into a number', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['张三', id('19900101'), '13812345678', '专职网格员', '', '140799001001', '', '', '', '', '', '', '', '', '', new Date(Date.UTC(2024, 2, 1))]);
    sheet.addRow(['李四', 140799199001011230, 13812345679, '专职网格员', '', '140799001001']);
    const { rows, problems } = await readWorkerSheet(Buffer.from(await workbook.xlsx.writeBuffer()), 'xlsx', TODAY);
    expect(rows).toHaveLength(1);
    expect(rows[0].hiredOn).toBe('2024-03-01');
    expect(problems).toEqual([expect.objectContaining({ line: 3, column: '身份证号', problem: expect.stringContaining('文本') })]);
  });

  it('reads its own template back as an empty, valid sheet', async () => {
    const { rows, problems } = await readWorkerSheet(await workerTemplate(), 'xlsx', TODAY);
    expect(rows).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('readWorkerSheet on a township’s own sheet', () => {
  const OWN = '序号,姓名,性别,身份证号码,联系电话,人员类别,所属社区,学历,政治面貌,入职日期,备注';
  const own = (...lines: string[]) => Buffer.from(['城关街道网格员花名册', OWN, ...lines, '填表人：王主任'].join('\r\n'), 'utf8');

  it('reads names, short labels and the date forms; lists the ignored columns; notes a month alone', async () => {
    const { rows, problems, reading, dataLines } = await readWorkerSheet(
      own(
        `1,张\u3000三,男,${id('19900101')},138-1234-5678,专职,东风社区,本科,党员,2023-05-01,`,
        `2,李四,女,${id('19910101', '124')},13812345679,兼职,新华社区,大专,团员,2023/5/1,组长`,
        `3,王五,男,${id('19920101')},13812345670,专职,东风,高中,群众,2023.5.1,`,
        `4,赵六,男,${id('19930101')},13812345671,辅助,文昌社区,中专,预备党员,2023年5月1日,`,
        `5,钱七,男,${id('19940101')},13812345672,专业,滨河社区,大学本科,,20230501,`,
        `6,孙八,女,${id('19950101', '124')},13812345673,兼职,滨河社区,,,2023年5月,`,
        `7,,,,,,,,,,`,
      ),
      'csv',
      TODAY,
    );
    expect(problems).toEqual([]);
    expect(dataLines).toBe(6);
    expect(rows.map((r) => [r.line, r.name, r.category, r.place.community, r.managingRegionCode, r.education, r.politicalStatus, r.hiredOn])).toEqual([
      [3, '张三', 'FULL_TIME', '东风社区', null, 'BACHELOR', 'CPC_MEMBER', '2023-05-01'],
      [4, '李四', 'PART_TIME', '新华社区', null, 'JUNIOR_COLLEGE', 'CYL_MEMBER', '2023-05-01'],
      [5, '王五', 'FULL_TIME', '东风', null, 'SENIOR_HIGH', 'MASSES', '2023-05-01'],
      [6, '赵六', 'AUXILIARY', '文昌社区', null, 'SENIOR_HIGH', 'CPC_PROBATIONARY', '2023-05-01'],
      [7, '钱七', 'PROFESSIONAL', '滨河社区', null, 'BACHELOR', null, '2023-05-01'],
      [8, '孙八', 'PART_TIME', '滨河社区', null, null, null, '2023-05-01'],
    ]);
    expect(rows[0].phone).toBe('13812345678');
    expect(reading.ignoredColumns).toEqual(['序号', '备注']);
    expect(reading.notes).toEqual([{ line: 8, column: '入职日期', value: '2023年5月', note: expect.stringContaining('2023-05-01') }]);
  });

  it('checks 性别 and 出生日期 against the ID number, pointing at the ID number', async () => {
    const { rows, problems } = await readWorkerSheet(
      Buffer.from(
        [
          '姓名,性别,出生年月,身份证号,手机号,人员类别,所属社区',
          `甲,女,1990.01,${id('19900101')},13812345678,专职,东风社区`,
          `乙,男,1990-02,${id('19900101', '125')},13812345679,专职,东风社区`,
          `丙,男性,1990年1月1日,${id('19900101', '127')},13812345670,专职,东风社区`,
          `丁,未知,,${id('19900101', '129')},13812345671,专职,东风社区`,
          `戊,男,1990.1,${id('19901001', '131')},13812345672,专职,东风社区`,
        ].join('\n'),
      ),
      'csv',
      TODAY,
    );
    expect(rows.map((r) => r.name)).toEqual(['丙', '戊']);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [2, '性别'],
      [3, '出生年月'],
      [5, '性别'],
    ]);
    expect(problems[0].problem).toMatch(/与身份证号不符.*男.*身份证号录错/);
    expect(problems[1].problem).toContain('1990-01-01');
  });

  it('needs a place: a code, or a name', async () => {
    const { problems, reading } = await readWorkerSheet(Buffer.from(`姓名,身份证号,手机号,人员类别\n甲,${id('19900101')},13812345678,专职\n`), 'csv', TODAY);
    expect(reading.missingColumns).toEqual([
      {
        fields: ['managingRegionCode', 'communityName', 'townshipName', 'gridName', 'gridCode'],
        headers: expect.arrayContaining(['管理区划代码', '网格名称']),
      },
    ]);
    expect(problems).toEqual([expect.objectContaining({ line: 1, column: '管理区划代码' })]);
    const blank = await readWorkerSheet(Buffer.from(`姓名,身份证号,手机号,人员类别,所属社区\n甲,${id('19900101')},13812345678,专职,\n`), 'csv', TODAY);
    expect(blank.problems).toEqual([expect.objectContaining({ line: 2, column: '所属社区', problem: expect.stringContaining('区划代码') })]);
    const coded = await readWorkerSheet(
      Buffer.from(`姓名,身份证号,手机号,人员类别,所属社区\n甲,${id('19900101')},13812345678,专职,140799001001\n`),
      'csv',
      TODAY,
    );
    expect(coded.rows[0]).toMatchObject({ managingRegionCode: '140799001001', place: { community: null, township: null, grid: null } });
  });

  it('reads a column through a mapping, and reports problems under the sheet’s own header', async () => {
    const content = Buffer.from(`姓名,身份证号,手机,类别,所属村\n甲,${id('19900101')},12345,专职,河东村\n`);
    expect((await readWorkerSheet(content, 'csv', TODAY)).reading.missingColumns.map((m) => m.fields)).toEqual([['phone']]);
    const mapped = await readWorkerSheet(content, 'csv', TODAY, { sent: [{ header: '手机', field: 'phone' }], saved: [] });
    expect(mapped.problems).toEqual([expect.objectContaining({ line: 2, column: '手机', problem: '不是11位手机号' })]);
  });

  it('reads Excel date cells and serial numbers', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(['姓名', '身份证号', '手机号', '人员类别', '所属社区', '入职日期']);
    sheet.addRow(['甲', id('19900101'), 13812345678, '专职', '东风社区', new Date(Date.UTC(2023, 4, 1))]);
    sheet.addRow(['乙', id('19910101'), 13812345679, '兼职', '东风社区', 45047]);
    const { rows, problems } = await readWorkerSheet(Buffer.from(await workbook.xlsx.writeBuffer()), 'xlsx', TODAY);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.phone, r.hiredOn])).toEqual([
      ['13812345678', '2023-05-01'],
      ['13812345679', '2023-05-01'],
    ]);
  });
});

describe('rosterWorkbook', () => {
  it('prints one line per grid, vacant grids marked', async () => {
    const roster = new Workbook();
    await roster.xlsx.load(
      (await rosterWorkbook('城关街道', TODAY, [
        {
          communityName: '东关社区',
          gridCode: 'G-01',
          gridName: '第1网格',
          area: '东关街1-20号',
          serviceItems: '政策宣传、代办服务',
          supervisionPhone: '0354-12345',
          workers: [
            { name: '张三', phone: '13812345678', role: 'FULL_TIME', stars: 4 },
            { name: '李四', phone: '13812345679', role: 'PART_TIME', stars: null },
          ],
        },
        { communityName: '东关社区', gridCode: 'G-02', gridName: '第2网格', area: null, serviceItems: null, supervisionPhone: null, workers: [] },
      ])) as never,
    );
    const sheet = roster.worksheets[0];
    expect(sheet.getCell('A1').value).toBe(`城关街道网格员公示名单（${TODAY}）`);
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      '东关社区',
      '第1网格',
      'G-01',
      '东关街1-20号',
      '政策宣传、代办服务',
      '张三（★★★★）\n李四',
      '13812345678\n13812345679',
      '0354-12345',
    ]);
    expect(sheet.getCell('F4').value).toBe('（空缺）');
  });
});
