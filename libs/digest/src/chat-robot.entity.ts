import { Entity, Enum, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Region } from '@gridhr/org';
import { ChatRobotKind } from './digest.enums';

/**
 * The group robot of a region's office chat (企业微信 or 钉钉): the daily digest of compliance flags in the
 * region's subtree is posted to it. The address carries the robot's key: it is kept sealed (PiiCipher,
 * AES-256-GCM) and shown masked only.
 */
@Entity()
@Unique({ properties: ['region'] })
export class ChatRobot {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Region)
  region: Region;

  /** The region's code: scope, and the subtree the digest counts. */
  @Property({ type: 'string', length: 12 })
  regionCode: string;

  @Enum({ items: () => ChatRobotKind, nativeEnumName: 'chat_robot_kind' })
  kind: ChatRobotKind;

  /** The webhook address, sealed. */
  @Property({ type: 'text', hidden: true })
  webhookUrlSealed: string;

  /** DingTalk's signing secret (加签), sealed, when the robot uses one. */
  @Property({ type: 'text', nullable: true, hidden: true })
  secretSealed: string | null = null;

  /** The address with its key masked, as shown and audited. */
  @Property({ type: 'string', length: 500 })
  webhookUrlMasked: string;

  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  /** The business day of the last digest delivered: a digest is posted once a day, however often the job runs. */
  @Property({ type: 'date', nullable: true })
  lastPostedOn: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastPostedAt: Date | null = null;

  /** Why the last attempt failed (cleared by a delivery). */
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'string', length: 64 })
  updatedBy: string;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
