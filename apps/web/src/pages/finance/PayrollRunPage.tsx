import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { request } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Dayjs } from 'dayjs';
import {
  ApprovePayrollRunDocument,
  MarkPayrollRunPaidDocument,
  PayrollRunDetailDocument,
  PayrollRunDetailQuery,
  ReturnPayrollRunDocument,
} from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { failedChecks, yuan } from './finance-model';
import { STATUS_COLORS } from './PayrollRunsPage';

type Line = PayrollRunDetailQuery['payrollRun']['lines'][number];

/** One run: its numbers, the floor breaches the api found, its lines, and finance's approve / return. */
export function PayrollRunPage() {
  const { id } = useParams<{ id: string }>();
  const { data, error, reload } = useQuery(PayrollRunDetailDocument, { id: id! });
  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [returning, setReturning] = useState(false);
  const [paying, setPaying] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const [payForm] = Form.useForm<{ paidOn?: Dayjs | null }>();
  const { message, modal } = App.useApp();
  const m = t.finance.run;
  if (!data) return error ? <ErrorAlert error={error} /> : <Skeleton active />;
  const run = data.payrollRun;
  const breaches = run.lines.filter((l) => l.breach).flatMap((l) => failedChecks(l.floorChecks).map((c) => ({ line: l, check: c })));

  const act = async (step: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setActionError(null);
    try {
      await step();
      message.success(done);
      setReturning(false);
      setPaying(false);
      reload();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(false);
    }
  };
  const approve = () =>
    modal.confirm({
      title: m.approve,
      content: m.approveConfirm,
      onOk: () => act(() => request(ApprovePayrollRunDocument, { input: { id: run.id, version: run.version } }), m.approved),
    });
  const markPaid = ({ paidOn }: { paidOn?: Dayjs | null }) =>
    act(
      () => request(MarkPayrollRunPaidDocument, { input: { id: run.id, version: run.version, ...(paidOn ? { paidOn: paidOn.format('YYYY-MM-DD') } : {}) } }),
      m.paid,
    );
  const sendBack = ({ reason }: { reason: string }) =>
    act(() => request(ReturnPayrollRunDocument, { input: { id: run.id, version: run.version, reason } }), m.returned);

  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <Link to="/finance/runs">{t.common.back}</Link>
      </Space>
      <Typography.Title level={4} data-testid="run-title">
        {m.title(run.township.name, run.month, t.enums.periodKind[run.periodKind])}
      </Typography.Title>
      <ErrorAlert error={error} />
      <ErrorAlert error={actionError} />
      <Card
        size="small"
        title={m.summary}
        extra={
          (run.status === 'APPROVED' && (
            <Button type="primary" onClick={() => setPaying(true)} loading={busy} data-testid="mark-paid">
              {m.markPaid}
            </Button>
          )) ||
          (run.status === 'SUBMITTED' && (
            <Space>
              <Button onClick={() => setReturning(true)} disabled={busy} data-testid="return">
                {m.return}
              </Button>
              <Button type="primary" onClick={approve} loading={busy} data-testid="approve">
                {m.approve}
              </Button>
            </Space>
          ))
        }
      >
        <Descriptions size="small" column={4} bordered>
          <Descriptions.Item label={t.finance.runs.status}>
            <Tag color={STATUS_COLORS[run.status]} data-testid="run-status">
              {t.enums.payrollStatus[run.status]}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t.finance.runs.kind}>{t.enums.runKind[run.kind]}</Descriptions.Item>
          <Descriptions.Item label={m.sequence}>{run.sequence}</Descriptions.Item>
          <Descriptions.Item label={t.finance.runs.period}>{`${run.periodFrom} ~ ${run.periodTo}`}</Descriptions.Item>
          <Descriptions.Item label={t.finance.runs.lines}>{run.lineCount}</Descriptions.Item>
          <Descriptions.Item label={t.finance.runs.gross}>
            <span data-testid="run-gross">{yuan(run.grossFen)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t.finance.runs.net}>{yuan(run.netFen)}</Descriptions.Item>
          <Descriptions.Item label={t.finance.runs.employerInsurance}>{yuan(run.employerInsuranceFen)}</Descriptions.Item>
          <Descriptions.Item label={t.finance.runs.submittedBy}>{run.submittedBy ?? t.common.none}</Descriptions.Item>
          <Descriptions.Item label={t.finance.runs.approvedBy}>{run.approvedBy ?? t.common.none}</Descriptions.Item>
          <Descriptions.Item label={t.finance.runs.approvedOn}>{run.approvedOn ?? t.common.none}</Descriptions.Item>
          <Descriptions.Item label={t.finance.runs.paidOn}>{run.paidOn ?? t.common.none}</Descriptions.Item>
          {run.note && (
            <Descriptions.Item label={t.finance.runs.note} span={4}>
              {run.note}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" style={{ marginTop: 16 }} data-testid="breaches">
        {breaches.length ? (
          <>
            <Alert type="error" showIcon message={m.breachTitle(run.breachCount)} style={{ marginBottom: 12 }} />
            <Table
              size="small"
              rowKey={(b) => `${b.line.id}-${b.check.floor}`}
              pagination={false}
              dataSource={breaches}
              columns={[
                { title: m.worker, render: (_, b) => b.line.workerName },
                { title: m.floor, render: (_, b) => t.enums.payFloor[b.check.floor] },
                { title: m.required, align: 'right', render: (_, b) => (b.check.requiredFen === null ? t.common.none : yuan(b.check.requiredFen)) },
                { title: m.compared, align: 'right', render: (_, b) => yuan(b.check.comparedFen) },
                { title: m.shortfall, align: 'right', render: (_, b) => <Typography.Text type="danger">{yuan(b.check.shortfallFen)}</Typography.Text> },
                { title: m.problem, render: (_, b) => b.check.problem ?? '' },
              ]}
            />
          </>
        ) : (
          <Alert type="success" showIcon message={m.noBreach} />
        )}
      </Card>
      <Card size="small" title={m.lines} style={{ marginTop: 16 }}>
        <Table<Line>
          size="small"
          rowKey="id"
          dataSource={run.lines}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 1200 }}
          data-testid="lines"
          rowClassName={(l) => (l.breach ? 'ant-table-row-danger' : '')}
          columns={[
            { title: m.worker, dataIndex: 'workerName', fixed: 'left' },
            { title: m.category, render: (_, l) => t.enums.category[l.category as keyof typeof t.enums.category] ?? l.category },
            { title: m.employer, render: (_, l) => l.employerName ?? t.common.none },
            { title: m.employedDays, dataIndex: 'employedDays', align: 'right' },
            { title: m.base, align: 'right', render: (_, l) => yuan(l.baseFen) },
            { title: m.performance, align: 'right', render: (_, l) => yuan(l.performanceFen) },
            { title: m.allowance, align: 'right', render: (_, l) => yuan(l.allowanceFen + l.specialAllowanceFen + l.rewardFen + l.perCaseFen + l.overtimeFen) },
            { title: m.deduction, align: 'right', render: (_, l) => yuan(l.deductionFen) },
            { title: t.finance.runs.gross, align: 'right', render: (_, l) => yuan(l.grossFen) },
            { title: m.ownInsurance, align: 'right', render: (_, l) => yuan(l.ownInsuranceFen) },
            { title: t.finance.runs.net, align: 'right', render: (_, l) => yuan(l.netFen) },
            { title: m.breach, render: (_, l) => (l.breach ? <Tag color="red">{yuan(l.shortfallFen)}</Tag> : '') },
          ]}
        />
      </Card>
      <Modal
        open={returning}
        title={m.returnTitle}
        okText={m.return}
        cancelText={t.common.cancel}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setReturning(false)}
        destroyOnHidden
      >
        <ErrorAlert error={actionError} />
        <Form form={form} layout="vertical" onFinish={sendBack} preserve={false}>
          <Form.Item name="reason" label={m.reason} rules={[{ required: true, whitespace: true, message: m.reasonRequired }]}>
            <Input.TextArea id="return-reason" rows={3} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={paying}
        title={m.markPaidTitle}
        okText={m.markPaid}
        cancelText={t.common.cancel}
        confirmLoading={busy}
        onOk={() => payForm.submit()}
        onCancel={() => setPaying(false)}
        destroyOnHidden
        okButtonProps={{ id: 'save-paid' }}
      >
        <ErrorAlert error={actionError} />
        <Form form={payForm} layout="vertical" onFinish={markPaid} preserve={false}>
          <Form.Item name="paidOn" label={m.paidOn} extra={m.paidOnHint}>
            <DatePicker id="paid-on" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
