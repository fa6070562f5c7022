import { App, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { request } from '../api';
import { CreateWorkerDocument, CreateWorkerInput } from '../graphql/generated';
import { t } from '../messages';
import { WorkerFormModal } from './WorkerFormModal';

const options = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

type Values = Omit<CreateWorkerInput, 'hiredOn'> & { hiredOn?: Dayjs | null };

/** createWorker: the api checks the ID number and the rules; a refusal naming a field shows at that field. */
export function AddWorker({ regions, onClose }: { regions: { value: string; label: string }[]; onClose: (created: { id: string } | null) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();

  const submit = async ({ hiredOn, ...values }: Values) => {
    const input = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')) as CreateWorkerInput;
    if (hiredOn) input.hiredOn = hiredOn.format('YYYY-MM-DD');
    const { createWorker } = await request(CreateWorkerDocument, { input });
    message.success(t.workers.added(createWorker.name));
    onClose(createWorker);
  };

  return (
    <WorkerFormModal<Values>
      title={t.workers.addTitle}
      okId="save-new-worker"
      form={form}
      initialValues={{ status: 'ACTIVE' }}
      submit={submit}
      onCancel={() => onClose(null)}
    >
      <Form.Item name="name" label={t.workers.name} rules={[{ required: true, message: t.workers.nameRequired }]}>
        <Input id="new-name" />
      </Form.Item>
      <Form.Item name="idNumber" label={t.workers.idNumber} extra={t.workers.idNumberHint} rules={[{ required: true, message: t.workers.idNumberRequired }]}>
        <Input id="new-id-number" autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" label={t.workers.phone} rules={[{ required: true, pattern: /^1\d{10}$/, message: t.worker.phoneInvalid }]}>
        <Input id="new-phone" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="category" label={t.workers.category} rules={[{ required: true, message: t.workers.categoryRequired }]}>
          <Select options={options(t.enums.category)} style={{ width: 160 }} id="new-category" />
        </Form.Item>
        <Form.Item name="status" label={t.workers.status}>
          <Select options={options(t.enums.status)} style={{ width: 120 }} id="new-status" />
        </Form.Item>
        <Form.Item name="regionId" label={t.workers.region} rules={[{ required: true, message: t.workers.regionRequired }]}>
          <Select showSearch optionFilterProp="label" options={regions} style={{ width: 200 }} id="new-region" />
        </Form.Item>
        <Form.Item name="hiredOn" label={t.workers.hiredOn}>
          <DatePicker id="new-hired-on" />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name="education" label={t.worker.education}>
          <Select allowClear options={options(t.enums.education)} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="politicalStatus" label={t.worker.politicalStatus}>
          <Select allowClear options={options(t.enums.politicalStatus)} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="hireSource" label={t.worker.hireSource}>
          <Select allowClear options={options(t.enums.hireSource)} style={{ width: 180 }} />
        </Form.Item>
      </Space>
    </WorkerFormModal>
  );
}
