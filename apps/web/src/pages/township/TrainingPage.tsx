import { useMemo, useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, request } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  CreateTrainingSessionDocument,
  CurrentUserFragment,
  TownshipRegionsDocument,
  TrainingKind,
  TrainingSessionsDocument,
  TrainingSessionsQuery,
} from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { today } from '../../today';

type Session = TrainingSessionsQuery['trainingSessions']['edges'][number]['node'];

const KIND_COLORS: Record<TrainingKind, string> = { PRE_JOB: 'blue', REGULAR: 'green', SPECIAL: 'purple' };
const options = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/** The sessions organised in the township's scope or above it (trainingSessions), by year; the township adds its own. */
export function TrainingPage({ user }: { user: CurrentUserFragment }) {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || today().year();
  const { data, error, loading, reload } = useQuery(TrainingSessionsDocument, { year });
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  const years = Array.from({ length: 4 }, (_, i) => today().year() + 1 - i);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t.township.training.title}
        </Typography.Title>
        <Space>
          <Select
            value={year}
            onChange={(y) => setParams({ year: String(y) })}
            options={years.map((y) => ({ value: y, label: t.township.training.year(y) }))}
            style={{ width: 120 }}
            id="training-year"
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-session">
            {t.township.training.add}
          </Button>
        </Space>
      </Space>
      <ErrorAlert error={error} />
      <Card size="small">
        <Table<Session>
          size="middle"
          rowKey="id"
          loading={loading}
          pagination={false}
          dataSource={data?.trainingSessions.edges.map((e) => e.node) ?? []}
          data-testid="sessions"
          columns={[
            { title: t.township.training.heldOn, dataIndex: 'heldOn', width: 120 },
            { title: t.township.training.topic, render: (_, s) => <Link to={`/township/training/${s.id}`}>{s.topic}</Link> },
            { title: t.township.training.level, render: (_, s) => t.enums.trainingLevel[s.level] },
            { title: t.township.training.kind, render: (_, s) => <Tag color={KIND_COLORS[s.kind]}>{t.enums.trainingKind[s.kind]}</Tag> },
            { title: t.township.training.hours, dataIndex: 'hours', width: 80 },
            { title: t.township.training.organiser, render: (_, s) => s.organiser.name },
            { title: t.township.training.place, render: (_, s) => s.place ?? '—' },
          ]}
        />
        {data && <div style={{ marginTop: 8 }}>{t.township.training.total(data.trainingSessions.totalCount)}</div>}
      </Card>
      {adding && (
        <AddSession
          user={user}
          onClose={(id) => {
            setAdding(false);
            if (id) {
              reload();
              navigate(`/township/training/${id}`);
            }
          }}
        />
      )}
    </>
  );
}

type Values = { kind: TrainingKind; heldOn: Dayjs; hours: number; topic: string; place?: string; trainer?: string };

/** createTrainingSession for a township session organised by the user's own township. */
function AddSession({ user, onClose }: { user: CurrentUserFragment; onClose: (id: string | null) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const regions = useQuery(TownshipRegionsDocument, {});
  const organiser = useMemo(() => regions.data?.regionTree.find((r) => r.code === user.regionCode), [regions.data, user.regionCode]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const { heldOn, ...values } = await form.validateFields();
    if (!organiser) return;
    setBusy(true);
    setError(null);
    try {
      const input = { ...values, level: 'TOWNSHIP' as const, organiserId: organiser.id, heldOn: heldOn.format('YYYY-MM-DD') };
      const { createTrainingSession } = await request(CreateTrainingSessionDocument, { input });
      message.success(t.township.training.added);
      onClose(createTrainingSession.id);
    } catch (e) {
      const field = e instanceof ApiError ? e.field?.replace(/^input\./, '') : undefined;
      if (field && field in form.getFieldsValue()) form.setFields([{ name: field as keyof Values, errors: [(e as ApiError).message] }]);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t.township.training.addTitle(organiser?.name ?? '')}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={busy}
      onOk={save}
      onCancel={() => onClose(null)}
      okButtonProps={{ id: 'save-session' }}
    >
      <ErrorAlert error={error ?? regions.error} />
      <Form form={form} layout="vertical" initialValues={{ kind: 'REGULAR', hours: 2 }}>
        <Form.Item name="topic" label={t.township.training.topic} rules={[{ required: true, message: t.township.training.topicRequired }]}>
          <Input id="session-topic" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="kind" label={t.township.training.kind}>
            <Select options={options(t.enums.trainingKind)} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="heldOn" label={t.township.training.heldOn} rules={[{ required: true, message: t.township.training.heldOnRequired }]}>
            <DatePicker id="session-held-on" />
          </Form.Item>
          <Form.Item name="hours" label={t.township.training.hours} rules={[{ required: true }]}>
            <InputNumber id="session-hours" min={0.5} max={24} step={0.5} />
          </Form.Item>
        </Space>
        <Form.Item name="place" label={t.township.training.place}>
          <Input id="session-place" />
        </Form.Item>
        <Form.Item name="trainer" label={t.township.training.trainer}>
          <Input id="session-trainer" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
