import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, JsonScalar } from '@gridhr/common';

@ObjectType('AuditEntry', { description: 'One recorded change: who, when, before and after.' })
export class AuditEntryType {
  @Field(() => ID, { description: 'The entry’s id.' }) id: string;
  @Field({ description: 'When the change was made.' }) at: Date;
  @Field(() => String, { nullable: true, description: 'The user who did it; null for a change made by the system (a job or the seed).' }) actorId:
    string | null;
  @Field({ description: 'The username of who did it.' }) actorName: string;
  @Field({ description: 'The role they acted in.' }) actorRole: string;
  @Field({ description: 'The kind of record, e.g. Grid, Region, User, Worker, PolicySetting.' }) entity: string;
  @Field({ description: 'The record’s id.' }) entityId: string;
  @Field({ description: 'What was done, e.g. CREATE, UPDATE, MOVE, DEACTIVATE, SIGN, REVEAL_ID_NUMBER.' }) action: string;
  @Field(() => JsonScalar, { nullable: true, description: 'The record’s recorded fields before the change (JSON); null when it was created.' }) before: unknown;
  @Field(() => JsonScalar, { nullable: true, description: 'The record’s recorded fields after the change (JSON); null when it was removed.' }) after: unknown;
}

@ObjectType({ description: 'A page of audit entries, newest first.' })
export class AuditEntryConnection extends Connection(AuditEntryType, 'AuditEntry') {}
