// The payroll register of a run (工资发放表), exported through @gridhr/reports for finance. ID numbers are
// masked as everywhere: a register carries no personal data a finance office does not need.
import { Injectable } from '@nestjs/common';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { AuthUser, validateInput, yuan } from '@gridhr/common';
import { Report, ReportColumn, ReportResult } from '@gridhr/platform';
import { LABELS } from '@gridhr/workers';
import { PayrollService } from './payroll.service';

@ArgsType()
export class PayrollRegisterArgs {
  @Field(() => ID, { description: 'The payroll run whose register (工资发放表) is exported' }) @IsUUID() runId: string;
}

const STATUS: Record<string, string> = { DRAFT: '草稿', SUBMITTED: '已提交', APPROVED: '已审核', PAID: '已发放' };
const PERIOD: Record<string, string> = { MONTH: '', FIRST_HALF: '上半月', SECOND_HALF: '下半月' };

/** The columns of a register's pay line (工资发放表), shared by a run's register and a month's. */
export const PAY_LINE_COLUMNS: ReportColumn[] = [
  { key: 'workerName', header: '姓名', kind: 'text' },
  { key: 'idNumber', header: '身份证号', kind: 'text', width: 20 },
  { key: 'category', header: '人员类别', kind: 'text', width: 12, labels: LABELS.category },
  { key: 'employerName', header: '用人单位', kind: 'text', width: 20 },
  { key: 'employedDays', header: '在岗天数', kind: 'int' },
  { key: 'baseFen', header: '基本工资', kind: 'fen' },
  { key: 'performanceFen', header: '绩效工资', kind: 'fen' },
  { key: 'rewardFen', header: '以奖代补', kind: 'fen' },
  { key: 'perCaseFen', header: '以案定补', kind: 'fen' },
  { key: 'allowanceFen', header: '津贴补贴', kind: 'fen' },
  { key: 'specialAllowanceFen', header: '特殊津贴', kind: 'fen' },
  { key: 'overtimeFen', header: '加班工资', kind: 'fen' },
  { key: 'deductionFen', header: '扣款', kind: 'fen' },
  { key: 'exitPayFen', header: '经济补偿及代通知金', kind: 'fen', width: 16 },
  { key: 'grossFen', header: '应发合计', kind: 'fen' },
  { key: 'ownInsuranceFen', header: '个人社保公积金', kind: 'fen', width: 14 },
  { key: 'netFen', header: '实发金额', kind: 'fen' },
  { key: 'employerInsuranceFen', header: '单位社保', kind: 'fen' },
  { key: 'breach', header: '低于法定下限', kind: 'bool', width: 12 },
  { key: 'shortfallFen', header: '差额', kind: 'fen' },
];

@Injectable()
export class PayrollRegisterReport implements Report<PayrollRegisterArgs, Record<string, unknown>> {
  readonly id = 'pay.register';
  readonly title = '网格员工资发放表';
  readonly columns = PAY_LINE_COLUMNS;

  constructor(private readonly payroll: PayrollService) {}

  parse(params: unknown): Promise<PayrollRegisterArgs> {
    return validateInput(PayrollRegisterArgs, params, 'params');
  }

  async run(user: AuthUser, params: PayrollRegisterArgs): Promise<ReportResult<Record<string, unknown>>> {
    const run = await this.payroll.get(user, params.runId);
    const [lines] = await this.payroll.linesOf([run.id]);
    const name = `${run.township.name}${run.month}${PERIOD[run.periodKind]}${run.sequence > 1 ? `补发调整${run.sequence - 1}` : ''}网格员工资发放表`;
    return {
      title: name,
      fileName: name,
      summary: [
        ['状态', STATUS[run.status]],
        ['人数', run.lineCount],
        ['应发合计（元）', yuan(run.grossFen)],
        ['实发合计（元）', yuan(run.netFen)],
        ['单位社保合计（元）', yuan(run.employerInsuranceFen)],
        ['低于法定下限人数', run.breachCount],
      ],
      rows: lines.map((l) => ({
        ...Object.fromEntries(this.columns.map((c) => [c.key, (l as unknown as Record<string, unknown>)[c.key]])),
        idNumber: l.worker.idNumberMasked,
      })),
    };
  }
}
