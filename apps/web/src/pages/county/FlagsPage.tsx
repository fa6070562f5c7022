import { useMemo, useState } from 'react';
import { Button, Card, Empty, Segmented, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CountyFlagsDocument, CountyOpenFlagsDocument, CountyOpenFlagsQuery, Severity } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { HistoryChart } from './HistoryChart';
import { HistoryMetric, historySeries, monthsUpTo, openByRule, TownshipRow, townshipRows } from './flags-view';

type Flag = CountyOpenFlagsQuery['complianceFlags']['edges'][number]['node'];

const f = t.county.flags;
const SEVERITY_COLORS: Record<Severity, string> = { CRITICAL: 'red', HIGH: 'volcano', MEDIUM: 'gold', LOW: 'default' };
const ruleLabel = (rule: string, titles: Map<string, string>) => t.rules[rule] ?? titles.get(rule) ?? rule;

/** The county's compliance flags: the history per rule per month, one row per township, and the open flags. */
export function FlagsPage() {
  const [span, setSpan] = useState(12);
  const [metric, setMetric] = useState<HistoryMetric>('openAtEnd');
  // The months up to the current one (the scans stamp flags with the server's clock, as the browser's).
  const months = useMemo(() => monthsUpTo(dayjs().format('YYYY-MM-DD'), span), [span]);
  const { data, error } = useQuery(CountyFlagsDocument, { from: months[0], to: months.at(-1)! });
  const titles = useMemo(() => new Map((data?.complianceRules ?? []).map((r) => [r.id, r.title])), [data]);
  const series = useMemo(() => historySeries(data?.complianceHistory ?? [], months, metric, (r) => ruleLabel(r, titles)), [data, months, metric, titles]);
  if (!data) return error ? <ErrorAlert error={error} /> : <Skeleton active />;
  const townships = townshipRows(data.complianceCounts);
  return (
    <>
      <Typography.Title level={4}>{f.title}</Typography.Title>
      <ErrorAlert error={error} />
      <Card
        size="small"
        title={f.history}
        extra={
          <Space>
            <Segmented<HistoryMetric>
              value={metric}
              onChange={setMetric}
              options={[
                { value: 'openAtEnd', label: f.openAtEnd },
                { value: 'opened', label: f.opened },
                { value: 'resolved', label: f.resolved },
              ]}
              data-testid="history-metric"
            />
            <Select<number> value={span} onChange={setSpan} style={{ width: 120 }} options={[6, 12, 24, 36].map((n) => ({ value: n, label: f.months(n) }))} />
          </Space>
        }
      >
        {series.length ? <HistoryChart months={months} series={series} /> : <Empty description={f.noHistory} />}
      </Card>
      <Card size="small" title={f.byTownship} style={{ marginTop: 16 }}>
        <Table<TownshipRow>
          size="small"
          rowKey="regionCode"
          pagination={false}
          dataSource={townships}
          locale={{ emptyText: t.home.noFlags }}
          data-testid="flags-by-township"
          expandable={{
            rowExpandable: (r) => r.rules.length > 0,
            expandedRowRender: (r) => (
              <Space direction="vertical" size={2}>
                {r.rules.map((x) => (
                  <span key={x.rule}>
                    {ruleLabel(x.rule, titles)}：{x.open}
                  </span>
                ))}
              </Space>
            ),
          }}
          columns={[
            { title: t.home.region, dataIndex: 'regionName' },
            { title: t.enums.severity.CRITICAL, dataIndex: 'critical', align: 'right' },
            { title: t.enums.severity.HIGH, dataIndex: 'high', align: 'right' },
            { title: t.enums.severity.MEDIUM, dataIndex: 'medium', align: 'right' },
            { title: t.enums.severity.LOW, dataIndex: 'low', align: 'right' },
            { title: t.home.open, dataIndex: 'open', align: 'right', render: (n: number) => <span data-testid="township-open">{n}</span> },
          ]}
        />
      </Card>
      <OpenFlags titles={titles} openByRule={openByRule(data.complianceCounts)} regions={new Map(data.regionTree.map((r) => [r.code, r.name]))} />
    </>
  );
}

/** The open flags, newest first, by rule and severity, in pages by cursor. */
function OpenFlags({ titles, openByRule, regions }: { titles: Map<string, string>; openByRule: Map<string, number>; regions: Map<string, string> }) {
  const [rule, setRule] = useState<string | undefined>();
  const [minSeverity, setMinSeverity] = useState<Severity | undefined>();
  const [after, setAfter] = useState<string[]>([]);
  const { data, error, loading } = useQuery(CountyOpenFlagsDocument, { rule, minSeverity, first: 20, after: after.at(-1) });
  const rows = data?.complianceFlags.edges.map((e) => e.node) ?? [];
  const filter =
    <V,>(set: (v: V | undefined) => void) =>
    (v: V | undefined) => {
      set(v);
      setAfter([]);
    };
  return (
    <Card size="small" title={f.open(data?.complianceFlags.totalCount ?? 0)} style={{ marginTop: 16 }}>
      <ErrorAlert error={error} />
      <Space style={{ marginBottom: 16 }} wrap>
        <Select<string>
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={f.rule}
          style={{ width: 320 }}
          value={rule}
          onChange={filter(setRule)}
          // The rules with open flags, most first, with their counts.
          options={[...openByRule.entries()]
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .map(([id, n]) => ({ value: id, label: `${ruleLabel(id, titles)}（${n}）` }))}
          data-testid="flags-rule"
        />
        <Select<Severity>
          allowClear
          placeholder={f.minSeverity}
          style={{ width: 160 }}
          value={minSeverity}
          onChange={filter(setMinSeverity)}
          options={(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as Severity[]).map((s) => ({ value: s, label: f.atLeast(t.enums.severity[s]) }))}
        />
      </Space>
      <Table<Flag>
        size="small"
        rowKey="id"
        loading={loading}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t.home.noFlags }}
        data-testid="open-flags"
        onRow={(x) => ({ 'data-rule': x.rule }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: f.rule, width: 180, render: (_, x) => ruleLabel(x.rule, titles) },
          {
            title: t.worker.severity,
            width: 70,
            render: (_, x) => <Tag color={SEVERITY_COLORS[x.severity]}>{t.enums.severity[x.severity]}</Tag>,
          },
          { title: t.worker.message, dataIndex: 'message' },
          { title: t.home.region, width: 110, render: (_, x) => regions.get(x.regionCode) ?? x.regionCode },
          { title: t.worker.period, width: 120, render: (_, x) => x.period ?? '-' },
          { title: f.foundAt, width: 110, render: (_, x) => dayjs(x.foundAt).format('YYYY-MM-DD') },
          { title: t.worker.citation, dataIndex: 'citation', width: 240, ellipsis: true },
          {
            title: t.county.applicant.actions,
            width: 110,
            render: (_, x) => (x.workerId ? <Link to={`/workers/${x.workerId}`}>{f.worker}</Link> : null),
          },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Button disabled={!after.length} onClick={() => setAfter((a) => a.slice(0, -1))}>
          {t.common.previous}
        </Button>
        <Button
          disabled={!data?.complianceFlags.pageInfo.hasNextPage}
          onClick={() => data?.complianceFlags.pageInfo.endCursor && setAfter((a) => [...a, data.complianceFlags.pageInfo.endCursor!])}
        >
          {t.common.next}
        </Button>
      </Space>
    </Card>
  );
}
