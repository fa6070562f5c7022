import { defineErrors } from '@gridhr/common';

export enum DigestReason {
  /** A robot's webhook took no message (it answered an error, or not at all): the job retries. */
  ROBOT_UNREACHABLE = 'ROBOT_UNREACHABLE',
}

export const digestError = defineErrors<DigestReason>('digest', {
  ROBOT_UNREACHABLE: 'CONFLICT',
});
