import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, JsonScalar } from '@gridhr/common';

@ObjectType('AuditEntry', { description: 'One recorded change: who, when, before and after.' })
export class AuditEntryType {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => String, { nullable: true }) actorId: string | null;
  @Field() actorName: string;
  @Field() actorRole: string;
  @Field() entity: string;
  @Field() entityId: string;
  @Field() action: string;
  @Field(() => JsonScalar, { nullable: true }) before: unknown;
  @Field(() => JsonScalar, { nullable: true }) after: unknown;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntryType, 'AuditEntry') {}
