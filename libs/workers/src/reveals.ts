// Reveals of personal data: the full ID number (revealIdNumber) and a search by full ID number or phone,
// which tells whoever knows a masked number and a birth date which of a few candidates is the person.
// Only the register's keepers make them, each counts against the user's window and each is audited.
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, AppConfig, AuthUser, Role } from '@gridhr/common';
import { AuditService } from '@gridhr/audit';
import { RevealThrottle } from './reveal-throttle';
import { workersError, WorkersReason } from './workers.errors';

/** Roles that may reveal a worker's ID number, and so search by it: the register's keepers, in their scope. */
export const REVEALERS: readonly Role[] = [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC];

export type SearchIdentifier = 'idNumber' | 'phone';

const LABEL: Record<SearchIdentifier, string> = { idNumber: 'ID number', phone: 'phone' };

@Injectable()
export class Reveals {
  constructor(
    private readonly throttle: RevealThrottle,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Refuses a role that may not reveal (FORBIDDEN) and a user past the window's count (TOO_MANY_REQUESTS). */
  async allow(user: AuthUser, field: string, what: string): Promise<void> {
    if (!REVEALERS.includes(user.role))
      throw workersError(
        WorkersReason.REVEAL_FORBIDDEN,
        `${field}: ${what} reveals personal data, which ${user.role} may not do; search by name and region`,
        field,
      );
    const wait = await this.throttle.take(user.id);
    if (wait)
      throw workersError(
        WorkersReason.REVEALS_THROTTLED,
        `${field}: too many reveals of personal data (full ID numbers, searches by ID number or phone): at most ` +
          `${this.config.revealMaxPerUser} in ${this.config.revealWindowMinutes} minutes; try again in ${wait} s`,
        field,
        { retryAfterSeconds: wait },
      );
  }

  /** Refuses, or counts, a search of the register by a full ID number or phone. */
  allowSearch(user: AuthUser, by: SearchIdentifier): Promise<void> {
    return this.allow(user, by, `searching by ${LABEL[by]}`);
  }

  /**
   * Audits a search by identifier: one entry for the search (the searcher, the value masked, the workers
   * found; in the searcher's scope region, so a search that found nobody is on record too) and one on each
   * worker found, as a reveal of that worker.
   */
  recordSearch(em: EntityManager, user: AuthUser, by: SearchIdentifier, masked: string, found: { id: string; regionCode: string }[]): void {
    const action = by === 'idNumber' ? 'SEARCH_BY_ID_NUMBER' : 'SEARCH_BY_PHONE';
    this.audit.record(em, user, {
      entity: 'WorkerSearch',
      entityId: user.id,
      action,
      before: null,
      after: { [by]: masked, found: found.map((w) => w.id) },
      regionCode: user.scopePrefix.padEnd(12, '0'),
    });
    for (const worker of found) {
      this.audit.record(em, user, { entity: 'Worker', entityId: worker.id, action, before: null, after: { field: by }, regionCode: worker.regionCode });
    }
  }
}
