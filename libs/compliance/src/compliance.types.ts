import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Connection, ConnectionArgs, JsonScalar } from '@gridhr/common';
import { ScanStatus, ScanTrigger, Severity, SubjectType } from './compliance.enums';

registerEnumType(Severity, {
  name: 'Severity',
  description: 'How urgent a compliance flag is, LOW to CRITICAL',
  valuesMap: {
    CRITICAL: { description: '严重: the most urgent.' },
    HIGH: { description: '高: e.g. a breach, or the last reminder before a deadline.' },
    LOW: { description: '低: the least urgent, e.g. the first reminder ahead of a deadline.' },
    MEDIUM: { description: '中: e.g. a later reminder, or a condition to put right.' },
  },
});
registerEnumType(SubjectType, {
  name: 'FlagSubjectType',
  description: 'What a compliance flag is about.',
  valuesMap: {
    CONTRACT: { description: 'A labour contract or agreement (合同).' },
    GRID: { description: 'A grid (网格).' },
    REGION: { description: 'A region: a township, county or other unit (区划).' },
    WORKER: { description: 'A grid worker (网格员).' },
  },
});
registerEnumType(ScanStatus, {
  name: 'ScanStatus',
  description: 'State of a compliance scan run.',
  valuesMap: {
    DONE: { description: 'Finished: every chunk committed.' },
    FAILED: { description: 'Stopped with an error (see error).' },
    QUEUED: { description: 'Waiting for a worker process.' },
    RUNNING: { description: 'Being scanned, chunk by chunk.' },
  },
});
registerEnumType(ScanTrigger, {
  name: 'ScanTrigger',
  description: 'Why a compliance scan ran.',
  valuesMap: { MANUAL: { description: 'Asked for with runComplianceScan.' }, SCHEDULE: { description: 'The daily scan (SCAN_CRON).' } },
});

const RULE_ID = /^[a-z][a-z0-9.-]{0,63}$/;

@ObjectType('ComplianceRule', { description: 'A rule the scans check, with the regulation it enforces.' })
export class ComplianceRuleType {
  @Field({ description: 'The rule’s id, e.g. vacancy.open-too-long.' }) id: string;
  @Field(() => SubjectType, { description: 'What its findings are about.' }) subject: SubjectType;
  @Field({ description: 'What it checks, in words.' }) title: string;
  @Field({ description: 'The regulation it enforces.' }) citation: string;
}

@ObjectType('ComplianceFlag', { description: 'A finding of a rule about a worker, contract, grid or region.' })
export class ComplianceFlagType {
  @Field(() => ID, { description: 'The flag’s id.' }) id: string;
  @Field({ description: 'The rule’s id, e.g. contract.missing-written (see complianceRules).' }) rule: string;
  @Field(() => SubjectType, { description: 'What it is about: a worker, a contract, a grid or a region.' }) subjectType: SubjectType;
  @Field(() => ID, { description: 'The id of the worker, contract, grid or region it is about.' }) subjectId: string;
  @Field(() => ID, { nullable: true, description: 'The worker concerned, also for a contract’s finding; null when none.' }) workerId: string | null;
  @Field(() => String, { nullable: true, description: "The finding's period (a contract end date, a year); null for a standing condition" })
  period: string | null;
  @Field(() => Severity, { description: 'How urgent it is.' }) severity: Severity;
  @Field({ description: 'The finding, in words.' }) message: string;
  @Field({ description: 'The regulation the rule enforces, e.g. 劳动合同法第十条.' }) citation: string;
  @Field(() => JsonScalar, { description: 'The finding’s figures (JSON), e.g. the dates and counts behind the message.' }) details: Record<string, unknown>;
  @Field({ description: 'Code of the region the subject belongs to (the scope the flag is seen in).' }) regionCode: string;
  @Field({ description: 'When a scan first found it.' }) foundAt: Date;
  @Field(() => Date, { nullable: true, description: 'When a scan found the condition gone; null while open.' }) resolvedAt: Date | null;
}

@ObjectType({ description: 'A page of compliance flags, newest first.' })
export class ComplianceFlagConnection extends Connection(ComplianceFlagType, 'ComplianceFlag') {}

@ArgsType()
export class ComplianceFlagsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Flags within this region subtree' }) @IsOptional() @IsUUID() regionId?: string;
  @Field({ nullable: true, description: 'Only flags of this rule id.' })
  @IsOptional()
  @IsString()
  @Matches(RULE_ID, { message: 'is not a rule id' })
  rule?: string;
  @Field(() => Severity, { nullable: true, description: 'This severity or worse' }) @IsOptional() @IsEnum(Severity) minSeverity?: Severity;
  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'true: open flags; false: resolved; null: both' })
  @IsOptional()
  @IsBoolean()
  open?: boolean | null = true;
  @Field(() => SubjectType, { nullable: true, description: 'Only flags about this kind of subject.' })
  @IsOptional()
  @IsEnum(SubjectType)
  subjectType?: SubjectType;
  @Field(() => ID, { nullable: true, description: 'Only flags concerning this worker.' }) @IsOptional() @IsUUID() workerId?: string;
}

@ObjectType('ComplianceCount', {
  description: 'Open flags of one rule in one region one level below the one asked for (a city’s by county, a county’s by township).',
})
export class ComplianceCountType {
  @Field({ description: 'The region the flags roll up to; for a finding about the region asked for itself, that region' }) regionCode: string;
  @Field({ description: 'Name of that region.' }) regionName: string;
  @Field({
    deprecationReason: 'Use regionCode: the rows are per region one level down, townships only for a county',
    description: 'Code of the region the flags roll up to (deprecated: use regionCode).',
  })
  townshipCode: string;
  @Field({ deprecationReason: 'Use regionName', description: 'Name of the region the flags roll up to (deprecated: use regionName).' }) townshipName: string;
  @Field({ description: 'The rule’s id.' }) rule: string;
  @Field(() => Int, { description: 'All open flags of the rule in the region.' }) open: number;
  @Field(() => Int, { description: 'Open LOW flags.' }) low: number;
  @Field(() => Int, { description: 'Open MEDIUM flags.' }) medium: number;
  @Field(() => Int, { description: 'Open HIGH flags.' }) high: number;
  @Field(() => Int, { description: 'Open CRITICAL flags.' }) critical: number;
}

@ObjectType('ScanRun', { description: 'One compliance scan and what it changed.' })
export class ScanRunType {
  @Field(() => ID, { description: 'The run’s id.' }) id: string;
  @Field(() => ScanTrigger, { description: 'Scheduled (daily) or asked for.' }) trigger: ScanTrigger;
  @Field(() => ScanStatus, { description: 'QUEUED, RUNNING, DONE or FAILED.' }) status: ScanStatus;
  @Field({ description: "Division-code prefix scanned; '' for everything" }) regionCode: string;
  @Field(() => [String], { nullable: true, description: 'The rules checked; null for all.' }) rules: string[] | null;
  @Field(() => String, { nullable: true, description: 'The day the rules were checked for (Asia/Shanghai, YYYY-MM-DD).' }) asOf: string | null;
  @Field(() => String, { nullable: true, description: 'Username of who asked for it; null for a scheduled scan.' }) requestedBy: string | null;
  @Field(() => Int, { description: 'Chunks of subjects committed so far (a run resumes after the last one if its worker dies).' }) chunksDone: number;
  @Field(() => Int, { description: 'Flags opened.' }) opened: number;
  @Field(() => Int, { description: 'Open flags updated (e.g. a rising reminder severity).' }) updated: number;
  @Field(() => Int, { description: 'Flags resolved (their condition is gone).' }) resolved: number;
  @Field(() => String, { nullable: true, description: 'Why the run FAILED; null otherwise.' }) error: string | null;
  @Field({ description: 'When it was queued.' }) queuedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When a worker started it; null while queued.' }) startedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it finished; null until then.' }) finishedAt: Date | null;
}

@ArgsType()
export class RunScanArgs {
  @Field(() => ID, { nullable: true, description: 'Scan this region subtree (default: your whole scope)' }) @IsOptional() @IsUUID() regionId?: string;
  @Field(() => [String], { nullable: true, description: 'Only these rules (default: all)' })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  rules?: string[];
}

@ArgsType()
export class ScanRunsArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many runs, 1-100.' }) @IsInt() @Min(1) @Max(100) first: number = 20;
}

@ObjectType('ComplianceMonth', { description: 'Flags of one rule in one month (Asia/Shanghai) in the scope asked for.' })
export class ComplianceMonthType {
  @Field({ description: 'The month, YYYY-MM.' }) month: string;
  @Field({ description: 'The rule’s id.' }) rule: string;
  @Field(() => Int, { description: 'Flags a scan opened in the month.' }) opened: number;
  @Field(() => Int, { description: 'Flags a scan resolved in the month (their condition was gone).' }) resolved: number;
  @Field(() => Int, { description: 'Flags still open at the end of the month (or now, for the current month).' }) openAtEnd: number;
}

@ArgsType()
export class ComplianceHistoryArgs {
  @Field(() => ID, { nullable: true, description: 'Flags within this region subtree, in your scope; your scope when omitted.' })
  @IsOptional()
  @IsUUID()
  regionId?: string;
  @Field({ description: 'First month, YYYY-MM.' }) @IsString() @MaxLength(7) fromMonth: string;
  @Field({ description: 'Last month, YYYY-MM, at most 36 months after fromMonth (both included).' }) @IsString() @MaxLength(7) toMonth: string;
}
