import { defineErrors } from '@gridhr/common';

export enum AuthReason {
  USERNAME_TAKEN = 'USERNAME_TAKEN',
  /** Signed in with a one-time password: only changePassword (and me) until it is changed. */
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
  /** A one-time password signs in once; this one already has. */
  ONE_TIME_PASSWORD_USED = 'ONE_TIME_PASSWORD_USED',
  /** changePassword: the current password given is not the account's. */
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  /** A new password that is too short, too common or a pattern; the message says which. */
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  /** Too many wrong passwords in a row: the account refuses sign-in until `retryAfterSeconds` pass. */
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  /** Too many failed sign-ins from this client address, whatever the usernames. */
  LOGIN_THROTTLED = 'LOGIN_THROTTLED',
  /** The demo password outside demo mode (a production instance on a database the demo seeded). */
  DEMO_PASSWORD_REFUSED = 'DEMO_PASSWORD_REFUSED',
}

export const authError = defineErrors<AuthReason>('auth', {
  USERNAME_TAKEN: 'CONFLICT',
  PASSWORD_CHANGE_REQUIRED: 'FORBIDDEN',
  ONE_TIME_PASSWORD_USED: 'UNAUTHENTICATED',
  WRONG_PASSWORD: 'BAD_USER_INPUT',
  WEAK_PASSWORD: 'BAD_USER_INPUT',
  ACCOUNT_LOCKED: 'TOO_MANY_REQUESTS',
  LOGIN_THROTTLED: 'TOO_MANY_REQUESTS',
  DEMO_PASSWORD_REFUSED: 'UNAUTHENTICATED',
});
