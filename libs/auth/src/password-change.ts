// A user who signed in with a one-time password must choose their own before doing anything else: the
// access plugin (for a whole GraphQL operation) and the guard (for each resolver and route) refuse every
// field but the few marked here.
import { applyDecorators, SetMetadata } from '@nestjs/common';
import { Extensions } from '@nestjs/graphql';
import { AuthUser } from '@gridhr/common';
import { authError, AuthReason } from './auth.errors';

export const BEFORE_PASSWORD_CHANGE_KEY = 'gridhr:beforePasswordChange';

/** Callable while the password must still be changed (me, changePassword); kept on the schema field too. */
export const AllowedBeforePasswordChange = () => applyDecorators(SetMetadata(BEFORE_PASSWORD_CHANGE_KEY, true), Extensions({ beforePasswordChange: true }));

/** The signed-in user as authentication finds it: who, and whether a one-time password is still to be changed. */
export interface SignedInUser extends AuthUser {
  mustChangePassword?: boolean;
}

export function passwordChangeRequired(operation: string) {
  return authError(
    AuthReason.PASSWORD_CHANGE_REQUIRED,
    `You signed in with a one-time password: change it first (changePassword); ${operation} is refused until then`,
  );
}
