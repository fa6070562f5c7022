import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthUser, Forbidden, PUBLIC_KEY, requestFromContext, Role, ROLES_KEY, Unauthenticated } from '@gridhr/common';
import { AuthService } from './auth.service';

/**
 * Global guard: every resolver and route needs a valid bearer token unless marked @Public(),
 * and @Roles() narrows who may call it. Scope is enforced by the services.
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
    const header = request.headers.authorization ?? '';
    const match = /^Bearer (\S+)$/i.exec(header);
    if (!match) throw new Unauthenticated('Sign in first: send "Authorization: Bearer <token>"');
    const user: AuthUser = await this.auth.authenticate(match[1]);
    request.user = user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) {
      throw new Forbidden(`Your role ${user.role} may not do this (needs ${roles.join(' or ')})`);
    }
    return true;
  }
}
