import { useState } from 'react';
import { Alert, Button, Card, Col, Progress, Row, Select, Skeleton, Space, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  CountyRegionIdsDocument,
  CountySessionCountsDocument,
  CountySessionsDocument,
  CountySessionsQuery,
  CountyTrainingDocument,
  CountyTrainingQuery,
  CurrentUserFragment,
  TrainingLevel,
} from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { today } from '../../today';

type Township = CountyTrainingQuery['trainingCountyReport']['townships'][number];
type Session = CountySessionsQuery['trainingSessions']['edges'][number]['node'];
const m = t.county.training;
const LEVELS: { level: TrainingLevel; key: 'county' | 'township' | 'city' | 'province' | 'department' }[] = [
  { level: 'COUNTY', key: 'county' },
  { level: 'TOWNSHIP', key: 'township' },
  { level: 'CITY', key: 'city' },
  { level: 'PROVINCE', key: 'province' },
  { level: 'DEPARTMENT', key: 'department' },
];

/** Held against due: a bar and whether the requirement is met so far. */
function Against({ held, required, testId }: { held: number; required: number; testId: string }) {
  return (
    <Space>
      <span data-testid={testId}>{`${held} / ${required}`}</span>
      <Progress percent={required ? Math.min(100, Math.round((held / required) * 100)) : 100} size="small" style={{ width: 100 }} showInfo={false} />
      {held >= required ? <Tag color="green">{m.met}</Tag> : <Tag color="red">{m.short(required - held)}</Tag>}
    </Space>
  );
}

/** The county's training year: its own sessions against the county requirement, each township's against its own, and the sessions by level. */
export function TrainingPage({ user }: { user: CurrentUserFragment }) {
  const regions = useQuery(CountyRegionIdsDocument, {});
  const county = regions.data?.regionTree.find((r) => r.code === user.regionCode);
  if (!county) return regions.error ? <ErrorAlert error={regions.error} /> : <Skeleton active />;
  return <CountyTraining countyId={county.id} names={new Map(regions.data!.regionTree.map((r) => [r.code, r.name]))} />;
}

function CountyTraining({ countyId, names }: { countyId: string; names: Map<string, string> }) {
  const thisYear = today().year();
  const [year, setYear] = useState(thisYear);
  const { data, error } = useQuery(CountyTrainingDocument, { countyId, year });
  if (!data) return error ? <ErrorAlert error={error} /> : <Skeleton active />;
  const report = data.trainingCountyReport;
  const policy = (key: string) => data.effectivePolicy.find((p) => p.key === key);
  const perYear = [policy('training.countySessionsPerYear'), policy('training.townshipSessionsPerYear')];
  return (
    <>
      <Space style={{ marginBottom: 16 }} align="center">
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="training-title">
          {m.title(report.countyName, report.year)}
        </Typography.Title>
        <Select<number>
          value={year}
          onChange={setYear}
          style={{ width: 110 }}
          options={[0, 1, 2].map((n) => ({ value: thisYear - n, label: m.year(thisYear - n) }))}
        />
        <span>{m.asOf(report.asOf, report.checkpoint)}</span>
      </Space>
      <ErrorAlert error={error} />
      {perYear.every(Boolean) && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={m.yearly(String(perYear[0]!.value), String(perYear[1]!.value))}
          description={perYear[0]!.defaultSource}
          data-testid="training-rules"
        />
      )}
      <Row gutter={16}>
        <Col span={10}>
          <Card size="small">
            <Statistic
              title={m.countySessions}
              valueRender={() => <Against held={report.countySessionsHeld} required={report.countySessionsRequired} testId="county-sessions" />}
            />
          </Card>
        </Col>
        <Col span={7}>
          <Card size="small">
            <Statistic title={m.measured} value={report.measuredWorkers} />
          </Card>
        </Col>
        <Col span={7}>
          <Card size="small">
            <Statistic title={m.behind} value={report.behindWorkers} valueStyle={report.behindWorkers ? { color: '#cf1322' } : undefined} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={m.townships} style={{ marginTop: 16 }}>
        <Table<Township>
          size="small"
          rowKey="townshipId"
          pagination={false}
          dataSource={report.townships}
          data-testid="training-townships"
          columns={[
            { title: m.township, dataIndex: 'townshipName' },
            { title: m.sessions, render: (_, r) => <Against held={r.sessionsHeld} required={r.sessionsRequired} testId="township-sessions" /> },
            { title: m.measured, dataIndex: 'measuredWorkers', align: 'right' },
            { title: m.trainedZero, dataIndex: 'trainedZero', align: 'right' },
            { title: m.trainedOnce, dataIndex: 'trainedOnce', align: 'right' },
            { title: m.trainedTwice, dataIndex: 'trainedTwice', align: 'right' },
            { title: m.trainedMore, dataIndex: 'trainedThreeOrMore', align: 'right' },
            { title: m.behind, dataIndex: 'behind', align: 'right' },
          ]}
        />
      </Card>
      <SessionsByLevel year={year} names={names} />
    </>
  );
}

function SessionsByLevel({ year, names }: { year: number; names: Map<string, string> }) {
  const [level, setLevel] = useState<TrainingLevel>('COUNTY');
  const counts = useQuery(CountySessionCountsDocument, { year });
  return (
    <Card size="small" title={m.list} style={{ marginTop: 16 }}>
      <ErrorAlert error={counts.error} />
      <Tabs
        activeKey={level}
        onChange={(k) => setLevel(k as TrainingLevel)}
        destroyOnHidden
        items={LEVELS.map(({ level: l, key }) => ({
          key: l,
          label: <span data-testid={`sessions-tab-${l}`}>{`${t.enums.trainingLevel[l]}（${counts.data?.[key].totalCount ?? 0}）`}</span>,
          children: <Sessions year={year} level={l} names={names} />,
        }))}
      />
    </Card>
  );
}

function Sessions({ year, level, names }: { year: number; level: TrainingLevel; names: Map<string, string> }) {
  const [after, setAfter] = useState<string[]>([]);
  const { data, error, loading } = useQuery(CountySessionsDocument, { year, level, first: 20, after: after.at(-1) });
  return (
    <>
      <ErrorAlert error={error} />
      <Table<Session>
        size="small"
        rowKey="id"
        loading={loading}
        pagination={false}
        dataSource={data?.trainingSessions.edges.map((e) => e.node) ?? []}
        locale={{ emptyText: m.empty }}
        data-testid={`sessions-${level}`}
        columns={[
          { title: m.heldOn, dataIndex: 'heldOn' },
          { title: m.kind, render: (_, s) => t.enums.trainingKind[s.kind] },
          { title: m.topic, dataIndex: 'topic' },
          { title: m.organiser, render: (_, s) => s.department ?? names.get(s.regionCode) ?? s.regionCode },
          { title: m.hours, align: 'right', render: (_, s) => (s.minutes / 60).toFixed(2) },
          { title: m.trainer, render: (_, s) => s.trainer ?? '-' },
          { title: m.place, render: (_, s) => s.place ?? '-' },
        ]}
      />
      {(after.length > 0 || !!data?.trainingSessions.pageInfo.hasNextPage) && (
        <Space style={{ marginTop: 16 }}>
          <Button disabled={!after.length} onClick={() => setAfter((a) => a.slice(0, -1))}>
            {t.common.previous}
          </Button>
          <Button
            disabled={!data?.trainingSessions.pageInfo.hasNextPage}
            onClick={() => data?.trainingSessions.pageInfo.endCursor && setAfter((a) => [...a, data.trainingSessions.pageInfo.endCursor!])}
          >
            {t.common.next}
          </Button>
        </Space>
      )}
    </>
  );
}
