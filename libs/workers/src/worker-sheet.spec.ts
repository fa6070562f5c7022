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
          workers: [{ name: '张三', phone: '13812345678', role: 'FULL_TIME' }],
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
      '张三',
      '13812345678',
      '0354-12345',
    ]);
    expect(sheet.getCell('F4').value).toBe('（空缺）');
  });
});
