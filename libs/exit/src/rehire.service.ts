// Policy exit.rehireBlock: a worker dismissed for misconduct may not apply or be registered again. The
// county sees why; a township is told only to ask the county (the finding is the county's to share).
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthUser, DomainError, Role } from '@gridhr/common';
import { ExitCase } from './exit-case.entity';
import { exitError, ExitErrorReason } from './exit.errors';

/** Roles shown the reason of a block: the county and above. */
export const SEES_REHIRE_REASON = [Role.COUNTY_PLC, Role.CITY_ADMIN, Role.SYSADMIN];

@Injectable()
export class RehireBlocks {
  /** The dismissal that blocks this ID number (by its keyed hash), if any. */
  blockOf(em: EntityManager, idNumberHash: string): Promise<ExitCase | null> {
    return em.findOne(ExitCase, { rehireBlocked: true, worker: { idNumberHash } }, { populate: ['worker', 'misconduct'] });
  }

  /** The refusal for `user`, or null when the person is not blocked. */
  async refusal(em: EntityManager, user: AuthUser, idNumberHash: string, field: string): Promise<DomainError | null> {
    const block = await this.blockOf(em, idNumberHash);
    if (!block) return null;
    if (!SEES_REHIRE_REASON.includes(user.role))
      return exitError(ExitErrorReason.REHIRE_BLOCKED, 'This person may not be registered again; ask the county for the reason', field);
    const finding = block.misconduct ? `: ${block.misconduct.finding} (${block.misconduct.decidedBy}, ${block.misconduct.occurredOn})` : '';
    return exitError(
      ExitErrorReason.REHIRE_BLOCKED,
      `${block.worker.name} was dismissed for misconduct on ${block.lastDay} (Labor Contract Law art. 39)${finding}; policy exit.rehireBlock forbids a new application or record`,
      field,
    );
  }
}
