import { Injectable } from '@nestjs/common';
import { ReferenceKind, wrap } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthUser, ConnectionArgs, maskPhone, paginate, scopeWhere } from '@gridhr/common';
import { AuditEntry } from './audit-entry.entity';

/** Jobs and start-up tasks act as the system. */
export const SYSTEM_ACTOR = { id: null, username: 'system', role: 'SYSTEM' } as const;
export type Actor = AuthUser | typeof SYSTEM_ACTOR;

export type Snapshot = Record<string, unknown>;

/**
 * A plain copy of an entity's columns for the audit trail: scalars as they are, personal phones masked
 * (whoever reads the trail sees when a phone changed, not the number), references as ids, hidden properties
 * (password hashes) and `omit` left out.
 */
export function snapshot(entity: object, omit: string[] = []): Snapshot {
  const meta = wrap(entity, true).__meta;
  const out: Snapshot = {};
  for (const prop of meta.props) {
    if (prop.hidden || omit.includes(prop.name) || prop.persist === false) continue;
    const value = (entity as Record<string, unknown>)[prop.name];
    if (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.EMBEDDED) {
      out[prop.name] = value instanceof Date ? value.toISOString() : isPhone(prop.name) && typeof value === 'string' ? maskPhone(value) : value;
    } else if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) {
      out[prop.name] = value ? (wrap(value as object, true).getPrimaryKey() as unknown) : null;
    }
  }
  return out;
}

// A person's own phone (workers, applicants, users); published lines (a grid's supervision phone) stay.
const isPhone = (name: string) => name === 'phone';

@Injectable()
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  /** Queues an audit entry on `em`; it is written by the same flush/transaction as the change. */
  record(
    em: EntityManager,
    actor: Actor,
    change: { entity: string; entityId: string; action: string; before: Snapshot | null; after: Snapshot | null; regionCode: string | null },
  ): AuditEntry {
    const entry = em.create(AuditEntry, {
      actorId: actor.id,
      actorName: actor.username,
      actorRole: actor.role,
      ...change,
    });
    em.persist(entry);
    return entry;
  }

  history(user: AuthUser, entity: string, entityId: string, args: ConnectionArgs) {
    return paginate(this.em, AuditEntry, { entity, entityId, ...scopeWhere(user) }, args, { field: 'id', direction: 'DESC' });
  }
}
