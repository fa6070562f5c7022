import { Entity, Index, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Region } from '@gridhr/org';

/** One line of a posted roster: a grid and the workers listed on it. */
export interface RosterLine {
  communityName: string;
  gridCode: string;
  gridName: string;
  area: string | null;
  serviceItems: string | null;
  supervisionPhone: string | null;
  /** `phone`: what the worker publishes (rosterPhone); null when nothing may be shown. */
  workers: { name: string; phone: string | null; role: string; stars: number | null }[];
}

/**
 * A township's public roster as posted on a day (Zigong art. 21 [001], Jiangmen art. 14 [003]): the
 * content as it was, kept unchanged, and its fingerprint to tell whether the roster has changed since.
 */
@Entity()
@Index({ properties: ['township', 'publishedOn'] })
export class RosterPublication {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Region)
  township: Region;

  /** The township's code, for scope. */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'date' })
  publishedOn: string;

  /** Where it is posted, e.g. 社区服务中心公示栏、微信公众号. */
  @Property({ type: 'string', length: 200 })
  postedAt: string;

  @Property({ type: 'json' })
  content: RosterLine[];

  /** md5 of the content as PostgreSQL prints it (roster-content.ts). */
  @Property({ type: 'string', length: 32 })
  fingerprint: string;

  @Property({ type: 'string', length: 64 })
  publishedBy: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
