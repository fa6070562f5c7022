import { Entity, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { Campaign } from './campaign.entity';

/**
 * One publicity (公示) of a campaign: the applicants it lists, its own dates and their objections. A
 * replacement (递补) moved up after an upheld objection gets a round of its own.
 */
@Entity()
@Unique({ properties: ['campaign', 'round'] })
export class PublicityRound {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Campaign')
  campaign: Campaign;

  /** 1 for the first publicity of the campaign, 2 for the first replacement round, … */
  @Property({ type: 'integer' })
  round: number;

  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'date' })
  startsOn: string;

  @Property({ type: 'date' })
  endsOn: string;

  /** Why a period starting before the day it was opened is recorded: it was already posted (on a notice board). */
  @Property({ type: 'string', length: 500, nullable: true })
  alreadyPostedReason: string | null = null;

  @Property({ type: 'string', length: 64 })
  openedBy: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  openedAt: Date & Opt = new Date();

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
