import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, PublicField, Role, Roles } from '@gridhr/common';
import { AuthService } from './auth.service';
import { CreateUserInput, LoginResult, UpdateUserInput, UserConnection, UsersArgs, UserType } from './auth.types';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @PublicField()
  @Mutation(() => LoginResult)
  login(@Args('username') username: string, @Args('password') password: string) {
    return this.auth.login(username, password);
  }

  @Query(() => UserType, { description: 'The signed-in user' })
  me(@CurrentUser() user: AuthUser) {
    return this.auth.me(user);
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
