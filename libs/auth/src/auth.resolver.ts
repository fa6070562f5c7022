import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, PublicField, Role, Roles } from '@gridhr/common';
import { AuthService } from './auth.service';
import { ChangePasswordInput, CreateUserInput, LoginResult, UpdateUserInput, UserConnection, UsersArgs, UserType } from './auth.types';
import { AllowedBeforePasswordChange } from './password-change';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @PublicField()
  @Mutation(() => LoginResult)
  login(@Args('username') username: string, @Args('password') password: string) {
    return this.auth.login(username, password);
  }

  @Query(() => UserType, { description: 'The signed-in user' })
  @AllowedBeforePasswordChange()
  me(@CurrentUser() user: AuthUser) {
    return this.auth.me(user);
  }

  @Mutation(() => LoginResult, { description: 'Sets your own password (required after signing in with a one-time password); returns a new token' })
  @AllowedBeforePasswordChange()
  changePassword(@CurrentUser() user: AuthUser, @Args('input') input: ChangePasswordInput) {
    return this.auth.changePassword(user, input);
  }

  @Query(() => UserConnection, { description: 'Users whose scope lies in yours' })
  @Roles(Role.SYSADMIN)
  users(@CurrentUser() user: AuthUser, @Args() args: UsersArgs) {
    return this.auth.users(user, args);
  }

  @Mutation(() => UserType)
  @Roles(Role.SYSADMIN)
  createUser(@CurrentUser() user: AuthUser, @Args('input') input: CreateUserInput) {
    return this.auth.createUser(user, input);
  }

  @Mutation(() => UserType)
  @Roles(Role.SYSADMIN)
  updateUser(@CurrentUser() user: AuthUser, @Args('input') input: UpdateUserInput) {
    return this.auth.updateUser(user, input);
  }
}
