import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager } from '@mikro-orm/postgresql';
import { FilterQuery } from '@mikro-orm/core';
import * as bcrypt from 'bcryptjs';
import {
  APP_CONFIG,
  AppConfig,
  assertInScope,
  assertVersion,
  AuthUser,
  InvalidInput,
  paginate,
  RegionLevel,
  Role,
  scopePrefix,
  scopeWhere,
  Unauthenticated,
} from '@gridhr/common';
import { AuditService, snapshot } from '@gridhr/audit';
import { Region } from '@gridhr/org';
import { CacheEvictions, EvictableCache, SIGNED_IN_USERS } from '@gridhr/queue';
import { CreateUserInput, UpdateUserInput, UsersArgs } from './auth.types';
import { User } from './user.entity';
import { authError, AuthReason } from './auth.errors';
import { SignedInUser } from './password-change';
import { LoginThrottle } from './login-throttle';
import { DEMO_PASSWORD, passwordProblem } from './password-rules';

const BCRYPT_ROUNDS = 10;

interface TokenClaims {
  sub: string;
  /** The user's tokenVersion when the token was issued. */
  tv: number;
}

export function toAuthUser(user: Pick<User, 'id' | 'username' | 'role'> & { scopeRegion: { code: string; level: RegionLevel } }): AuthUser {
  return { id: user.id, username: user.username, role: user.role, scopePrefix: scopePrefix(user.scopeRegion.code, user.scopeRegion.level) };
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_ROUNDS);
}

/** Refuses a password a person chooses (not a generated one) that breaks the rules of password-rules.ts. */
export function assertStrongPassword(password: string, username: string | undefined, field: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw authError(AuthReason.WEAK_PASSWORD, `${field}: the password ${problem}`, field);
}

/** "23:45 (Asia/Shanghai)" or, on another day, "2026-12-07 00:05 (Asia/Shanghai)". */
function shanghaiTime(at: Date, now: Date): string {
  const format = (d: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(d);
  const [day, time] = format(at).split(' ');
  return `${day === format(now).split(' ')[0] ? time : `${day} ${time}`} (Asia/Shanghai)`;
}

interface AuthRow {
  id: string;
  username: string;
  role: Role;
  active: boolean;
  token_version: number;
  must_change_password: boolean;
  code: string;
  level: RegionLevel;
}

@Injectable()
export class AuthService {
  // Compared against when the username is unknown, so both failures take the same time.
  private readonly dummyHash = bcrypt.hashSync('not-a-real-password', BCRYPT_ROUNDS);
  private readonly logger = new Logger('Auth');
  private readonly signedIn: EvictableCache<AuthRow>;

  constructor(
    private readonly em: EntityManager,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottle,
    private readonly evictions: CacheEvictions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.signedIn = evictions.cache<AuthRow>(SIGNED_IN_USERS, config.authCacheSeconds * 1000);
  }

  /**
   * Signs in. Refused without looking at the password while the client address has failed too often
   * or the account is locked; each wrong password counts against both, and the one that reaches
   * LOGIN_MAX_FAILURES locks the account for LOGIN_LOCK_MINUTES. The answer says when to try again.
   */
  async login(username: string, password: string, address = 'unknown'): Promise<{ token: string; expiresAt: Date; user: User }> {
    const wait = await this.throttle.waitSeconds(address);
    if (wait) {
      throw authError(AuthReason.LOGIN_THROTTLED, `Too many failed sign-ins from your address; try again in ${Math.ceil(wait / 60)} minute(s)`, undefined, {
        retryAfterSeconds: wait,
      });
    }
    const user = await this.em.findOne(User, { username: username.trim().toLowerCase() }, { populate: ['passwordHash', 'scopeRegion'] });
    const now = new Date();
    if (user?.lockedUntil && user.lockedUntil > now) throw this.locked(user.lockedUntil, now);
    const ok = await bcrypt.compare(password, user?.passwordHash ?? this.dummyHash);
    if (!ok) {
      await this.throttle.failed(address);
      if (user) await this.countFailure(user, now);
      throw new Unauthenticated('Wrong username or password');
    }
    if (!user || !user.active) throw new Unauthenticated('Wrong username or password');
    if (!this.config.demoMode && password === DEMO_PASSWORD) {
      throw authError(AuthReason.DEMO_PASSWORD_REFUSED, 'The demo password signs in only in demo mode; ask your administrator for a password of your own');
    }
    if (user.failedLogins || user.lockedUntil) await this.em.nativeUpdate(User, { id: user.id }, { failedLogins: 0, lockedUntil: null });
    // This process reads the account afresh after a sign-in (whatever changed it); the others hear of every
    // change the services make, and a sign-in changes nothing they keep.
    this.signedIn.evict(user.id);
    // A one-time password signs in once: the first sign-in marks it used, atomically, so two cannot race.
    if (user.mustChangePassword) {
      const marked = await this.em.nativeUpdate(User, { id: user.id, oneTimePasswordUsedAt: null }, { oneTimePasswordUsedAt: new Date() });
      if (!marked) {
        throw authError(AuthReason.ONE_TIME_PASSWORD_USED, 'This one-time password has already been used; ask your administrator for a new one');
      }
    }
    return this.issueToken(user);
  }

  /** One more wrong password, counted in one statement so that parallel attempts cannot undercount. */
  private async countFailure(user: User, now: Date): Promise<void> {
    const lockUntil = new Date(now.getTime() + this.config.loginLockMinutes * 60_000);
    const [row] = await this.em.getConnection().execute<{ locked_until: Date | null }[]>(
      `update app_user set failed_logins = case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end,
         locked_until = case when failed_logins + 1 >= ? then ?::timestamptz else locked_until end
       where id = ? returning locked_until`,
      [this.config.loginMaxFailures, this.config.loginMaxFailures, lockUntil.toISOString(), user.id],
    );
    if (row?.locked_until && new Date(row.locked_until) > now) {
      this.logger.warn(`account ${user.username} locked until ${lockUntil.toISOString()} after ${this.config.loginMaxFailures} wrong passwords`);
      throw this.locked(new Date(row.locked_until), now);
    }
  }

  private locked(until: Date, now: Date) {
    const seconds = Math.ceil((until.getTime() - now.getTime()) / 1000);
    return authError(
      AuthReason.ACCOUNT_LOCKED,
      `This account is locked after ${this.config.loginMaxFailures} wrong passwords; try again after ${shanghaiTime(until, now)}, or ask your administrator to set a new password`,
      undefined,
      { retryAfterSeconds: seconds, lockedUntil: until.toISOString() },
    );
  }

  private async issueToken(user: User): Promise<{ token: string; expiresAt: Date; user: User }> {
    const claims: TokenClaims = { sub: user.id, tv: user.tokenVersion };
    const token = await this.jwt.signAsync(claims, { expiresIn: this.config.jwtTtlSeconds });
    return { token, expiresAt: new Date(Date.now() + this.config.jwtTtlSeconds * 1000), user };
  }

  /** The signed-in user behind a bearer token; refuses expired, tampered and revoked tokens. */
  async authenticate(token: string): Promise<SignedInUser> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch (error) {
      throw new Unauthenticated((error as Error).name === 'TokenExpiredError' ? 'Your session has expired; sign in again' : 'Invalid token');
    }
    const row = await this.signedInRow(claims);
    if (!row || !row.active || row.token_version !== claims.tv) throw new Unauthenticated('Your session is no longer valid; sign in again');
    return { ...toAuthUser({ ...row, scopeRegion: row }), mustChangePassword: row.must_change_password };
  }

  /**
   * The account behind the claims, from this process's cache while it hears every eviction (a change of a
   * user, of a region's code or level), else one plain row by primary key, not an entity with its region
   * hydrated. A cached row that would refuse the token is read again: the token may be newer than the row.
   */
  private async signedInRow(claims: TokenClaims): Promise<AuthRow | undefined> {
    const live = this.evictions.live();
    const cached = live ? this.signedIn.get(claims.sub, Date.now()) : undefined;
    if (cached?.active && cached.token_version === claims.tv) return cached;
    const mark = this.signedIn.mark();
    const [row] = await this.em.getConnection().execute<AuthRow[]>(
      `select u.id, u.username, u.role, u.active, u.token_version, u.must_change_password, r.code, r.level
         from app_user u join region r on r.id = u.scope_region_id where u.id = ?`,
      [claims.sub],
    );
    if (row && live) this.signedIn.set(claims.sub, row, mark, Date.now());
    return row;
  }

  /**
   * The signed-in user's own new password: the current one must be given (also right after a one-time
   * sign-in). Tokens issued before are revoked; the answer carries a new one.
   */
  async changePassword(actor: AuthUser, input: { currentPassword: string; newPassword: string }): Promise<{ token: string; expiresAt: Date; user: User }> {
    const user = await this.em.findOneOrFail(User, actor.id, { populate: ['passwordHash'] });
    if (!(await bcrypt.compare(input.currentPassword, user.passwordHash))) {
      throw authError(AuthReason.WRONG_PASSWORD, 'The current password is not right', 'input.currentPassword');
    }
    if (input.newPassword === input.currentPassword) throw new InvalidInput('input.newPassword', 'must differ from the current password');
    assertStrongPassword(input.newPassword, user.username, 'input.newPassword');
    const passwordHash = await hashPassword(input.newPassword);
    const changed = await this.em.transactional(async (em) => {
      const current = em.merge(user);
      const before = snapshot(current);
      current.passwordHash = passwordHash;
      current.mustChangePassword = false;
      current.oneTimePasswordUsedAt = null;
      current.tokenVersion += 1;
      Object.assign(current, { failedLogins: 0, lockedUntil: null });
      await em.flush();
      this.audit.record(em, actor, {
        entity: 'User',
        entityId: current.id,
        action: 'CHANGE_PASSWORD',
        before,
        after: snapshot(current),
        regionCode: current.regionCode,
      });
      return current;
    });
    await this.evictions.evict(SIGNED_IN_USERS, changed.id);
    return this.issueToken(changed);
  }

  me(user: AuthUser): Promise<User> {
    return this.em.findOneOrFail(User, user.id);
  }

  users(user: AuthUser, args: UsersArgs) {
    const where: FilterQuery<User> = { ...scopeWhere(user) };
    if (args.role) where.role = args.role;
    if (args.active !== undefined && args.active !== null) where.active = args.active;
    return paginate(this.em, User, where, args, { field: 'username', direction: 'ASC' });
  }

  private async scopeRegion(em: EntityManager, actor: AuthUser, id: string): Promise<Region> {
    return assertInScope(actor, await em.findOne(Region, id), 'Region', id);
  }

  async createUser(actor: AuthUser, input: CreateUserInput): Promise<User> {
    assertStrongPassword(input.password, input.username, 'input.password');
    const passwordHash = await hashPassword(input.password);
    return this.em.transactional(async (em) => {
      const region = await this.scopeRegion(em, actor, input.scopeRegionId);
      if (await em.count(User, { username: input.username }))
        throw authError(AuthReason.USERNAME_TAKEN, `Username ${input.username} is taken`, 'input.username');
      const user = em.create(User, {
        username: input.username,
        displayName: input.displayName.trim(),
        passwordHash,
        role: input.role,
        scopeRegion: region,
        regionCode: region.code,
        mustChangePassword: input.oneTimePassword ?? false,
      });
      this.audit.record(em, actor, { entity: 'User', entityId: user.id, action: 'CREATE', before: null, after: snapshot(user), regionCode: user.regionCode });
      return user;
    });
  }

  async updateUser(actor: AuthUser, input: UpdateUserInput): Promise<User> {
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    const updated = await this.em.transactional(async (em) => {
      const user = assertInScope(actor, await em.findOne(User, input.id), 'User', input.id);
      assertVersion(user, input.version, 'User');
      if (input.password) assertStrongPassword(input.password, user.username, 'input.password');
      if (user.id === actor.id && (input.active === false || (input.role && input.role !== Role.SYSADMIN))) {
        throw new InvalidInput('input.id', 'you cannot deactivate or demote yourself');
      }
      const before = snapshot(user);
      if (input.displayName !== undefined) user.displayName = input.displayName.trim();
      if (input.role) user.role = input.role;
      if (input.scopeRegionId) {
        const region = await this.scopeRegion(em, actor, input.scopeRegionId);
        user.scopeRegion = region;
        user.regionCode = region.code;
      }
      // Role, scope, access or password changes revoke the tokens already issued.
      if (input.role || input.scopeRegionId || input.active !== undefined || passwordHash) user.tokenVersion += 1;
      if (input.active !== undefined) user.active = input.active;
      // A password the administrator sets is an ordinary one: it replaces any one-time password still pending.
      // So does the lock of too many wrong passwords: the administrator has spoken to the user.
      if (passwordHash) Object.assign(user, { passwordHash, mustChangePassword: false, oneTimePasswordUsedAt: null, failedLogins: 0, lockedUntil: null });
      await em.flush();
      this.audit.record(em, actor, {
        entity: 'User',
        entityId: user.id,
        action: passwordHash ? 'UPDATE_WITH_PASSWORD' : 'UPDATE',
        before,
        after: snapshot(user),
        regionCode: user.regionCode,
      });
      return user;
    });
    // Its tokens are refused in every process from now (the cache of each held the row as it was).
    await this.evictions.evict(SIGNED_IN_USERS, updated.id);
    return updated;
  }
}
