import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ConnectionArgs, Connection, IsBusinessDate, IsCleanText, JsonScalar, LocalDateScalar } from '@gridhr/common';
import { ASSESSMENT_LABELS, ConsequenceKind, ConsequenceStatus, ImprovementStep, ReplacementNotice } from './assessment.enums';

/** Each value's Chinese label, and what it means. */
const describe = (labels: Record<string, string>, meanings: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: `${v}: ${meanings[k]}` }]));

registerEnumType(ConsequenceKind, {
  name: 'ConsequenceKind',
  valuesMap: describe(ASSESSMENT_LABELS.consequence, {
    IMPROVEMENT: 'after an INCOMPETENT rating, training or another post first (Labor Contract Law art. 40(2)); recordImprovement',
    REPLACEMENT: 'still incompetent after improvement, or no labour contract: the worker is replaced (Shanxi measures 撤换); replaceWorker opens the exit',
    GRID_REMOVAL: 'a part-time village cadre loses the grid role: the grid assignment is closed',
    FILL_VACANCY: 'the grid a removal left without its worker, pending until someone is on duty there again',
    HONOURS: 'an EXCELLENT worker is listed for honours and priority (Jiangmen art. 33, Shanxi measures); completeConsequence records what was given',
  }),
  description: 'What a finalised assessment rating leads to (考核结果运用).',
});
registerEnumType(ConsequenceStatus, {
  name: 'ConsequenceStatus',
  valuesMap: describe(ASSESSMENT_LABELS.status, {
    PENDING: 'still to do; flagged by the compliance scans until done',
    DONE: 'done, dated and audited',
    WITHDRAWN: 'no longer due: the cycle was re-opened, or the cycle’s owner decided otherwise with a reason',
  }),
  description: 'Where an assessment consequence stands.',
});
registerEnumType(ImprovementStep, {
  name: 'ImprovementStep',
  valuesMap: { TRAINING: { description: '培训 (Labor Contract Law art. 40(2))' }, NEW_POST: { description: '调整工作岗位 (art. 40(2))' } },
  description: 'The two ways of giving an incompetent employee another chance (Labor Contract Law art. 40(2)).',
});
registerEnumType(ReplacementNotice, {
  name: 'ReplacementNotice',
  valuesMap: { WRITTEN_NOTICE: { description: '提前三十日书面通知 (art. 40)' }, PAY_IN_LIEU: { description: '额外支付一个月工资 (art. 40)' } },
  description: 'How the replacement of a worker is notified (Labor Contract Law art. 40).',
});

@ObjectType('AssessmentConsequence', { description: 'What a finalised rating leads to, with its legal basis' })
export class ConsequenceType {
  @Field(() => ID, { description: 'Identifier of the consequence' }) id: string;
  @Field(() => ConsequenceKind, { description: 'What the rating leads to: improvement, replacement, grid removal, a vacancy to fill or honours' })
  kind: ConsequenceKind;
  @Field(() => ConsequenceStatus, { description: 'PENDING (flagged until done), DONE or WITHDRAWN' }) status: ConsequenceStatus;
  @Field({ description: 'The regulation it rests on, e.g. 劳动合同法第四十条第二项' }) legalBasis: string;
  @Field({ description: 'The 12-digit code of the worker’s managing region (scope)' }) regionCode: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'FILL_VACANCY: vacant from' }) since: string | null;
  @Field(() => JsonScalar, { description: 'What was done: the training, the notice and last day, the grids' }) details: unknown;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was done, YYYY-MM-DD' }) doneOn: string | null;
  @Field(() => String, { nullable: true, description: 'Username of who recorded it done or withdrawn' }) doneBy: string | null;
  @Field(() => String, { nullable: true, description: 'What was done, or why it was withdrawn' }) note: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with each step' }) version: number;
}

@ObjectType({ description: 'A page of assessment consequences, newest first.' })
export class ConsequenceConnection extends Connection(ConsequenceType, 'AssessmentConsequence') {}

@ArgsType()
export class ConsequencesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only consequences of this assessment cycle' }) @IsOptional() @IsUUID() cycleId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this worker’s consequences' }) @IsOptional() @IsUUID() workerId?: string | null;
  @Field(() => ConsequenceStatus, { nullable: true, description: 'Only consequences in this status' })
  @IsOptional()
  @IsEnum(ConsequenceStatus)
  status?: ConsequenceStatus | null;
  @Field(() => ConsequenceKind, { nullable: true, description: 'Only consequences of this kind' })
  @IsOptional()
  @IsEnum(ConsequenceKind)
  kind?: ConsequenceKind | null;
}

@InputType({ description: 'The training or new post given to a worker rated INCOMPETENT (Labor Contract Law art. 40(2), first step).' })
export class RecordImprovementInput {
  @Field(() => ID, { description: 'The PENDING IMPROVEMENT consequence' }) @IsUUID() consequenceId: string;
  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => ImprovementStep, { description: 'Training (培训) or another post (调整工作岗位)' }) @IsEnum(ImprovementStep) step: ImprovementStep;
  @Field(() => ID, { nullable: true, description: 'TRAINING: the session the worker attended' }) @IsOptional() @IsUUID() trainingSessionId?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'NEW_POST: from when (default today); TRAINING: the session’s day' })
  @IsOptional()
  @IsString()
  @IsBusinessDate()
  on?: string | null;
  @Field(() => String, { nullable: true, description: 'NEW_POST: the new post' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText({ multiline: true })
  note?: string | null;
}

@InputType({ description: 'The replacement (撤换) of a worker rated INCOMPETENT again, or without a labour contract: opens the worker’s exit.' })
export class ReplaceWorkerInput {
  @Field(() => ID, { description: 'The INCOMPETENT result the replacement rests on' }) @IsUUID() resultId: string;
  @Field(() => ReplacementNotice, { description: '30 days’ written notice, or a month’s pay in lieu (art. 40)' })
  @IsEnum(ReplacementNotice)
  notice: ReplacementNotice;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day notice is given, YYYY-MM-DD; default today' })
  @IsOptional()
  @IsString()
  @IsBusinessDate()
  noticeOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Free text, up to 500 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText({ multiline: true })
  note?: string | null;
}

@InputType({ description: 'Records a consequence as done (the honours given to an EXCELLENT worker).' })
export class CompleteConsequenceInput {
  @Field(() => ID, { description: 'The PENDING consequence' }) @IsUUID() consequenceId: string;
  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was done, YYYY-MM-DD; default today' })
  @IsOptional()
  @IsString()
  @IsBusinessDate()
  on?: string | null;
  @Field({ description: 'What was done: the commendation, the nomination' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  @IsCleanText({ multiline: true })
  note: string;
}

@InputType({ description: 'Withdraws a PENDING consequence that is no longer due.' })
export class WithdrawConsequenceInput {
  @Field(() => ID, { description: 'The PENDING consequence' }) @IsUUID() consequenceId: string;
  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field({ description: 'Why it is no longer due (audited), 4-500 characters' })
  @IsString()
  @MinLength(4)
  @MaxLength(500)
  @IsCleanText({ multiline: true })
  reason: string;
}
