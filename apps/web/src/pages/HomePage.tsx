import { Card, Col, Empty, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import { ErrorAlert } from '../components/ErrorAlert';
import { FlagsChart } from '../components/FlagsChart';
import { CountyHomeDocument, CurrentUserFragment, HomeDocument, HomeQuery } from '../graphql/generated';
import { t } from '../messages';
import { useQuery } from '../use-query';
import { flagsByRule, overviewTotals } from '../view-model';
import { percent } from './finance/finance-model';

type Row = HomeQuery['regionOverview'][number];

/** The numbers of the signed-in user's scope: one row per region one level down for a county or above. */
export function HomePage({ user }: { user: CurrentUserFragment }) {
  const { data, error, loading } = useQuery(HomeDocument, {});
  if (!data) return error ? <ErrorAlert error={error} /> : <Skeleton active />;
  const rows = data.regionOverview;
  const totals = overviewTotals(rows);
  const rules = flagsByRule(
    data.complianceCounts,
    data.complianceRules.map((r) => ({ id: r.id, title: t.rules[r.id] ?? r.title })),
  );
  // The scope region's own row (a county lists its own findings first), else the only row.
  const scopeName = rows.find((r) => r.regionCode === user.regionCode)?.regionName ?? (rows.length === 1 ? rows[0].regionName : user.displayName);
  const stat = (title: string, value: number | string, testId: string, danger = false) => (
    <Col xs={12} md={8} xl={4}>
      <Card size="small">
        <Statistic title={title} value={value} valueStyle={danger ? { color: '#cf1322' } : undefined} data-testid={testId} />
      </Card>
    </Col>
  );
  return (
    <>
      <ErrorAlert error={error} />
      <Typography.Title level={4} data-testid="home-title">
        {t.home.title(scopeName)}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {stat(t.home.activeWorkers, totals.activeWorkers, 'stat-active')}
        {stat(t.home.onboardingWorkers, totals.onboardingWorkers, 'stat-onboarding')}
        {stat(t.home.vacancies, totals.vacancies, 'stat-vacancies', totals.vacancies > 0)}
        {stat(t.home.longestVacancy, totals.longestVacancyDays === null ? t.common.none : t.home.days(totals.longestVacancyDays), 'stat-longest')}
        {stat(t.home.trainingBehind, totals.trainingBehind, 'stat-training', totals.trainingBehind > 0)}
        {stat(t.home.openFlags, totals.openFlags, 'stat-flags', totals.openFlags > 0)}
      </Row>
      <Card size="small" title={t.home.payroll(rows[0]?.payrollMonth ?? '')} style={{ marginTop: 16 }}>
        <Row gutter={16}>
          <Col span={4}>
            <Statistic title={t.home.payrollDraft} value={totals.payroll.draft} />
          </Col>
          <Col span={5}>
            <Statistic title={t.home.payrollSubmitted} value={totals.payroll.submitted} />
          </Col>
          <Col span={5}>
            <Statistic title={t.home.payrollApproved} value={totals.payroll.approved} />
          </Col>
          <Col span={5}>
            <Statistic title={t.home.payrollPaid} value={totals.payroll.paid} />
          </Col>
          <Col span={5}>
            <Statistic title={t.home.payrollBreaches} value={totals.payroll.breaches} valueStyle={totals.payroll.breaches ? { color: '#cf1322' } : undefined} />
          </Col>
        </Row>
      </Card>
      <Card size="small" title={t.home.flagsByRule} style={{ marginTop: 16 }} loading={loading && !data}>
        {rules.length ? <FlagsChart rows={rules} /> : <Empty description={t.home.noFlags} />}
      </Card>
      {rows.length > 1 && (
        <Card size="small" title={t.home.byRegion} style={{ marginTop: 16 }}>
          <Table<Row>
            size="small"
            rowKey="regionCode"
            pagination={false}
            data-testid="regions"
            dataSource={rows}
            columns={[
              { title: t.home.region, dataIndex: 'regionName' },
              { title: t.home.activeWorkers, dataIndex: 'activeWorkers', align: 'right' },
              { title: t.home.vacancies, dataIndex: 'vacancies', align: 'right' },
              { title: t.home.trainingBehind, dataIndex: 'trainingBehind', align: 'right' },
              {
                title: t.home.openFlags,
                align: 'right',
                render: (_, r) => r.openFlags.critical + r.openFlags.high + r.openFlags.medium + r.openFlags.low,
              },
              { title: t.home.payrollSubmitted, align: 'right', render: (_, r) => r.payrollRuns.submitted },
              {
                title: t.finance.homeExecution,
                align: 'right',
                render: (_, r) => <span data-testid="execution">{percent(r.executionPercent, t.common.none)}</span>,
              },
            ]}
          />
        </Card>
      )}
      <Card size="small" title={t.home.vacancyList} style={{ marginTop: 16 }}>
        <Table
          size="small"
          rowKey="gridId"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={data.vacancies}
          locale={{ emptyText: t.home.noVacancies }}
          data-testid="vacancies"
          columns={[
            { title: t.home.grid, render: (_, v) => `${v.gridName}（${v.gridCode}）` },
            { title: t.home.vacantSince, dataIndex: 'vacantSince' },
            { title: t.home.daysVacant, dataIndex: 'daysVacant', align: 'right' },
          ]}
        />
      </Card>
      {user.role === 'COUNTY_PLC' && <Campaigns />}
      <Card size="small" title={`${t.home.flagsByRule}（${t.home.open}）`} style={{ marginTop: 16 }}>
        <Table
          size="small"
          rowKey="rule"
          pagination={false}
          dataSource={rules}
          locale={{ emptyText: t.home.noFlags }}
          columns={[
            { title: t.home.rule, dataIndex: 'label' },
            { title: t.enums.severity.CRITICAL, dataIndex: 'critical', align: 'right' },
            { title: t.enums.severity.HIGH, dataIndex: 'high', align: 'right' },
            { title: t.enums.severity.MEDIUM, dataIndex: 'medium', align: 'right' },
            { title: t.enums.severity.LOW, dataIndex: 'low', align: 'right' },
            { title: t.home.open, dataIndex: 'open', align: 'right' },
          ]}
        />
      </Card>
    </>
  );
}

/** The county's open recruitment campaigns. */
function Campaigns() {
  const { data, error } = useQuery(CountyHomeDocument, {});
  return (
    <Card size="small" title={t.home.campaigns(data?.campaigns.totalCount ?? 0)} style={{ marginTop: 16 }} loading={!data && !error}>
      <ErrorAlert error={error} />
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data?.campaigns.edges.map((e) => e.node) ?? []}
        locale={{ emptyText: t.home.noCampaigns }}
        columns={[
          { title: t.home.campaign, dataIndex: 'title' },
          { title: t.home.registration, render: (_, c) => `${c.registrationFrom} ~ ${c.registrationTo}` },
        ]}
      />
    </Card>
  );
}
