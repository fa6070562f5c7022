import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { describeError } from '../../api';
import { t } from '../../messages';

/** One field of an action's form: what it asks and how (a date is sent as YYYY-MM-DD, an amount in 元). */
export interface ActionField {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'score' | 'yuan' | 'date' | 'passed';
  /** The message when left empty; optional fields have none (the api decides what else must hold). */
  required?: string;
  /** Labels of true/false for a `passed` field. */
  choices?: [string, string];
}

export type ActionValues = Record<string, string | number | boolean | null>;

/**
 * A form for one recruiting action: it sends what was entered and closes on success; a refusal shows the
 * api's own message above the form and keeps what was entered.
 */
export function ActionModal({
  title,
  hint,
  fields,
  initial,
  submit,
  onClose,
}: {
  title: string;
  hint?: string;
  fields: ActionField[];
  initial?: ActionValues;
  submit: (values: ActionValues) => Promise<string | void>;
  onClose: (done: boolean) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const raw = await form.validateFields();
    const values: ActionValues = {};
    for (const f of fields) {
      const value = raw[f.name];
      if (value === undefined || value === null || value === '') values[f.name] = null;
      else if (f.kind === 'date') values[f.name] = (value as Dayjs).format('YYYY-MM-DD');
      else if (f.kind === 'yuan') values[f.name] = Math.round(Number(value) * 100);
      else values[f.name] = value as string | number | boolean;
    }
    setBusy(true);
    setError(null);
    try {
      const done = await submit(values);
      message.success(done || t.county.actions.saved);
      onClose(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={t.county.actions.submit}
      cancelText={t.common.cancel}
      confirmLoading={busy}
      onOk={save}
      onCancel={() => onClose(false)}
      okButtonProps={{ id: 'action-submit' }}
      destroyOnHidden
    >
      {hint && <Alert type="info" showIcon message={hint} style={{ marginBottom: 16 }} />}
      {!!error && <Alert type="error" showIcon message={describeError(error)} style={{ marginBottom: 16 }} data-testid="action-error" />}
      <Form form={form} layout="vertical" initialValues={initial}>
        {fields.map((f) => (
          <Form.Item key={f.name} name={f.name} label={f.label} rules={f.required ? [{ required: true, message: f.required }] : undefined}>
            {f.kind === 'text' ? (
              <Input id={`action-${f.name}`} />
            ) : f.kind === 'textarea' ? (
              <Input.TextArea id={`action-${f.name}`} rows={3} />
            ) : f.kind === 'score' ? (
              <InputNumber id={`action-${f.name}`} min={0} max={100} step={0.5} precision={2} style={{ width: 160 }} />
            ) : f.kind === 'yuan' ? (
              <InputNumber id={`action-${f.name}`} min={0} step={100} precision={2} style={{ width: 200 }} />
            ) : f.kind === 'date' ? (
              <DatePicker id={`action-${f.name}`} />
            ) : (
              <Radio.Group id={`action-${f.name}`}>
                <Radio value={true}>{f.choices?.[0]}</Radio>
                <Radio value={false}>{f.choices?.[1]}</Radio>
              </Radio.Group>
            )}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
