import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, Role } from '@gridhr/common';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { AllowedBeforePasswordChange, SignedInUser } from './password-change';

// The guard is the second line behind the access plugin (which the end-to-end tests exercise): a route
// or resolver reached without the plugin must refuse a user who still has to change a one-time password.
class Handlers {
  @AllowedBeforePasswordChange()
  changePassword() {}

  grids() {}
}

function context(handler: () => void, user: SignedInUser): ExecutionContext {
  const request = { user, headers: {} };
  return {
    getHandler: () => handler,
    getClass: () => Handlers,
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('AuthGuard and one-time passwords', () => {
  // The users are already on the request, so the guard never asks the AuthService.
  const guard = new AuthGuard(new Reflector(), undefined as unknown as AuthService);
  const user = { id: 'u', username: 'hd.staff', role: Role.TOWNSHIP_STAFF, scopePrefix: '140799101' };

  it('refuses everything not marked while the password must be changed', async () => {
    const refused = await guard.canActivate(context(Handlers.prototype.grids, { ...user, mustChangePassword: true })).catch((e: DomainError) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' });
    expect((refused as DomainError).message).toMatch(/grids is refused/);
  });

  it('lets the marked handlers through, and everything once the password is changed', async () => {
    expect(await guard.canActivate(context(Handlers.prototype.changePassword, { ...user, mustChangePassword: true }))).toBe(true);
    expect(await guard.canActivate(context(Handlers.prototype.grids, { ...user, mustChangePassword: false }))).toBe(true);
  });
});
