import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthUser, commonError, CommonReason, PUBLIC_KEY, requestFromContext, Role, ROLES_KEY, Unauthenticated } from '@gridhr/common';
import { AuthService } from './auth.service';
import { BEFORE_PASSWORD_CHANGE_KEY, passwordChangeRequired, SignedInUser } from './password-change';

/**
 * Global guard: every resolver and route needs a valid bearer token unless marked @Public(),
 * a one-time password must be changed before anything but @AllowedBeforePasswordChange(), and
 * @Roles() narrows who may call it. Scope is enforced by the services.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = requestFromContext(context);
    // A GraphQL request was authenticated once by the access plugin; a REST route is authenticated here.
    if (!request.user) {
      const match = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '');
      if (!match) throw new Unauthenticated('Sign in first: send "Authorization: Bearer <token>"');
      request.user = await this.auth.authenticate(match[1]);
    }
    const user: AuthUser = request.user;
    if ((user as SignedInUser).mustChangePassword && !this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE_KEY, targets)) {
      throw passwordChangeRequired(context.getHandler().name);
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) {
      throw commonError(CommonReason.ROLE_FORBIDDEN, `Your role ${user.role} may not do this (needs ${roles.join(' or ')})`);
    }
    return true;
  }
}
