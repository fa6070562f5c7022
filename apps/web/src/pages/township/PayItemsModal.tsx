import { useEffect, useState } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Skeleton, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { request } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PayItemEntryInput, PayItemKind, SetPayItemsDocument, WorkerPayItemsDocument } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { toFen } from './money';

/** Kinds the township enters (severance and pay in lieu come from an exit's final-pay step). */
const ENTERED: PayItemKind[] = [
  'PERFORMANCE',
  'REWARD',
  'PER_CASE',
  'ALLOWANCE',
  'SPECIAL_ALLOWANCE',
  'OVERTIME',
  'DEDUCTION',
  'OWN_INSURANCE',
  'EMPLOYER_INSURANCE',
  'HOURS',
];

type Row = { kind: PayItemKind; amountYuan?: number | null; cases?: number | null; rateYuan?: number | null; minutes?: number | null; note?: string | null };

/** setPayItems: the worker's items of the period, replacing those entered before; a refusal shows the api's message. */
export function PayItemsModal(props: { workerId: string; workerName: string; month: string; half: number | null; onClose: (saved: boolean) => void }) {
  const { workerId, workerName, month, half, onClose } = props;
  const { message } = App.useApp();
  const { data, error: loadError } = useQuery(WorkerPayItemsDocument, { workerId, month });
  const [form] = Form.useForm<{ items: Row[] }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const items = data?.payItems;
  useEffect(() => {
    if (!items) return;
    const inPeriod = half === 2 ? items.filter((i) => i.periodFrom.endsWith('-16')) : half === 1 ? items.filter((i) => !i.periodFrom.endsWith('-16')) : items;
    form.setFieldsValue({
      items: inPeriod
        .filter((i) => ENTERED.includes(i.kind))
        .map((i) => ({
          kind: i.kind,
          amountYuan: i.kind === 'PER_CASE' || i.kind === 'HOURS' ? null : i.amountFen / 100,
          cases: i.cases,
          rateYuan: i.rateFen === null ? null : i.rateFen / 100,
          minutes: i.minutes,
          note: i.note,
        })),
    });
  }, [items, half, form]);

  const save = async () => {
    const { items: rows = [] } = await form.validateFields();
    const entries: PayItemEntryInput[] = rows.map((r) => ({
      kind: r.kind,
      ...(r.kind === 'PER_CASE'
        ? { cases: r.cases ?? 0, rateFen: toFen(r.rateYuan ?? 0) }
        : r.kind === 'HOURS'
          ? { minutes: r.minutes ?? 0 }
          : { amountFen: toFen(r.amountYuan ?? 0) }),
      note: r.note || undefined,
    }));
    setBusy(true);
    setError(null);
    try {
      await request(SetPayItemsDocument, { input: { workerId, month, items: entries, ...(half ? { half } : {}) } });
      message.success(t.township.pay.itemsSaved);
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
      width={860}
      title={t.township.pay.itemsTitle(workerName, month)}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={busy}
      onOk={save}
      onCancel={() => onClose(false)}
      okButtonProps={{ id: 'save-pay-items' }}
    >
      <Alert type="info" showIcon message={t.township.pay.itemsHint} style={{ marginBottom: 16 }} />
      <ErrorAlert error={error ?? loadError} />
      {!items ? (
        <Skeleton active />
      ) : (
        <Form form={form} layout="inline">
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap>
                    <Form.Item name={[field.name, 'kind']} rules={[{ required: true }]}>
                      <Select
                        showSearch
                        optionFilterProp="label"
                        style={{ width: 150 }}
                        options={ENTERED.map((k) => ({ value: k, label: t.enums.payItemKind[k] }))}
                        id={`pay-kind-${field.name}`}
                      />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {() => {
                        const kind = form.getFieldValue(['items', field.name, 'kind']) as PayItemKind | undefined;
                        if (kind === 'PER_CASE')
                          return (
                            <>
                              <Form.Item name={[field.name, 'cases']} rules={[{ required: true }]}>
                                <InputNumber min={0} placeholder={t.township.pay.cases} />
                              </Form.Item>
                              <Form.Item name={[field.name, 'rateYuan']} rules={[{ required: true }]}>
                                <InputNumber min={0} precision={2} placeholder={t.township.pay.rate} addonAfter="元" />
                              </Form.Item>
                            </>
                          );
                        if (kind === 'HOURS')
                          return (
                            <Form.Item name={[field.name, 'minutes']} rules={[{ required: true }]}>
                              <InputNumber min={0} placeholder={t.township.pay.minutes} addonAfter={t.township.pay.minuteUnit} />
                            </Form.Item>
                          );
                        return (
                          <Form.Item name={[field.name, 'amountYuan']} rules={[{ required: true, message: t.township.pay.amountRequired }]}>
                            <InputNumber min={0} precision={2} placeholder={t.township.pay.amount} addonAfter="元" id={`pay-amount-${field.name}`} />
                          </Form.Item>
                        );
                      }}
                    </Form.Item>
                    <Form.Item name={[field.name, 'note']}>
                      <Input placeholder={t.township.pay.itemNote} style={{ width: 200 }} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'PERFORMANCE' })} data-testid="add-pay-item">
                  {t.township.pay.addItem}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form>
      )}
    </Modal>
  );
}
