import { Card, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExitCaseFieldsFragment, ExitCasesDocument, ExitStatus } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { yuan } from '../finance/finance-model';

/** The exits in scope (exitCases), latest last day first, filtered by status. */
export function ExitCasesPage() {
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as ExitStatus | null) ?? null;
  const { data, error, loading } = useQuery(ExitCasesDocument, { status });
  const cases = data?.exitCases ?? [];
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t.exit.list}
        </Typography.Title>
        <Select
          id="exit-status-filter"
          allowClear
          placeholder={t.exit.allStatuses}
          value={status ?? undefined}
          style={{ width: 140 }}
          options={(Object.keys(t.enums.exitStatus) as ExitStatus[]).map((value) => ({ value, label: t.enums.exitStatus[value] }))}
          onChange={(value?: ExitStatus) => setParams(value ? { status: value } : {})}
        />
        <span data-testid="exit-total">{t.exit.total(cases.length)}</span>
      </Space>
      <ErrorAlert error={error} />
      <Card size="small">
        <Table<ExitCaseFieldsFragment>
          size="small"
          rowKey="id"
          loading={loading && !data}
          dataSource={cases}
          data-testid="exits"
          columns={[
            { title: t.exit.worker, render: (_, c) => <Link to={`/workers/${c.workerId}`}>{c.workerName}</Link> },
            { title: t.exit.reason, render: (_, c) => t.enums.exitReason[c.reason] },
            { title: t.exit.noticeOn, dataIndex: 'noticeOn' },
            { title: t.exit.lastDay, dataIndex: 'lastDay' },
            { title: t.exit.severance, align: 'right', render: (_, c) => yuan(c.severanceFen) },
            { title: t.exit.progress, render: (_, c) => t.exit.progressOf(c.steps.filter((s) => s.doneOn).length, c.steps.length) },
            { title: t.exit.status, render: (_, c) => <Tag color={c.status === 'DONE' ? 'green' : 'blue'}>{t.enums.exitStatus[c.status]}</Tag> },
            { title: '', render: (_, c) => <Link to={`/exits/${c.id}`}>{t.exit.view}</Link> },
          ]}
        />
      </Card>
    </>
  );
}
