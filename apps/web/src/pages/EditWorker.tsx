import { Alert, App, Button, Checkbox, Form, Input, Select, Space } from 'antd';
import { ApiError, describeError, request } from '../api';
import { UpdateWorkerDocument, UpdateWorkerInput, WorkerDetailQuery } from '../graphql/generated';
import { t } from '../messages';
import { changedValues } from '../view-model';
import { WorkerFormModal } from './WorkerFormModal';

type Worker = WorkerDetailQuery['worker'];
const options = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/** The fields the console edits (a subset of UpdateWorkerInput; the rest has its own actions in the api). */
const EDITABLE = [
  'name',
  'phone',
  'workPhone',
  'education',
  'politicalStatus',
  'professionalTitle',
  'socialWorkCertificate',
  'hireSource',
  'veteran',
  'lowIncome',
] as const;
type Editable = Pick<Worker, (typeof EDITABLE)[number]>;

const isConflict = (error: unknown) => error instanceof ApiError && error.code === 'CONFLICT' && error.field === 'version';

/** Sends only the changed fields with the version loaded; a CONFLICT shows the api's message and offers to reload. */
export function EditWorker({ worker, onClose, onReload }: { worker: Worker; onClose: (saved: boolean) => void; onReload: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Editable>();
  const loaded = Object.fromEntries(EDITABLE.map((k) => [k, worker[k]])) as Editable;

  const submit = async (values: Editable) => {
    const changes = changedValues(loaded, values);
    if (!Object.keys(changes).length) return onClose(false);
    await request(UpdateWorkerDocument, { input: { id: worker.id, version: worker.version, ...changes } as UpdateWorkerInput });
    message.success(t.worker.saved);
    onClose(true);
  };

  const conflictView = (error: unknown) =>
    isConflict(error) ? (
      <Alert
        type="warning"
        showIcon
        message={t.worker.conflictTitle}
        description={
          <>
            <div data-testid="conflict-message">{describeError(error)}</div>
            <div>{t.worker.conflictHint}</div>
          </>
        }
        action={
          <Button
            size="small"
            onClick={() => {
              onClose(false);
              onReload();
            }}
          >
            {t.common.reload}
          </Button>
        }
        style={{ marginBottom: 16 }}
      />
    ) : undefined;

  return (
    <WorkerFormModal<Editable>
      title={t.worker.editTitle}
      okId="save-worker"
      form={form}
      initialValues={loaded}
      submit={submit}
      onCancel={() => onClose(false)}
      errorView={conflictView}
      okDisabled={isConflict}
    >
      <Form.Item name="name" label={t.workers.name} rules={[{ required: true }]}>
        <Input id="edit-name" />
      </Form.Item>
      <Form.Item name="phone" label={t.workers.phone} rules={[{ required: true, pattern: /^1\d{10}$/, message: t.worker.phoneInvalid }]}>
        <Input id="edit-phone" />
      </Form.Item>
      <Form.Item name="workPhone" label={t.worker.workPhone}>
        <Input id="edit-work-phone" />
      </Form.Item>
      <Form.Item name="professionalTitle" label={t.worker.professionalTitle}>
        <Input id="edit-professional-title" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="education" label={t.worker.education}>
          <Select allowClear options={options(t.enums.education)} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="politicalStatus" label={t.worker.politicalStatus}>
          <Select allowClear options={options(t.enums.politicalStatus)} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="socialWorkCertificate" label={t.worker.certificate}>
          <Select options={options(t.enums.certificate)} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="hireSource" label={t.worker.hireSource}>
          <Select allowClear options={options(t.enums.hireSource)} style={{ width: 180 }} />
        </Form.Item>
      </Space>
      <Space>
        <Form.Item name="veteran" valuePropName="checked">
          <Checkbox>{t.worker.veteran}</Checkbox>
        </Form.Item>
        <Form.Item name="lowIncome" valuePropName="checked">
          <Checkbox>{t.worker.lowIncome}</Checkbox>
        </Form.Item>
      </Space>
    </WorkerFormModal>
  );
}
