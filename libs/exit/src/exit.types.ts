import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Fen, FenScalar, IsBusinessDate, IsCleanText, IsLocalDate, LocalDateScalar } from '@gridhr/common';
import { ExitNotice, ExitReason, ExitStatus, ExitStepKind, NoFaultGround } from './exit.enums';

@ObjectType('ExitStep', { description: 'A step of the township’s exit checklist, dated and audited when done' })
export class ExitStepType {
  @Field(() => ID, { description: 'Identifier of the step: completeExitStep takes it' }) id: string;
  @Field(() => ExitStepKind, { description: 'What the step is (网格交接, 终止合同, 停保 …)' }) kind: ExitStepKind;
  @Field({ nullable: true, description: 'HAND_OVER_GRID: the code of the grid handed over' }) gridCode?: string;
  @Field(() => ID, { nullable: true, description: 'HAND_OVER_GRID: the worker who took the grid over; null when it was left vacant or is not done' })
  handedToWorkerId?: string | null;
  @Field({ description: 'HAND_OVER_GRID: true when the grid was left vacant (a vacancy to fill)' }) vacancy: boolean;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the step is due by, YYYY-MM-DD (art. 50: 15 days after the last day for the certificate and transfers); null when no legal deadline',
  })
  dueOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the step was done, YYYY-MM-DD; null while open' }) doneOn: string | null;
  @Field(() => String, { nullable: true, description: 'Username of who recorded it done' }) doneBy: string | null;
  @Field(() => Boolean, { description: 'Art. 50: done after, or still open past, the due day' }) late: boolean;
  @Field(() => String, { nullable: true, description: 'Free text recorded with the step' }) note: string | null;
}

@ObjectType('ExitCase', { description: 'A worker’s exit under the Labor Contract Law (DESIGN §9)' })
export class ExitCaseType {
  @Field(() => ID, { description: 'Identifier of the exit case' }) id: string;
  @Field(() => ID, { description: 'The worker who leaves' }) workerId: string;
  @Field({ description: 'The worker’s name' }) workerName: string;
  @Field({ description: 'The 12-digit code of the worker’s managing region (scope)' }) regionCode: string;
  @Field(() => ExitReason, { description: 'Why the worker leaves (辞职, 辞退, 期满终止 …)' }) reason: ExitReason;
  @Field(() => NoFaultGround, { nullable: true, description: 'NO_FAULT: the ground of art. 40 relied on' }) noFaultGround: NoFaultGround | null;
  @Field(() => ExitNotice, { nullable: true, description: 'NO_FAULT: 30 days’ written notice, or a month’s pay in lieu' }) notice: ExitNotice | null;
  @Field(() => ID, {
    nullable: true,
    description: 'REPLACED: the county’s replacement decision (the assessment consequence REPLACEMENT, 撤换) this exit carries out',
  })
  replacementId: string | null;
  @Field(() => LocalDateScalar, { description: 'The day notice was given or received, YYYY-MM-DD' }) noticeOn: string;
  @Field(() => LocalDateScalar, { description: 'The worker’s last day of work, YYYY-MM-DD' }) lastDay: string;
  @Field(() => String, { nullable: true, description: 'The contract kind in force on the notice day; null without a contract' }) contractKind: string | null;
  @Field({ description: 'Whether severance (经济补偿) is owed for this reason (art. 46)' }) severanceOwed: boolean;
  @Field(() => FenScalar, {
    description: 'Average monthly pay of the last 12 months (fewer when employed less), in fen: the base of severance (art. 47 para 3)',
  })
  averageMonthlyFen: Fen;
  @Field(() => FenScalar, {
    description:
      'Severance in half months of pay: one month per year of service (six months or more count as a year), half a month for under six months (art. 47)',
  })
  severanceHalfMonths: number;
  @Field(() => FenScalar, {
    description: 'Severance (经济补偿) in fen: severanceHalfMonths × half the average monthly pay, capped as art. 47 para 2 says; 0 when none is owed',
  })
  severanceFen: Fen;
  @Field(() => FenScalar, { description: 'Pay in lieu of notice (代通知金) in fen: a month’s pay instead of 30 days’ written notice (art. 40)' })
  payInLieuFen: Fen;
  @Field(() => FenScalar, { description: 'Pay of the final month in fen, prorated to the last day as payroll prorates it' }) finalMonthFen: Fen;
  @Field(() => LocalDateScalar, {
    description: 'The day the certificate of termination, the files and the social-insurance transfer are due by (art. 50: within 15 days), YYYY-MM-DD',
  })
  transferDueOn: string;
  @Field({ description: 'True for a dismissal for misconduct when policy exit.rehireBlock is on: no new application or record is accepted' })
  rehireBlocked: boolean;
  @Field(() => ExitStatus, { description: 'OPEN while checklist steps remain; DONE when all are, and the worker is EXITED' }) status: ExitStatus;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the last step was done, YYYY-MM-DD' }) completedOn: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version of the case' }) version: number;
  @Field(() => [ExitStepType], { description: 'The township’s checklist, in order' }) steps: ExitStepType[];
}

@InputType({ description: 'A worker’s exit to open, with the facts the Labor Contract Law checks need.' })
export class OpenExitInput {
  @Field(() => ID, { description: 'The worker, in your scope and not EXITED' }) @IsUUID() workerId: string;
  @Field(() => ExitReason, { description: 'Why the worker leaves' }) @IsEnum(ExitReason) reason: ExitReason;
  @Field(() => LocalDateScalar, { description: 'The day notice was given or received, YYYY-MM-DD' }) @IsLocalDate() @IsBusinessDate() noticeOn: string;
  @Field(() => LocalDateScalar, { description: 'The last day of work, YYYY-MM-DD, not before noticeOn' }) @IsLocalDate() @IsBusinessDate() lastDay: string;
  @Field(() => NoFaultGround, { nullable: true, description: 'NO_FAULT: required, the ground of art. 40' })
  @IsOptional()
  @IsEnum(NoFaultGround)
  noFaultGround?: NoFaultGround | null;
  @Field(() => ExitNotice, {
    nullable: true,
    description:
      'NO_FAULT: required; WRITTEN_NOTICE needs 30 days between noticeOn and lastDay. REPLACED: the notice of the county’s replacement decision, and noticeOn its day',
  })
  @IsOptional()
  @IsEnum(ExitNotice)
  notice?: ExitNotice | null;
  @Field({ nullable: true, description: 'RESIGNED under art. 38' }) @IsOptional() @IsBoolean() employerFault?: boolean;
  @Field({ nullable: true, description: 'CONTRACT_ENDED: refused renewal on the same or better terms (art. 46(5))' })
  @IsOptional()
  @IsBoolean()
  refusedRenewal?: boolean;
  @Field({ nullable: true, description: 'DISMISSED: art. 39(6)' }) @IsOptional() @IsBoolean() criminalLiability?: boolean;
  @Field(() => ID, { nullable: true, description: 'DISMISSED: the misconduct finding (art. 39(2))' }) @IsOptional() @IsUUID() misconductId?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'DISMISSED: art. 43' }) @IsOptional() @IsLocalDate() @IsBusinessDate() unionNotifiedOn?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Free text, up to 500 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText({ multiline: true })
  note?: string | null;
}

@InputType({ description: 'A step of an exit checklist, done on a day.' })
export class CompleteExitStepInput {
  @Field(() => ID, { description: 'The step (ExitStep.id)' }) @IsUUID() stepId: string;
  @Field(() => LocalDateScalar, { description: 'The day it was done, YYYY-MM-DD, not before the notice day' }) @IsLocalDate() @IsBusinessDate() doneOn: string;
  @Field(() => ID, { nullable: true, description: 'HAND_OVER_GRID: the worker taking over from the day after the last day' })
  @IsOptional()
  @IsUUID()
  handedToWorkerId?: string | null;
  @Field({ nullable: true, description: 'HAND_OVER_GRID: leave the grid vacant' }) @IsOptional() @IsBoolean() vacancy?: boolean;
  @Field(() => String, { nullable: true, description: 'Free text, up to 300 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @IsCleanText({ multiline: true })
  note?: string | null;
}
