import { useState } from 'react';
import { Button, Card, Col, Descriptions, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { request } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ComputeCycleDocument, CountyCycleDocument, CountyCycleQuery, FinaliseCycleDocument, ReopenCycleDocument } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { ActionField, ActionModal, ActionValues } from './ActionModal';
import { ResultsTable } from './ResultsTable';

type Query = CountyCycleQuery;
const m = t.county.cycle;

interface CycleAction {
  title: string;
  hint?: string;
  fields: ActionField[];
  run: (values: ActionValues) => Promise<string | void>;
}

/** One assessment cycle: its indicators, the levels per township, who still lacks a score, the results and finalising. */
export function CyclePage() {
  const { id } = useParams<{ id: string }>();
  const [refresh, setRefresh] = useState(0);
  const { data, error } = useQuery(CountyCycleDocument, { id: id! }, refresh);
  const [action, setAction] = useState<CycleAction | null>(null);
  if (!data) return error ? <ErrorAlert error={error} /> : <Skeleton active />;
  const cycle = data.assessmentCycle;
  const open = cycle.status === 'OPEN';
  const changed = () => setRefresh((n) => n + 1);
  const countyIndicators = cycle.indicators.filter((i) => i.kind === 'ENTERED' && i.enteredBy === 'COUNTY');

  const compute: CycleAction = {
    title: m.compute,
    fields: [],
    run: async () => m.measured((await request(ComputeCycleDocument, { cycleId: cycle.id })).computeAssessmentCycle.measuredTo ?? ''),
  };
  const finalise: CycleAction = {
    title: m.finalise,
    hint: m.finaliseHint,
    fields: [],
    run: async () => {
      await request(FinaliseCycleDocument, { input: { cycleId: cycle.id, version: cycle.version } });
      return m.finalised;
    },
  };
  const reopen: CycleAction = {
    title: m.reopen,
    fields: [{ name: 'reason', label: m.reopenReason, kind: 'textarea', required: t.county.actions.reasonRequired }],
    run: async (v) => {
      await request(ReopenCycleDocument, { input: { cycleId: cycle.id, version: cycle.version, reason: String(v.reason) } });
      return m.reopened;
    },
  };

  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <Link to="/assessment">{t.common.back}</Link>
      </Space>
      <Typography.Title level={4} data-testid="cycle-title">
        {m.title(cycle.region.name, cycle.label)}{' '}
        <Tag color={open ? 'green' : 'blue'} data-testid="cycle-status">
          {t.enums.cycleStatus[cycle.status]}
        </Tag>
      </Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        {open && (
          <Button onClick={() => setAction(compute)} data-testid="compute-cycle">
            {m.compute}
          </Button>
        )}
        {open && (
          <Button type="primary" onClick={() => setAction(finalise)} data-testid="finalise-cycle">
            {m.finalise}
          </Button>
        )}
        {!open && (
          <Button onClick={() => setAction(reopen)} data-testid="reopen-cycle">
            {m.reopen}
          </Button>
        )}
      </Space>
      <Card size="small">
        <Descriptions size="small" column={3} bordered>
          <Descriptions.Item label={t.county.cycles.period}>{`${cycle.periodStart} ~ ${cycle.periodEnd}`}</Descriptions.Item>
          <Descriptions.Item label={t.county.cycles.template}>{cycle.templateName}</Descriptions.Item>
          <Descriptions.Item label={m.measuredTo}>{cycle.measuredTo ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={t.county.cycles.finalisedOn}>{cycle.finalisedOn ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={m.finalisedBy}>{cycle.finalisedBy ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={m.quota}>{cycle.excellentQuotaPercent === null ? '-' : m.percent(cycle.excellentQuotaPercent)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col xs={24} xl={10}>
          <Card size="small" title={m.indicators}>
            <Table<Query['assessmentCycle']['indicators'][number]>
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={cycle.indicators}
              columns={[
                { title: m.indicator, dataIndex: 'label' },
                { title: m.weight, align: 'right', render: (_, i) => m.percent(i.weight) },
                { title: m.enteredBy, render: (_, i) => (i.kind === 'ENTERED' ? m.entered(m.units[i.enteredBy ?? ''] ?? '') : m.computed) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small" title={m.distribution}>
            <Table<Query['assessmentDistribution'][number]>
              size="small"
              rowKey="townshipCode"
              pagination={false}
              dataSource={data.assessmentDistribution}
              data-testid="distribution"
              columns={[
                { title: m.township, dataIndex: 'townshipName' },
                { title: m.rated, dataIndex: 'rated', align: 'right' },
                { title: t.enums.assessmentLevel.EXCELLENT, dataIndex: 'excellent', align: 'right' },
                { title: t.enums.assessmentLevel.COMPETENT, dataIndex: 'competent', align: 'right' },
                { title: t.enums.assessmentLevel.BASIC, dataIndex: 'basic', align: 'right' },
                { title: t.enums.assessmentLevel.INCOMPETENT, dataIndex: 'incompetent', align: 'right' },
                { title: m.unscored, dataIndex: 'unscored', align: 'right' },
                { title: m.average, align: 'right', render: (_, r) => r.average?.toFixed(2) ?? '-' },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={m.missing(data.assessmentMissingScores.length)} style={{ marginTop: 16 }}>
        <Table<Query['assessmentMissingScores'][number]>
          size="small"
          rowKey="resultId"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={data.assessmentMissingScores}
          locale={{ emptyText: m.noMissing }}
          data-testid="missing-scores"
          columns={[
            { title: m.worker, dataIndex: 'name' },
            { title: m.township, dataIndex: 'townshipName' },
            { title: m.missingIndicators, render: (_, r) => r.missing.join('、') },
          ]}
        />
      </Card>
      <ResultsTable cycleId={cycle.id} open={open} countyIndicators={countyIndicators} refresh={refresh} onChanged={changed} />
      {action && (
        <ActionModal
          title={action.title}
          hint={action.hint}
          fields={action.fields}
          submit={action.run}
          onClose={(done) => {
            setAction(null);
            if (done) changed();
          }}
        />
      )}
    </>
  );
}
