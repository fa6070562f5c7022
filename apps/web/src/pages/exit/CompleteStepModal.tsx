import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { ApiError, describeError, request } from '../../api';
import { CompleteExitStepDocument, CompleteExitStepInput, ExitCaseFieldsFragment, WorkersDocument } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { fieldOfInput } from '../../view-model';
import { successorsFor } from './exit-form';

type Step = ExitCaseFieldsFragment['steps'][number];
interface Values {
  doneOn?: Dayjs | null;
  handOver?: 'worker' | 'vacancy';
  handedToWorkerId?: string;
  note?: string;
}

/** completeExitStep: the day done and, for the grid, who takes it over or that it stays vacant. */
export function CompleteStepModal({
  exit,
  step,
  onClose,
}: {
  exit: ExitCaseFieldsFragment;
  step: Step;
  onClose: (saved: ExitCaseFieldsFragment | null) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const handOver = Form.useWatch('handOver', form);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const grid = step.kind === 'HAND_OVER_GRID';

  const save = async () => {
    const v = await form.validateFields();
    const input: CompleteExitStepInput = { stepId: step.id, doneOn: v.doneOn!.format('YYYY-MM-DD') };
    if (grid && v.handOver === 'vacancy') input.vacancy = true;
    if (grid && v.handOver === 'worker') input.handedToWorkerId = v.handedToWorkerId;
    if (v.note?.trim()) input.note = v.note.trim();
    setBusy(true);
    setError(null);
    try {
      const { completeExitStep } = await request(CompleteExitStepDocument, { input });
      message.success(completeExitStep.status === 'DONE' ? t.exit.caseDone : t.exit.stepDone);
      onClose(completeExitStep);
    } catch (e) {
      const field = e instanceof ApiError ? fieldOfInput(e.field) : null;
      if (field === 'doneOn' || field === 'handedToWorkerId') form.setFields([{ name: field, errors: [(e as ApiError).message] }]);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t.exit.markTitle(t.enums.exitStepKind[step.kind])}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={busy}
      onOk={save}
      onCancel={() => onClose(null)}
      okButtonProps={{ id: 'save-step' }}
    >
      {!!error && <Alert type="error" showIcon message={describeError(error)} style={{ marginBottom: 16 }} data-testid="step-error" />}
      <Form form={form} layout="vertical" initialValues={{ handOver: 'vacancy' }}>
        <Form.Item name="doneOn" label={t.exit.doneOn} rules={[{ required: true, message: t.exit.doneOnRequired }]}>
          <DatePicker id="step-done-on" />
        </Form.Item>
        {grid && (
          <Form.Item name="handOver" label={`${t.exit.handOver}（${step.gridCode ?? ''}）`}>
            <Radio.Group
              options={[
                { value: 'worker', label: t.exit.handOverWorker },
                { value: 'vacancy', label: t.exit.handOverVacancy },
              ]}
            />
          </Form.Item>
        )}
        {grid && handOver === 'worker' && <Successor leaving={exit.workerId} gridCode={step.gridCode ?? null} />}
        <Form.Item name="note" label={t.exit.note}>
          <Input.TextArea id="step-note" maxLength={300} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The active workers in scope who may take the grid over (successorsFor; the api checks scope again). */
function Successor({ leaving, gridCode }: { leaving: string; gridCode: string | null }) {
  const { data } = useQuery(WorkersDocument, { first: 100, status: 'ACTIVE' });
  const workers = successorsFor(data?.workers.edges.map((e) => e.node) ?? [], leaving, gridCode);
  return (
    <Form.Item name="handedToWorkerId" label={t.exit.handedTo} rules={[{ required: true, message: t.exit.handedToRequired }]}>
      <Select
        id="step-handed-to"
        showSearch
        optionFilterProp="label"
        loading={!data}
        options={workers.map((w) => ({ value: w.id, label: `${w.name}（${w.region.name}）` }))}
      />
    </Form.Item>
  );
}
