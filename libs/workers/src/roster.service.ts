import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertInScope, AuthUser, Clock, InvalidInput, NotFound, RegionLevel } from '@gridhr/common';
import { AuditService } from '@gridhr/audit';
import { Region } from '@gridhr/org';
import { XLSX_MIME } from '@gridhr/sheets';
import { rosterContentSql } from './roster-content';
import { RosterLine, RosterPublication } from './roster-publication.entity';
import { rosterWorkbook } from './roster-sheet';
import { workersError, WorkersReason } from './workers.errors';

/** The roster of the township under `prefix` as it stands on `day`, and its fingerprint. */
export async function readRoster(em: EntityManager, prefix: string, day: string): Promise<{ content: RosterLine[]; fingerprint: string }> {
  const [row] = await em.execute<{ content: RosterLine[]; fingerprint: string }[]>(
    `select x.content, md5(x.content::text) as fingerprint
         from (select ?::text as prefix, ?::date as day) q cross join lateral (select ${rosterContentSql('q.prefix', 'q.day')} as content) x`,
    [prefix, day],
  );
  return row;
}

export interface PublicRoster {
  township: Region;
  asOf: string;
  grids: RosterLine[];
  lastPublication: RosterPublication | null;
  changedSincePublication: boolean;
}

/**
 * The public roster of a township (Zigong art. 21 [001], Jiangmen art. 14 [003]): every active grid with
 * its area, service items and supervision phone, and the names and phones of its workers on duty. Each
 * posting is kept as a dated publication; a change of the roster asks for a new one (roster.not-republished).
 */
@Injectable()
export class RosterService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  private async township(em: EntityManager, user: AuthUser, townshipId: string, field = 'townshipId'): Promise<Region> {
    const township = assertInScope(user, await em.findOne(Region, townshipId), 'Region', townshipId);
    if (township.level !== RegionLevel.TOWNSHIP) throw new InvalidInput(field, `the roster is kept per township, not per ${township.level}`);
    return township;
  }

  private last(em: EntityManager, township: Region): Promise<RosterPublication | null> {
    return em.findOne(RosterPublication, { township }, { orderBy: { publishedOn: 'desc', createdAt: 'desc' } });
  }

  /** The roster as it would be posted today, and whether it differs from the last publication. */
  async current(user: AuthUser, townshipId: string): Promise<PublicRoster> {
    const township = await this.township(this.em, user, townshipId);
    const asOf = this.clock.today();
    const { content, fingerprint } = await readRoster(this.em, township.prefix, asOf);
    const lastPublication = await this.last(this.em, township);
    return { township, asOf, grids: content, lastPublication, changedSincePublication: lastPublication?.fingerprint !== fingerprint };
  }

  /** Posts today's roster: a publication, kept as it is. Refused when nothing changed since the last one. */
  async publish(user: AuthUser, input: { townshipId: string; postedAt: string }): Promise<RosterPublication> {
    return this.em.transactional(async (em) => {
      const township = await this.township(em, user, input.townshipId, 'input.townshipId');
      const today = this.clock.today();
      const { content, fingerprint } = await readRoster(em, township.prefix, today);
      if (!content.length) throw workersError(WorkersReason.ROSTER_EMPTY, `${township.name} has no active grid to post`, 'input.townshipId');
      const last = await this.last(em, township);
      if (last?.fingerprint === fingerprint)
        throw workersError(
          WorkersReason.ROSTER_UNCHANGED,
          `The roster has not changed since it was posted on ${last.publishedOn}; print that publication again`,
          'input.townshipId',
        );
      const publication = em.create(RosterPublication, {
        township,
        regionCode: township.code,
        publishedOn: today,
        postedAt: input.postedAt.trim(),
        content,
        fingerprint,
        publishedBy: user.username,
      });
      this.audit.record(em, user, {
        entity: 'RosterPublication',
        entityId: publication.id,
        action: 'PUBLISH',
        before: last ? { publishedOn: last.publishedOn, fingerprint: last.fingerprint } : null,
        after: { publishedOn: today, postedAt: publication.postedAt, grids: content.length, workers: workerCount(content), fingerprint },
        regionCode: township.code,
      });
      return publication;
    });
  }

  async publications(user: AuthUser, townshipId: string, first: number): Promise<RosterPublication[]> {
    const township = await this.township(this.em, user, townshipId);
    return this.em.find(RosterPublication, { township }, { orderBy: { publishedOn: 'desc', createdAt: 'desc' }, limit: first });
  }

  async publication(user: AuthUser, id: string): Promise<RosterPublication> {
    const found = await this.em.findOne(RosterPublication, id, { populate: ['township'] });
    if (!found || !found.regionCode.startsWith(user.scopePrefix)) throw new NotFound('RosterPublication', id);
    return found;
  }

  /** A publication as a printable sheet, dated the day it was posted. */
  async export(user: AuthUser, id: string) {
    const publication = await this.publication(user, id);
    const content = await rosterWorkbook(publication.township.name, publication.publishedOn, publication.content);
    return {
      fileName: `${publication.township.name}网格员公示名单-${publication.publishedOn}.xlsx`,
      mimeType: XLSX_MIME,
      contentBase64: content.toString('base64'),
    };
  }
}

export function workerCount(content: RosterLine[]): number {
  return content.reduce((n, line) => n + line.workers.length, 0);
}
