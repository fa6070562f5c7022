import { Entity, Enum, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Worker } from './worker.entity';

// Prohibited conduct of grid workers: Zigong measures art. 13 [001], Jiangmen regulation art. 13 [003].
export enum MisconductKind {
  LEAKING_SECRETS = 'LEAKING_SECRETS',
  PERSONAL_INFO_ABUSE = 'PERSONAL_INFO_ABUSE',
  SELF_DEALING = 'SELF_DEALING',
  FALSIFICATION_OR_SHIRKING = 'FALSIFICATION_OR_SHIRKING',
  ABUSIVE_CONDUCT = 'ABUSIVE_CONDUCT',
  OTHER_VIOLATION = 'OTHER_VIOLATION',
}

/** A finding of prohibited conduct; feeds assessment and exit. */
@Entity()
export class Misconduct {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Worker)
  worker: Worker;

  @Enum({ items: () => MisconductKind, nativeEnumName: 'misconduct_kind' })
  kind: MisconductKind;

  @Property({ type: 'date' })
  occurredOn: string;

  @Property({ type: 'text' })
  finding: string;

  /** Who decided it (body or person), as written on the decision. */
  @Property({ type: 'string', length: 100 })
  decidedBy: string;

  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
