import { useState } from 'react';
import { Button, Card, DatePicker, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PayrollRunsDocument, PayrollRunStatus, RunSummaryFragment } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { yuan } from './finance-model';

export const STATUS_COLORS: Record<PayrollRunStatus, string> = { DRAFT: 'default', SUBMITTED: 'orange', APPROVED: 'blue', PAID: 'green' };
const STATUSES = Object.keys(t.enums.payrollStatus) as PayrollRunStatus[];

/** Payroll runs of the county, those waiting for approval first (status and month filters, keyset pages). */
export function PayrollRunsPage() {
  const [status, setStatus] = useState<PayrollRunStatus | null>('SUBMITTED');
  const [month, setMonth] = useState<Dayjs | null>(null);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const { data, error, loading } = useQuery(PayrollRunsDocument, { status, month: month?.format('YYYY-MM') ?? null, first: 20, after: cursors[page] });
  const runs = data?.payrollRuns.edges.map((e) => e.node) ?? [];
  const m = t.finance.runs;
  return (
    <>
      <Typography.Title level={4}>{m.title}</Typography.Title>
      <ErrorAlert error={error} />
      <Card size="small">
        <Space style={{ marginBottom: 16 }} wrap>
          <Select<PayrollRunStatus | 'ALL'>
            style={{ width: 140 }}
            value={status ?? 'ALL'}
            data-testid="run-status-filter"
            options={[{ value: 'ALL', label: m.allStatuses }, ...STATUSES.map((s) => ({ value: s, label: t.enums.payrollStatus[s] }))]}
            onChange={(value) => {
              setStatus(value === 'ALL' ? null : value);
              setCursors([null]);
            }}
          />
          <DatePicker
            picker="month"
            placeholder={m.monthPlaceholder}
            value={month}
            onChange={(value) => {
              setMonth(value);
              setCursors([null]);
            }}
          />
          {status === 'SUBMITTED' && data && <Tag color="orange">{m.waiting(data.payrollRuns.totalCount)}</Tag>}
        </Space>
        <Table<RunSummaryFragment>
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={runs}
          pagination={false}
          data-testid="runs"
          columns={[
            { title: m.township, render: (_, r) => r.township.name },
            { title: m.month, dataIndex: 'month' },
            { title: m.period, render: (_, r) => `${t.enums.periodKind[r.periodKind]}（${r.periodFrom} ~ ${r.periodTo}）` },
            { title: m.kind, render: (_, r) => t.enums.runKind[r.kind] },
            { title: m.status, render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{t.enums.payrollStatus[r.status]}</Tag> },
            { title: m.lines, dataIndex: 'lineCount', align: 'right' },
            { title: m.gross, align: 'right', render: (_, r) => yuan(r.grossFen) },
            { title: m.net, align: 'right', render: (_, r) => yuan(r.netFen) },
            {
              title: m.breaches,
              align: 'right',
              render: (_, r) => (r.breachCount ? <Tag color="red">{r.breachCount}</Tag> : 0),
            },
            { title: '', render: (_, r) => <Link to={`/finance/runs/${r.id}`}>{m.view}</Link> },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          <Button disabled={page === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t.common.previous}
          </Button>
          <Button disabled={!data?.payrollRuns.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, data!.payrollRuns.pageInfo.endCursor])}>
            {t.common.next}
          </Button>
        </Space>
      </Card>
    </>
  );
}
