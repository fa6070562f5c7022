import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, PublicField, Role, Roles } from '@gridhr/common';
import { AuthService } from './auth.service';
import { ChangePasswordInput, CreateUserInput, LoginResult, UpdateUserInput, UserConnection, UsersArgs, UserType } from './auth.types';
import { AllowedBeforePasswordChange } from './password-change';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @PublicField()
  @Mutation(() => LoginResult, {
    description: 'Signs in and returns a bearer token. Open to everyone; wrong passwords lock the account for a while and are throttled per address.',
  })
  login(
    @Args('username', { description: 'The username.' }) username: string,
    @Args('password', { description: 'The password.' }) password: string,
    @Context() context: { req?: { ip?: string } },
  ) {
    return this.auth.login(username, password, context.req?.ip);
  }

  @Query(() => UserType, { description: 'The signed-in user' })
  @AllowedBeforePasswordChange()
  me(@CurrentUser() user: AuthUser) {
    return this.auth.me(user);
  }

  @Mutation(() => LoginResult, { description: 'Sets your own password (required after signing in with a one-time password); returns a new token' })
  @AllowedBeforePasswordChange()
  changePassword(@CurrentUser() user: AuthUser, @Args('input', { description: 'Your current password and the new one.' }) input: ChangePasswordInput) {
    return this.auth.changePassword(user, input);
  }

  @Query(() => UserConnection, { description: 'Users whose scope lies in yours' })
  @Roles(Role.SYSADMIN)
  users(@CurrentUser() user: AuthUser, @Args() args: UsersArgs) {
    return this.auth.users(user, args);
  }

  @Mutation(() => UserType, { description: 'Creates a user account with a role and a scope region.' })
  @Roles(Role.SYSADMIN)
  createUser(@CurrentUser() user: AuthUser, @Args('input', { description: 'The new account.' }) input: CreateUserInput) {
    return this.auth.createUser(user, input);
  }

  @Mutation(() => UserType, { description: 'Changes a user’s name, role, scope, active flag or password.' })
  @Roles(Role.SYSADMIN)
  updateUser(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The account, its version and what to change; omitted fields keep their value.' }) input: UpdateUserInput,
  ) {
    return this.auth.updateUser(user, input);
  }
}
