import { useState } from 'react';
import { Alert, App, Checkbox, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import { useNavigate } from 'react-router-dom';
import { ApiError, describeError, request } from '../../api';
import { OpenExitDocument, WorkerDetailQuery } from '../../graphql/generated';
import { t } from '../../messages';
import { fieldOfInput } from '../../view-model';
import { ExitFormValues, openExitInput, reasonFields } from './exit-form';

const options = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/** The fields on the form: a refusal naming one shows at it, any other above the form. */
const FIELDS: readonly (keyof ExitFormValues)[] = [
  'reason',
  'noticeOn',
  'lastDay',
  'noFaultGround',
  'notice',
  'employerFault',
  'refusedRenewal',
  'criminalLiability',
  'misconductId',
  'unionNotifiedOn',
  'note',
];

/** openExit: the api checks the Labor Contract Law; its refusal shows at the field it names. */
export function OpenExitModal({ worker, onClose }: { worker: WorkerDetailQuery['worker']; onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ExitFormValues>();
  const reason = Form.useWatch('reason', form);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const asks = reasonFields(reason);

  const save = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const { openExit } = await request(OpenExitDocument, { input: openExitInput(worker.id, values) });
      message.success(t.exit.opened);
      onClose();
      navigate(`/exits/${openExit.id}`);
    } catch (e) {
      const field = e instanceof ApiError ? fieldOfInput(e.field) : null;
      const onForm = FIELDS.find((f) => f === field);
      if (onForm) form.setFields([{ name: onForm, errors: [(e as ApiError).message] }]);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t.exit.openTitle(worker.name)}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={busy}
      onOk={save}
      onCancel={onClose}
      width={640}
      okButtonProps={{ id: 'save-exit' }}
    >
      {!!error && <Alert type="error" showIcon message={describeError(error)} style={{ marginBottom: 16 }} data-testid="exit-error" />}
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t.exit.reason} rules={[{ required: true, message: t.exit.reasonRequired }]}>
          <Select id="exit-reason" options={options(t.enums.exitReason)} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="noticeOn" label={t.exit.noticeOn} rules={[{ required: true, message: t.exit.noticeOnRequired }]}>
            <DatePicker id="exit-notice-on" />
          </Form.Item>
          <Form.Item name="lastDay" label={t.exit.lastDay} rules={[{ required: true, message: t.exit.lastDayRequired }]}>
            <DatePicker id="exit-last-day" />
          </Form.Item>
        </Space>
        {asks.includes('noFaultGround') && (
          <Form.Item name="noFaultGround" label={t.exit.noFaultGround}>
            <Select id="exit-no-fault-ground" options={options(t.enums.noFaultGround)} />
          </Form.Item>
        )}
        {asks.includes('notice') && (
          <Form.Item name="notice" label={t.exit.notice}>
            <Select id="exit-notice" options={options(t.enums.exitNotice)} />
          </Form.Item>
        )}
        {asks.includes('misconductId') && (
          <Form.Item name="misconductId" label={t.exit.misconduct}>
            <Select
              id="exit-misconduct"
              allowClear
              options={worker.misconducts.map((m) => ({ value: m.id, label: `${m.occurredOn} ${t.enums.misconduct[m.kind]}：${m.finding}` }))}
            />
          </Form.Item>
        )}
        {asks.includes('unionNotifiedOn') && (
          <Form.Item name="unionNotifiedOn" label={t.exit.unionNotifiedOn}>
            <DatePicker id="exit-union-notified-on" />
          </Form.Item>
        )}
        {asks.includes('employerFault') && (
          <Form.Item name="employerFault" valuePropName="checked">
            <Checkbox id="exit-employer-fault">{t.exit.employerFault}</Checkbox>
          </Form.Item>
        )}
        {asks.includes('refusedRenewal') && (
          <Form.Item name="refusedRenewal" valuePropName="checked">
            <Checkbox id="exit-refused-renewal">{t.exit.refusedRenewal}</Checkbox>
          </Form.Item>
        )}
        {asks.includes('criminalLiability') && (
          <Form.Item name="criminalLiability" valuePropName="checked">
            <Checkbox id="exit-criminal-liability">{t.exit.criminalLiability}</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="note" label={t.exit.note}>
          <Input.TextArea id="exit-note" maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
