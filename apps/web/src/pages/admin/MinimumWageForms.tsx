import { useState } from 'react';
import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { ApiError, request } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AddMinimumWageDocument, ConfirmMinimumWageDocument, MinimumWageInput, MinimumWagesQuery } from '../../graphql/generated';
import { t } from '../../messages';
import { fieldOfInput } from '../../view-model';

type Wage = MinimumWagesQuery['minimumWages'][number];
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
/** 元 as typed (two decimals at most) to the api's integer fen. */
const fen = (yuan: number) => Math.round(yuan * 100);

/** Sends one mutation from a modal form; a refusal naming a field on the form shows at it, others above. */
function useSubmit<V>(form: ReturnType<typeof Form.useForm<V>>[0], fields: readonly string[], done: string, onClose: (saved: boolean) => void) {
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (send: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await send();
      message.success(done);
      onClose(true);
    } catch (e) {
      const field = e instanceof ApiError ? fieldOfInput(e.field) : null;
      if (field && fields.includes(field)) form.setFields([{ name: field as never, errors: [(e as Error).message] }]);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

interface AddValues {
  provinceCode: string;
  tier: string;
  monthlyYuan: number;
  hourlyYuan: number;
  effectiveFrom?: Dayjs | null;
  includesOwnContributions: boolean;
  source: string;
  verification: string;
  areas?: string;
}
const ADD_FIELDS = ['provinceCode', 'tier', 'effectiveFrom', 'includesOwnContributions', 'source', 'verification', 'areas'];

/** addMinimumWage: a tier from a new notice, UNCONFIRMED until confirmed (SYSADMIN). */
export function AddMinimumWageModal({ onClose }: { onClose: (saved: boolean) => void }) {
  const [form] = Form.useForm<AddValues>();
  const m = t.admin.minimumWages;
  const { error, busy, run } = useSubmit(form, ADD_FIELDS, m.added, onClose);
  const required = [{ required: true, message: m.required }];
  const submit = (v: AddValues) => {
    const input: MinimumWageInput = {
      provinceCode: v.provinceCode.trim(),
      tier: v.tier.trim(),
      monthlyFen: fen(v.monthlyYuan),
      hourlyFen: fen(v.hourlyYuan),
      effectiveFrom: day(v.effectiveFrom),
      includesOwnContributions: v.includesOwnContributions,
      source: v.source.trim(),
      verification: v.verification.trim(),
      areas: v.areas?.trim() || null,
    };
    return run(() => request(AddMinimumWageDocument, { input }));
  };
  return (
    <Modal
      open
      title={m.addTitle}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      width={640}
      okButtonProps={{ id: 'save-wage' }}
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ includesOwnContributions: true }}>
        <Space wrap>
          <Form.Item name="provinceCode" label={m.provinceCode} rules={required}>
            <Input id="wage-province" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="tier" label={m.tier} rules={required}>
            <Input id="wage-tier" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="effectiveFrom" label={m.effectiveFrom}>
            <DatePicker id="wage-effective-from" />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="monthlyYuan" label={m.monthly} rules={required}>
            <InputNumber id="wage-monthly" min={0} precision={2} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="hourlyYuan" label={m.hourly} rules={required}>
            <InputNumber id="wage-hourly" min={0} precision={2} style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Form.Item name="includesOwnContributions" valuePropName="checked">
          <Checkbox id="wage-includes-own">{m.includesOwn}</Checkbox>
        </Form.Item>
        <Form.Item name="areas" label={m.areas}>
          <Input id="wage-areas" maxLength={500} />
        </Form.Item>
        <Form.Item name="source" label={m.source} rules={required}>
          <Input id="wage-source" />
        </Form.Item>
        <Form.Item name="verification" label={m.verification} rules={required}>
          <Input id="wage-verification" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ConfirmValues {
  effectiveFrom?: Dayjs | null;
  verification: string;
}

/** confirmMinimumWage: with its effective date and how it was checked; from then on it applies. */
export function ConfirmMinimumWageModal({ wage, onClose }: { wage: Wage; onClose: (saved: boolean) => void }) {
  const [form] = Form.useForm<ConfirmValues>();
  const m = t.admin.minimumWages;
  const { error, busy, run } = useSubmit(form, ['effectiveFrom', 'verification'], m.confirmed, onClose);
  const submit = (v: ConfirmValues) =>
    run(() =>
      request(ConfirmMinimumWageDocument, {
        input: { id: wage.id, version: wage.version, verification: v.verification.trim(), ...(v.effectiveFrom ? { effectiveFrom: day(v.effectiveFrom) } : {}) },
      }),
    );
  return (
    <Modal
      open
      title={m.confirmTitle(`${wage.provinceName} ${wage.tier}`)}
      okText={m.confirm}
      cancelText={t.common.cancel}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      okButtonProps={{ id: 'save-confirm-wage' }}
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ verification: wage.verification }}>
        <Form.Item name="effectiveFrom" label={m.effectiveFrom}>
          <DatePicker id="confirm-effective-from" />
        </Form.Item>
        <Form.Item name="verification" label={m.verification} rules={[{ required: true, whitespace: true, message: m.required }]}>
          <Input id="confirm-verification" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
