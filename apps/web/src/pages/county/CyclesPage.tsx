import { useState } from 'react';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CountyCyclesDocument, CountyCyclesQuery } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';

type Cycle = CountyCyclesQuery['assessmentCycles']['edges'][number]['node'];

const c = t.county.cycles;

/** The assessment cycles of the county (and those above it), latest first. */
export function CyclesPage() {
  const [after, setAfter] = useState<string[]>([]);
  const { data, error, loading } = useQuery(CountyCyclesDocument, { first: 20, after: after.at(-1) });
  return (
    <>
      <Typography.Title level={4}>{c.title}</Typography.Title>
      <ErrorAlert error={error} />
      <Card size="small">
        <Table<Cycle>
          size="small"
          rowKey="id"
          loading={loading}
          pagination={false}
          dataSource={data?.assessmentCycles.edges.map((e) => e.node) ?? []}
          locale={{ emptyText: c.empty }}
          data-testid="cycles"
          columns={[
            { title: c.cycle, render: (_, x) => <Link to={`/assessment/${x.id}`}>{x.label}</Link> },
            { title: c.kind, render: (_, x) => t.enums.cycleKind[x.kind] },
            { title: c.status, render: (_, x) => <Tag color={x.status === 'OPEN' ? 'green' : 'blue'}>{t.enums.cycleStatus[x.status]}</Tag> },
            { title: c.period, render: (_, x) => `${x.periodStart} ~ ${x.periodEnd}` },
            { title: c.template, dataIndex: 'templateName' },
            { title: c.finalisedOn, render: (_, x) => x.finalisedOn ?? '-' },
            { title: c.reopenings, dataIndex: 'reopenings', align: 'right' },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          <Button disabled={!after.length} onClick={() => setAfter((a) => a.slice(0, -1))}>
            {t.common.previous}
          </Button>
          <Button
            disabled={!data?.assessmentCycles.pageInfo.hasNextPage}
            onClick={() => data?.assessmentCycles.pageInfo.endCursor && setAfter((a) => [...a, data.assessmentCycles.pageInfo.endCursor!])}
          >
            {t.common.next}
          </Button>
        </Space>
      </Card>
    </>
  );
}
