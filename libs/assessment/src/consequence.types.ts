import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ConnectionArgs, Connection, JsonScalar, LocalDateScalar } from '@gridhr/common';
import { ASSESSMENT_LABELS, ConsequenceKind, ConsequenceStatus, ImprovementStep, ReplacementNotice } from './assessment.enums';

const describe = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v }]));

registerEnumType(ConsequenceKind, { name: 'ConsequenceKind', valuesMap: describe(ASSESSMENT_LABELS.consequence) });
registerEnumType(ConsequenceStatus, { name: 'ConsequenceStatus', valuesMap: describe(ASSESSMENT_LABELS.status) });
registerEnumType(ImprovementStep, {
  name: 'ImprovementStep',
  valuesMap: { TRAINING: { description: '培训 (Labor Contract Law art. 40(2))' }, NEW_POST: { description: '调整工作岗位 (art. 40(2))' } },
});
registerEnumType(ReplacementNotice, {
  name: 'ReplacementNotice',
  valuesMap: { WRITTEN_NOTICE: { description: '提前三十日书面通知 (art. 40)' }, PAY_IN_LIEU: { description: '额外支付一个月工资 (art. 40)' } },
});

@ObjectType('AssessmentConsequence', { description: 'What a finalised rating leads to, with its legal basis' })
export class ConsequenceType {
  @Field(() => ID) id: string;
  @Field(() => ConsequenceKind) kind: ConsequenceKind;
  @Field(() => ConsequenceStatus) status: ConsequenceStatus;
  @Field() legalBasis: string;
  @Field() regionCode: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'FILL_VACANCY: vacant from' }) since: string | null;
  @Field(() => JsonScalar, { description: 'What was done: the training, the notice and last day, the grids' }) details: unknown;
  @Field(() => LocalDateScalar, { nullable: true }) doneOn: string | null;
  @Field(() => String, { nullable: true }) doneBy: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Int) version: number;
}

@ObjectType()
export class ConsequenceConnection extends Connection(ConsequenceType, 'AssessmentConsequence') {}

@ArgsType()
export class ConsequencesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() cycleId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() workerId?: string | null;
  @Field(() => ConsequenceStatus, { nullable: true }) @IsOptional() @IsEnum(ConsequenceStatus) status?: ConsequenceStatus | null;
  @Field(() => ConsequenceKind, { nullable: true }) @IsOptional() @IsEnum(ConsequenceKind) kind?: ConsequenceKind | null;
}

@InputType()
export class RecordImprovementInput {
  @Field(() => ID) @IsUUID() consequenceId: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => ImprovementStep) @IsEnum(ImprovementStep) step: ImprovementStep;
  @Field(() => ID, { nullable: true, description: 'TRAINING: the session the worker attended' }) @IsOptional() @IsUUID() trainingSessionId?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'NEW_POST: from when (default today); TRAINING: the session’s day' })
  @IsOptional()
  @IsString()
  on?: string | null;
  @Field(() => String, { nullable: true, description: 'NEW_POST: the new post' }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}

@InputType()
export class ReplaceWorkerInput {
  @Field(() => ID, { description: 'The INCOMPETENT result the replacement rests on' }) @IsUUID() resultId: string;
  @Field(() => ReplacementNotice) @IsEnum(ReplacementNotice) notice: ReplacementNotice;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default today' }) @IsOptional() @IsString() noticeOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}

@InputType()
export class CompleteConsequenceInput {
  @Field(() => ID) @IsUUID() consequenceId: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsString() on?: string | null;
  @Field({ description: 'What was done: the commendation, the nomination' }) @IsString() @MinLength(2) @MaxLength(500) note: string;
}

@InputType()
export class WithdrawConsequenceInput {
  @Field(() => ID) @IsUUID() consequenceId: string;
  @Field(() => Int) @IsInt() version: number;
  @Field() @IsString() @MinLength(4) @MaxLength(500) reason: string;
}
