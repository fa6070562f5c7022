import { Alert } from 'antd';
import { describeError } from '../api';

/** The api's own message (with what kind of refusal it is); nothing when there is no error. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return <Alert type="error" showIcon message={describeError(error)} style={{ marginBottom: 16 }} data-testid="error" />;
}
