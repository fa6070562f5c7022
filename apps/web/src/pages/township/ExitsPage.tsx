import { useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, Modal, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate } from 'react-router-dom';
import { request } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExitCaseFieldsFragment, ExitCasesDocument, ExitReason, ExitStatus, OpenExitDocument, WorkerChoicesDocument } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';

const options = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/** The township's exit cases (离岗办理) with their checklist progress; a new case opens from here. */
export function ExitsPage() {
  const [status, setStatus] = useState<ExitStatus | null>('OPEN');
  const { data, error, loading } = useQuery(ExitCasesDocument, { status });
  const [opening, setOpening] = useState(false);
  const navigate = useNavigate();
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t.township.exit.title}
        </Typography.Title>
        <Space>
          <Select
            value={status ?? 'ALL'}
            onChange={(v) => setStatus(v === 'ALL' ? null : (v as ExitStatus))}
            options={[{ value: 'ALL', label: t.common.all }, ...options(t.enums.exitStatus)]}
            style={{ width: 120 }}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)} data-testid="open-exit">
            {t.township.exit.open}
          </Button>
        </Space>
      </Space>
      <ErrorAlert error={error} />
      <Card size="small">
        <Table<ExitCaseFieldsFragment>
          size="middle"
          rowKey="id"
          loading={loading}
          pagination={false}
          dataSource={data?.exitCases ?? []}
          data-testid="exit-cases"
          columns={[
            { title: t.workers.name, render: (_, c) => <Link to={`/township/exits/${c.id}`}>{c.workerName}</Link> },
            { title: t.township.exit.reason, render: (_, c) => t.enums.exitReason[c.reason] },
            { title: t.township.exit.noticeOn, dataIndex: 'noticeOn' },
            { title: t.township.exit.lastDay, dataIndex: 'lastDay' },
            { title: t.township.exit.transferDueOn, dataIndex: 'transferDueOn' },
            {
              title: t.township.exit.progress,
              render: (_, c) => (
                <Progress size="small" style={{ width: 140 }} percent={Math.round((100 * c.steps.filter((s) => s.doneOn).length) / c.steps.length)} />
              ),
            },
            { title: t.township.exit.status, render: (_, c) => <Tag color={c.status === 'DONE' ? 'green' : 'blue'}>{t.enums.exitStatus[c.status]}</Tag> },
            { title: t.township.exit.late, render: (_, c) => (c.steps.some((s) => s.late) ? <Tag color="red">{t.township.exit.lateTag}</Tag> : '') },
          ]}
        />
      </Card>
      {opening && <OpenExit onClose={(id) => (id ? navigate(`/township/exits/${id}`) : setOpening(false))} />}
    </>
  );
}

type Values = { workerId: string; reason: ExitReason; noticeOn: Dayjs; lastDay: Dayjs; note?: string };

/** openExit: the worker, the reason and the dates; the api checks the law (notice, grounds) and says what is missing. */
function OpenExit({ onClose }: { onClose: (id: string | null) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [name, setName] = useState<string | null>(null);
  const workers = useQuery(WorkerChoicesDocument, { name });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const { noticeOn, lastDay, ...values } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const input = { ...values, note: values.note || undefined, noticeOn: noticeOn.format('YYYY-MM-DD'), lastDay: lastDay.format('YYYY-MM-DD') };
      const { openExit } = await request(OpenExitDocument, { input });
      message.success(t.township.exit.opened);
      onClose(openExit.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t.township.exit.openTitle}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={busy}
      onOk={save}
      onCancel={() => onClose(null)}
      okButtonProps={{ id: 'save-exit' }}
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ reason: 'RESIGNED' }}>
        <Form.Item name="workerId" label={t.workers.name} rules={[{ required: true, message: t.township.exit.workerRequired }]}>
          <Select
            id="exit-worker"
            showSearch
            filterOption={false}
            onSearch={(v) => setName(v.trim() || null)}
            options={(workers.data?.workers.edges ?? [])
              .filter(({ node: w }) => w.status !== 'EXITED')
              .map(({ node: w }) => ({ value: w.id, label: `${w.name}（${w.region.name}，${t.enums.category[w.category]}）` }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t.township.exit.reason}>
          <Select options={options(t.enums.exitReason)} id="exit-reason" />
        </Form.Item>
        <Space>
          <Form.Item name="noticeOn" label={t.township.exit.noticeOn} rules={[{ required: true, message: t.township.exit.dateRequired }]}>
            <DatePicker id="exit-notice-on" />
          </Form.Item>
          <Form.Item name="lastDay" label={t.township.exit.lastDay} rules={[{ required: true, message: t.township.exit.dateRequired }]}>
            <DatePicker id="exit-last-day" />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={t.township.exit.note}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
