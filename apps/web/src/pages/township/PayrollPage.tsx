import { useMemo, useState } from 'react';
import { App, Button, Card, DatePicker, Popconfirm, Space, Statistic, Table, Tag, Typography } from 'antd';
import { CalculatorOutlined, SendOutlined, SyncOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { request } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  CurrentUserFragment,
  GeneratePayrollDocument,
  PayrollRunFieldsFragment,
  PayrollRunStatus,
  RefreshPayrollRunDocument,
  SubmitPayrollRunDocument,
  TownshipPayrollRunDocument,
  TownshipPayrollRunQuery,
  TownshipPayrollRunsDocument,
  TownshipRegionsDocument,
} from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { yuan } from './money';
import { PayItemsModal } from './PayItemsModal';
import { today } from '../../today';

type Line = TownshipPayrollRunQuery['payrollRun']['lines'][number];

const STATUS_COLORS: Record<PayrollRunStatus, string> = { DRAFT: 'default', SUBMITTED: 'blue', APPROVED: 'green', PAID: 'purple' };

/** The township's payroll of a month: draft it, enter pay items, refresh the draft and submit it to finance. */
export function PayrollPage({ user }: { user: CurrentUserFragment }) {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') || today().format('YYYY-MM');
  const runs = useQuery(TownshipPayrollRunsDocument, { month });
  const regions = useQuery(TownshipRegionsDocument, {});
  const township = useMemo(() => regions.data?.regionTree.find((r) => r.code === user.regionCode), [regions.data, user.regionCode]);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const list = runs.data?.payrollRuns.edges.map((e) => e.node) ?? [];
  const runId = selected && list.some((r) => r.id === selected) ? selected : (list.find((r) => r.periodKind === 'MONTH')?.id ?? list[0]?.id ?? null);

  const act = async (key: string, action: () => Promise<unknown>, done: string) => {
    setBusy(key);
    setError(null);
    try {
      await action();
      message.success(done);
      runs.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const generate = () =>
    township && act('generate', () => request(GeneratePayrollDocument, { input: { townshipId: township.id, month } }), t.township.pay.generated);
  const refresh = (r: PayrollRunFieldsFragment) =>
    act(`refresh-${r.id}`, () => request(RefreshPayrollRunDocument, { input: { id: r.id, version: r.version } }), t.township.pay.refreshed);
  const submit = (r: PayrollRunFieldsFragment) =>
    act(`submit-${r.id}`, () => request(SubmitPayrollRunDocument, { input: { id: r.id, version: r.version } }), t.township.pay.submitted);

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t.township.pay.title(township?.name ?? '')}
        </Typography.Title>
        <Space>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            onChange={(d) => d && setParams({ month: d.format('YYYY-MM') })}
            id="pay-month"
          />
          <Button
            type="primary"
            icon={<CalculatorOutlined />}
            disabled={!township}
            loading={busy === 'generate'}
            onClick={generate}
            data-testid="generate-payroll"
          >
            {t.township.pay.generate}
          </Button>
        </Space>
      </Space>
      <ErrorAlert error={error ?? runs.error} />
      <Card size="small" title={t.township.pay.runs(month)}>
        <Table<PayrollRunFieldsFragment>
          size="small"
          rowKey="id"
          loading={runs.loading}
          pagination={false}
          dataSource={list}
          data-testid="payroll-runs"
          locale={{ emptyText: t.township.pay.noRuns }}
          rowSelection={{ type: 'radio', selectedRowKeys: runId ? [runId] : [], onChange: (keys) => setSelected(String(keys[0])) }}
          columns={[
            { title: t.township.pay.period, render: (_, r) => `${r.periodFrom} ~ ${r.periodTo}` },
            { title: t.township.pay.kind, render: (_, r) => `${t.enums.runKind[r.kind]}${r.sequence > 1 ? ` ${r.sequence}` : ''}` },
            { title: t.township.pay.status, render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{t.enums.payrollStatus[r.status]}</Tag> },
            { title: t.township.pay.lines, dataIndex: 'lineCount' },
            { title: t.township.pay.gross, align: 'right', render: (_, r) => yuan(r.grossFen) },
            { title: t.township.pay.net, align: 'right', render: (_, r) => yuan(r.netFen) },
            { title: t.township.pay.breaches, render: (_, r) => (r.breachCount ? <Tag color="red">{r.breachCount}</Tag> : 0) },
            { title: t.township.pay.note, render: (_, r) => r.note ?? '' },
            {
              title: t.worker.action,
              render: (_, r) =>
                r.status === 'DRAFT' && (
                  <Space>
                    <Button
                      size="small"
                      icon={<SyncOutlined />}
                      loading={busy === `refresh-${r.id}`}
                      onClick={() => refresh(r)}
                      data-testid={`refresh-${r.periodKind}`}
                    >
                      {t.township.pay.refresh}
                    </Button>
                    <Popconfirm
                      title={t.township.pay.submitConfirm(r.breachCount)}
                      okText={t.township.pay.submit}
                      cancelText={t.common.cancel}
                      onConfirm={() => submit(r)}
                    >
                      <Button size="small" type="primary" icon={<SendOutlined />} loading={busy === `submit-${r.id}`} data-testid={`submit-${r.periodKind}`}>
                        {t.township.pay.submit}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      {runId && <RunLines id={runId} month={month} version={list.find((r) => r.id === runId)?.version ?? 0} onSaved={runs.reload} />}
    </>
  );
}

/** The run's lines (one per worker); in a draft, a worker's pay items open from the line. */
function RunLines({ id, month, version, onSaved }: { id: string; month: string; version: number; onSaved: () => void }) {
  const { data, error, loading } = useQuery(TownshipPayrollRunDocument, { id }, version);
  const [editing, setEditing] = useState<Line | null>(null);
  const run = data?.payrollRun;
  return (
    <Card size="small" title={t.township.pay.linesTitle} style={{ marginTop: 16 }}>
      <ErrorAlert error={error} />
      {run && (
        <Space size="large" style={{ marginBottom: 16 }}>
          <Statistic title={t.township.pay.lines} value={run.lineCount} />
          <Statistic title={t.township.pay.grossYuan} value={yuan(run.grossFen)} />
          <Statistic title={t.township.pay.netYuan} value={yuan(run.netFen)} />
          <Statistic title={t.township.pay.employerYuan} value={yuan(run.employerInsuranceFen)} />
          <Statistic title={t.township.pay.breaches} value={run.breachCount} valueStyle={run.breachCount ? { color: '#cf1322' } : undefined} />
        </Space>
      )}
      <Table<Line>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={run?.lines ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1200 }}
        data-testid="payroll-lines"
        columns={[
          { title: t.workers.name, dataIndex: 'workerName', fixed: 'left' },
          { title: t.workers.category, render: (_, l) => t.enums.category[l.category as keyof typeof t.enums.category] ?? l.category },
          { title: t.township.pay.days, dataIndex: 'employedDays' },
          ...(
            [
              ['baseFen', t.township.pay.base],
              ['performanceFen', t.township.pay.performance],
              ['rewardFen', t.township.pay.reward],
              ['perCaseFen', t.township.pay.perCase],
              ['allowanceFen', t.township.pay.allowance],
              ['specialAllowanceFen', t.township.pay.special],
              ['overtimeFen', t.township.pay.overtime],
              ['deductionFen', t.township.pay.deduction],
              ['grossFen', t.township.pay.gross],
              ['ownInsuranceFen', t.township.pay.ownInsurance],
              ['netFen', t.township.pay.net],
            ] as const
          ).map(([key, title]) => ({ title, align: 'right' as const, render: (_: unknown, l: Line) => <span data-testid={`${key}`}>{yuan(l[key])}</span> })),
          {
            title: t.township.pay.floor,
            render: (_, l) => (l.breach ? <Tag color="red">{t.township.pay.short(yuan(l.shortfallFen))}</Tag> : <Tag color="green">{t.township.pay.ok}</Tag>),
          },
          ...(run?.status === 'DRAFT'
            ? [
                {
                  title: t.worker.action,
                  fixed: 'right' as const,
                  render: (_: unknown, l: Line) => (
                    <Button size="small" onClick={() => setEditing(l)} data-testid="edit-pay-items">
                      {t.township.pay.items}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && run && (
        <PayItemsModal
          workerId={editing.worker.id}
          workerName={editing.workerName}
          month={month}
          half={run.periodKind === 'FIRST_HALF' ? 1 : run.periodKind === 'SECOND_HALF' ? 2 : null}
          onClose={(saved) => {
            setEditing(null);
            if (saved) onSaved();
          }}
        />
      )}
    </Card>
  );
}
