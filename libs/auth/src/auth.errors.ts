import { defineErrors } from '@gridhr/common';

export enum AuthReason {
  USERNAME_TAKEN = 'USERNAME_TAKEN',
}

export const authError = defineErrors<AuthReason>('auth', { USERNAME_TAKEN: 'CONFLICT' });
