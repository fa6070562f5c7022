import { defineErrors } from '@gridhr/common';

export enum AuthReason {
  USERNAME_TAKEN = 'USERNAME_TAKEN',
  /** Signed in with a one-time password: only changePassword (and me) until it is changed. */
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
  /** A one-time password signs in once; this one already has. */
  ONE_TIME_PASSWORD_USED = 'ONE_TIME_PASSWORD_USED',
  /** changePassword: the current password given is not the account's. */
  WRONG_PASSWORD = 'WRONG_PASSWORD',
}

export const authError = defineErrors<AuthReason>('auth', {
  USERNAME_TAKEN: 'CONFLICT',
  PASSWORD_CHANGE_REQUIRED: 'FORBIDDEN',
  ONE_TIME_PASSWORD_USED: 'UNAUTHENTICATED',
  WRONG_PASSWORD: 'BAD_USER_INPUT',
});
