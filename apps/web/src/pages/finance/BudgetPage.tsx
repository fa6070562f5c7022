import { useEffect, useState } from 'react';
import { Alert, Card, Col, InputNumber, Row, Select, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BudgetExecutionDocument, BudgetExecutionQuery } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { BudgetChart } from './BudgetChart';
import { percent, yuan } from './finance-model';
import { useCountyAndTownships, useLatestPayrollMonth } from './finance-hooks';

type Month = BudgetExecutionQuery['budgetExecution']['months'][number];

/** Budget versus actual by month for the county or one of its townships, with execution and time progress. */
export function BudgetPage() {
  const { regions, error: regionsError } = useCountyAndTownships();
  const latest = useLatestPayrollMonth();
  const [regionId, setRegionId] = useState<string | null>(null);
  const [year, setYear] = useState<number | null>(null);
  useEffect(() => {
    if (!regionId && regions.length) setRegionId(regions[0].id);
  }, [regions, regionId]);
  useEffect(() => {
    if (year === null && latest) setYear(Number(latest.slice(0, 4)));
  }, [latest, year]);
  const m = t.finance.budget;
  return (
    <>
      <Typography.Title level={4}>{m.title}</Typography.Title>
      <ErrorAlert error={regionsError} />
      <Space style={{ marginBottom: 16 }}>
        <span>{m.region}</span>
        <Select
          id="budget-region"
          style={{ width: 180 }}
          value={regionId}
          onChange={setRegionId}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
        />
        <span>{m.year}</span>
        <InputNumber id="budget-year" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
      </Space>
      {regionId && year ? <Execution regionId={regionId} year={year} /> : <Skeleton active />}
    </>
  );
}

function Execution({ regionId, year }: { regionId: string; year: number }) {
  const { data, error } = useQuery(BudgetExecutionDocument, { regionId, year });
  const m = t.finance.budget;
  if (!data) return error ? <ErrorAlert error={error} /> : <Skeleton active />;
  const e = data.budgetExecution;
  return (
    <>
      <ErrorAlert error={error} />
      {!e.budget && <Alert type="warning" showIcon message={m.noBudget} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        <Col span={5}>
          <Card size="small">
            <Statistic title={m.budget} value={e.budget ? yuan(e.budget.totals.totalFen) : t.common.none} data-testid="budget-total" />
          </Card>
        </Col>
        <Col span={5}>
          <Card size="small">
            <Statistic title={m.planned} value={yuan(e.plannedToDateFen)} />
          </Card>
        </Col>
        <Col span={5}>
          <Card size="small">
            <Statistic title={m.actual} value={yuan(e.actualToDateFen)} data-testid="budget-actual" />
          </Card>
        </Col>
        <Col span={5}>
          <Card size="small">
            <Statistic title={m.execution} value={percent(e.executionPercent, t.common.none)} data-testid="budget-execution" />
          </Card>
        </Col>
        <Col span={4}>
          <Card size="small">
            <Statistic title={m.progress} value={percent(e.progressPercent, t.common.none)} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={`${e.regionName} ${e.year} ${m.chart}`} style={{ marginTop: 16 }}>
        <BudgetChart months={e.months} />
      </Card>
      <Card size="small" style={{ marginTop: 16 }}>
        <Table<Month>
          size="small"
          rowKey="month"
          pagination={false}
          dataSource={e.months}
          data-testid="budget-months"
          columns={[
            { title: m.month, dataIndex: 'month' },
            { title: m.plannedMonth, align: 'right', render: (_, x) => yuan(x.plannedFen) },
            { title: m.pay, align: 'right', render: (_, x) => yuan(x.payFen) },
            { title: m.employerInsurance, align: 'right', render: (_, x) => yuan(x.employerInsuranceFen) },
            { title: m.accident, align: 'right', render: (_, x) => yuan(x.accidentPremiumsFen) },
            { title: m.actualMonth, align: 'right', render: (_, x) => yuan(x.actualFen) },
            { title: m.cumulativeActual, align: 'right', render: (_, x) => yuan(x.cumulativeActualFen) },
          ]}
        />
      </Card>
    </>
  );
}
