import { useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, Modal, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { ApiError, request } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PoliciesDocument, PoliciesQuery, SetPolicyDocument } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { fieldOfInput } from '../../view-model';
import { RegionSelect, useScopeRegions } from './region-select';
import { today } from '../../today';

type Policy = PoliciesQuery['effectivePolicy'][number];
const show = (value: unknown) => JSON.stringify(value);

/** The policy numbers in force for a region, where each comes from, and a new value from a date (setPolicy). */
export function PoliciesPage() {
  const { regions } = useScopeRegions();
  const [picked, setPicked] = useState<string | null>(null);
  const regionId = picked ?? regions[0]?.id ?? null;
  const [editing, setEditing] = useState<Policy | null>(null);
  const m = t.admin.policies;
  return (
    <>
      <Typography.Title level={4}>{m.title}</Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <span>{m.region}</span>
        <RegionSelect id="policy-region" value={regionId ?? undefined} onChange={setPicked} />
      </Space>
      {regionId && <Policies regionId={regionId} onEdit={setEditing} editing={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function Policies({ regionId, editing, onEdit, onClose }: { regionId: string; editing: Policy | null; onEdit: (p: Policy) => void; onClose: () => void }) {
  const { data, error, loading, reload } = useQuery(PoliciesDocument, { regionId });
  const { byCode } = useScopeRegions();
  const m = t.admin.policies;
  return (
    <>
      <ErrorAlert error={error} />
      <Card size="small">
        <Table<Policy>
          size="small"
          rowKey="key"
          loading={loading}
          pagination={false}
          dataSource={data?.effectivePolicy ?? []}
          data-testid="policies"
          columns={[
            { title: m.key, dataIndex: 'key', width: 220 },
            { title: m.description, dataIndex: 'description' },
            { title: m.value, render: (_, p) => <Typography.Text code>{show(p.value)}</Typography.Text> },
            { title: m.effectiveFrom, render: (_, p) => p.effectiveFrom ?? '' },
            { title: m.setBy, render: (_, p) => (p.setBy ? (byCode.get(p.setBy)?.name ?? p.setBy) : `${m.default}（${p.defaultSource}）`) },
            {
              title: '',
              width: 80,
              render: (_, p) => (
                <Button size="small" onClick={() => onEdit(p)} data-testid={`edit-${p.key}`}>
                  {m.edit}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={m.stored} style={{ marginTop: 16 }}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={data?.policySettings ?? []}
          columns={[
            { title: m.key, dataIndex: 'key' },
            { title: m.value, render: (_, s) => <Typography.Text code>{show(s.value)}</Typography.Text> },
            { title: m.effectiveFrom, dataIndex: 'effectiveFrom' },
            { title: m.source, dataIndex: 'source' },
          ]}
        />
      </Card>
      {editing && (
        <EditPolicy
          regionId={regionId}
          policy={editing}
          onClose={onClose}
          onSaved={() => {
            onClose();
            reload();
          }}
        />
      )}
    </>
  );
}

interface EditValues {
  value: string;
  effectiveFrom: Dayjs;
  source?: string;
}

function EditPolicy({ regionId, policy, onClose, onSaved }: { regionId: string; policy: Policy; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<EditValues>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const m = t.admin.policies;
  const submit = async (values: EditValues) => {
    let value: unknown;
    try {
      value = JSON.parse(values.value);
    } catch {
      form.setFields([{ name: 'value', errors: [m.valueInvalid] }]);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await request(SetPolicyDocument, {
        input: { regionId, key: policy.key, value, effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'), source: values.source?.trim() || null },
      });
      message.success(m.saved);
      onSaved();
    } catch (e) {
      const field = e instanceof ApiError ? fieldOfInput(e.field) : null;
      if (field === 'value' || field === 'effectiveFrom' || field === 'source') form.setFields([{ name: field, errors: [(e as Error).message] }]);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={m.editTitle(policy.key)}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{policy.description}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ value: show(policy.value), effectiveFrom: today() }}>
        <Form.Item name="value" label={m.value} extra={m.valueHint} rules={[{ required: true, message: m.valueInvalid }]}>
          <Input.TextArea id="policy-value" rows={3} />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={m.effectiveFrom} rules={[{ required: true }]}>
          <DatePicker id="policy-effective-from" />
        </Form.Item>
        <Form.Item name="source" label={m.source}>
          <Input id="policy-source" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
