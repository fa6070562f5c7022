import { useEffect, useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, InputNumber, Progress, Select, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { request } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  ExportFormat,
  PayrollRunsDocument,
  ReportFileStateFragment,
  ReportFileStatusDocument,
  ReportListDocument,
  RequestReportFileDocument,
} from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { reportParams } from './finance-model';
import { useCountyAndTownships, useLatestPayrollMonth } from './finance-hooks';

/** The reports finance downloads, in this order. */
const FINANCE_REPORTS = ['pay.register', 'pay.by-region', 'pay.by-category', 'pay.floor-compliance', 'budget.execution', 'insurance.cost'];
const MONTHLY = ['pay.by-region', 'pay.by-category', 'pay.floor-compliance'];
const POLL_MS = 1000;

interface Job {
  downloadPath: string;
  file: ReportFileStateFragment;
  title: string;
}

interface Choice {
  report: string;
  regionId?: string;
  month?: Dayjs;
  year?: number;
  runId?: string;
  format: ExportFormat;
}

/** Report files requested as background jobs: their progress (polled) and the one-time link when done. */
export function ReportsPage() {
  const reports = useQuery(ReportListDocument, {});
  const runs = useQuery(PayrollRunsDocument, { first: 100 });
  const { regions } = useCountyAndTownships();
  const latest = useLatestPayrollMonth();
  const [form] = Form.useForm<Choice>();
  const [jobs, setJobs] = useState<Job[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [polls, setPolls] = useState(0);
  const report = Form.useWatch('report', form);
  const m = t.finance.reports;

  useEffect(() => {
    if (latest) form.setFieldsValue({ month: dayjs(`${latest}-01`), year: Number(latest.slice(0, 4)) });
  }, [latest, form]);
  useEffect(() => {
    if (regions.length && !form.getFieldValue('regionId')) form.setFieldsValue({ regionId: regions[0].id });
  }, [regions, form]);

  // Polls the files still being written.
  const pending = jobs
    .filter((j) => j.file.status === 'QUEUED' || j.file.status === 'RUNNING')
    .map((j) => j.file.id)
    .join(',');
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(async () => {
      try {
        const states = await Promise.all(pending.split(',').map((id) => request(ReportFileStatusDocument, { id })));
        const byId = new Map(states.map((s) => [s.reportFile.id, s.reportFile]));
        setJobs((current) => current.map((j) => ({ ...j, file: byId.get(j.file.id) ?? j.file })));
        setPolls((n) => n + 1);
      } catch (e) {
        setError(e);
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [pending, polls]);

  const titles = new Map((reports.data?.reports ?? []).map((r) => [r.id, r.title]));
  const submit = async (choice: Choice) => {
    setBusy(true);
    setError(null);
    try {
      const params = reportParams(choice.report, {
        regionId: choice.regionId ?? null,
        month: choice.month?.format('YYYY-MM') ?? '',
        year: choice.year ?? 0,
        runId: choice.runId ?? null,
      });
      const { requestReportFile } = await request(RequestReportFileDocument, { report: choice.report, params, format: choice.format });
      setJobs((current) => [{ ...requestReportFile, title: titles.get(choice.report) ?? choice.report }, ...current]);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const markDownloaded = (id: string) =>
    setJobs((current) => current.map((j) => (j.file.id === id ? { ...j, file: { ...j.file, downloadedAt: new Date().toISOString() } } : j)));

  return (
    <>
      <Typography.Title level={4}>{m.title}</Typography.Title>
      <ErrorAlert error={reports.error ?? runs.error} />
      <Card size="small">
        <ErrorAlert error={error} />
        <Form form={form} layout="inline" onFinish={submit} initialValues={{ format: 'XLSX', report: 'pay.by-region' }} style={{ rowGap: 12 }}>
          <Form.Item name="report" label={m.report}>
            <Select
              id="report"
              style={{ width: 240 }}
              options={FINANCE_REPORTS.filter((id) => titles.has(id)).map((id) => ({ value: id, label: titles.get(id) }))}
            />
          </Form.Item>
          {report === 'pay.register' ? (
            <Form.Item name="runId" label={m.run} rules={[{ required: true, message: m.runRequired }]}>
              <Select
                id="report-run"
                style={{ width: 320 }}
                showSearch
                optionFilterProp="label"
                options={(runs.data?.payrollRuns.edges ?? []).map(({ node: r }) => ({
                  value: r.id,
                  label: `${r.township.name} ${r.month} ${t.enums.periodKind[r.periodKind]} ${t.enums.payrollStatus[r.status]}`,
                }))}
              />
            </Form.Item>
          ) : (
            <Form.Item name="regionId" label={m.region}>
              <Select id="report-region" style={{ width: 160 }} options={regions.map((r) => ({ value: r.id, label: r.name }))} />
            </Form.Item>
          )}
          {MONTHLY.includes(report) && (
            <Form.Item name="month" label={m.month}>
              <DatePicker picker="month" id="report-month" allowClear={false} />
            </Form.Item>
          )}
          {(report === 'budget.execution' || report === 'insurance.cost') && (
            <Form.Item name="year" label={m.year}>
              <InputNumber id="report-year" min={2000} max={2100} />
            </Form.Item>
          )}
          <Form.Item name="format" label={m.format}>
            <Select
              id="report-format"
              style={{ width: 100 }}
              options={[
                { value: 'XLSX', label: 'Excel' },
                { value: 'CSV', label: 'CSV' },
              ]}
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="request-report">
              {m.request}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card size="small" title={m.jobs} style={{ marginTop: 16 }}>
        <Alert type="info" showIcon message={m.oneTime} style={{ marginBottom: 12 }} />
        <Table<Job>
          size="small"
          rowKey={(j) => j.file.id}
          pagination={false}
          dataSource={jobs}
          data-testid="report-jobs"
          columns={[
            { title: m.report, dataIndex: 'title' },
            { title: m.status, render: (_, j) => <Tag data-testid="job-status">{t.enums.reportFileStatus[j.file.status]}</Tag> },
            {
              title: m.progress,
              width: 180,
              render: (_, j) => <Progress percent={j.file.progress} size="small" status={j.file.status === 'FAILED' ? 'exception' : undefined} />,
            },
            { title: m.rows, align: 'right', render: (_, j) => j.file.rows ?? '' },
            { title: m.expiresAt, render: (_, j) => (j.file.expiresAt ? dayjs(j.file.expiresAt).format('YYYY-MM-DD HH:mm') : '') },
            {
              title: m.download,
              render: (_, j) => {
                if (j.file.status === 'FAILED') return <Typography.Text type="danger">{m.failed(j.file.error ?? '')}</Typography.Text>;
                if (j.file.status !== 'DONE') return null;
                if (j.file.downloadedAt) return <Typography.Text type="secondary">{m.downloaded}</Typography.Text>;
                return (
                  <a href={j.downloadPath} download onClick={() => setTimeout(() => markDownloaded(j.file.id), 500)} data-testid="download">
                    {j.file.fileName ?? m.download}
                  </a>
                );
              },
            },
          ]}
        />
      </Card>
    </>
  );
}
