import { ReactNode, useState } from 'react';
import { Alert, Form, FormInstance, Modal } from 'antd';
import { ApiError, describeError } from '../api';
import { t } from '../messages';
import { fieldOfInput } from '../view-model';

/**
 * The modal both worker forms use (add and edit): validates, sends, and shows a refusal naming a field on
 * the form at that field, any other above the form — or as `errorView` renders it (the edit's CONFLICT).
 */
export function WorkerFormModal<V extends object>(props: {
  title: string;
  okId: string;
  form: FormInstance<V>;
  initialValues: Partial<V>;
  /** Sends the values; resolves when saved (the caller closes the modal). */
  submit: (values: V) => Promise<void>;
  onCancel: () => void;
  errorView?: (error: unknown) => ReactNode | undefined;
  okDisabled?: (error: unknown) => boolean;
  children: ReactNode;
}) {
  const { title, okId, form, initialValues, submit, onCancel, errorView, okDisabled, children } = props;
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await submit(values);
    } catch (e) {
      const field = e instanceof ApiError ? fieldOfInput(e.field) : null;
      if (field && field in form.getFieldsValue()) form.setFields([{ name: field as never, errors: [(e as ApiError).message] }]);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const special = error ? errorView?.(error) : undefined;
  return (
    <Modal
      open
      title={title}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={busy}
      onOk={save}
      onCancel={onCancel}
      width={640}
      okButtonProps={{ id: okId, disabled: !!error && !!okDisabled?.(error) }}
    >
      {special ?? (!!error && <Alert type="error" showIcon message={describeError(error)} style={{ marginBottom: 16 }} data-testid="save-error" />)}
      <Form form={form} layout="vertical" initialValues={initialValues}>
        {children}
      </Form>
    </Modal>
  );
}
