// Budget execution as finance exports it: the plan and the spending month by month, with a total row.
import { Injectable } from '@nestjs/common';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { AuthUser, validateInput, yuan } from '@gridhr/common';
import { Report, ReportColumn, ReportResult, withTotalRow } from '@gridhr/platform';
import { BudgetService } from './budget.service';

@ArgsType()
export class BudgetExecutionParams {
  @Field(() => ID, { description: 'A county or township' }) @IsUUID() regionId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
}

type Row = Record<string, unknown>;
const SUMS = ['plannedFen', 'payFen', 'employerInsuranceFen', 'accidentPremiumsFen', 'actualFen'];

@Injectable()
export class BudgetExecutionReport implements Report<BudgetExecutionParams, Row> {
  readonly id = 'budget.execution';
  readonly title = '网格员经费预算执行情况';
  readonly columns: ReportColumn[] = [
    { key: 'month', header: '月份', kind: 'text' },
    { key: 'plannedFen', header: '月度预算', kind: 'fen', width: 14 },
    { key: 'payFen', header: '工资支出', kind: 'fen', width: 14 },
    { key: 'employerInsuranceFen', header: '单位社保', kind: 'fen', width: 14 },
    { key: 'accidentPremiumsFen', header: '意外险保费', kind: 'fen', width: 14 },
    { key: 'actualFen', header: '实际支出合计', kind: 'fen', width: 14 },
    { key: 'cumulativeActualFen', header: '累计支出', kind: 'fen', width: 14 },
  ];

  constructor(private readonly budgets: BudgetService) {}

  parse(params: unknown): Promise<BudgetExecutionParams> {
    return validateInput(BudgetExecutionParams, params, 'params');
  }

  async run(user: AuthUser, params: BudgetExecutionParams): Promise<ReportResult<Row>> {
    const e = await this.budgets.execution(user, params.regionId, params.year);
    const name = `${e.region.name}${e.year}年网格员经费预算执行情况`;
    return {
      title: name,
      fileName: name,
      summary: [
        ['统计截至', e.asOf],
        ['年度预算（元）', yuan(e.totals.totalFen)],
        ['其中：工资', yuan(e.totals.payFen)],
        ['单位社保', yuan(e.totals.employerInsuranceFen)],
        ['意外险保费', yuan(e.totals.accidentPremiumsFen)],
        ['培训经费（仅预算，支出未在本系统记录）', yuan(e.totals.trainingFundsFen)],
        ['累计支出（元）', yuan(e.actualToDateFen)],
        ['预算执行率', e.executionPercent === null ? '—' : `${e.executionPercent}%`],
      ],
      rows: withTotalRow(
        e.months.map((m): Row => ({ ...m })),
        'month',
        SUMS,
      ),
    };
  }
}
