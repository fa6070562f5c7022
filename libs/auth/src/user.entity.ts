import { Entity, Enum, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Role } from '@gridhr/common';
import { Region } from '@gridhr/org';
import { randomUUID } from 'node:crypto';

/** A person who signs in. Their scope region bounds everything they can see or change. */
@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64, unique: true })
  username: string;

  @Property({ type: 'string', length: 100 })
  displayName: string;

  @Property({ type: 'string', length: 100, hidden: true, lazy: true })
  passwordHash: string;

  /** Set while the password is a one-time password an administrator issued: it must be changed first. */
  @Property({ type: 'boolean' })
  mustChangePassword: boolean & Opt = false;

  /** When the one-time password was used to sign in; it signs in once only. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  oneTimePasswordUsedAt: Date | null = null;

  /** Wrong passwords since the last successful sign-in (or the last lock). */
  @Property({ type: 'integer', hidden: true })
  failedLogins: number & Opt = 0;

  /** Refuses sign-in until then, after LOGIN_MAX_FAILURES wrong passwords in a row. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true, hidden: true })
  lockedUntil: Date | null = null;

  /** Office phone, for the administrators who support the account. */
  @Property({ type: 'string', length: 20, nullable: true })
  phone: string | null = null;

  @Enum({ items: () => Role, nativeEnumName: 'user_role' })
  role: Role;

  @ManyToOne(() => Region)
  scopeRegion: Region;

  /** Code of the scope region, so admins list users of their subtree without a join. */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  /** Raised on password change or deactivation; tokens carrying an older value are refused. */
  @Property({ type: 'integer' })
  tokenVersion: number & Opt = 1;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
