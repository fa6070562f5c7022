import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Connection, ConnectionArgs, JsonScalar } from '@gridhr/common';
import { ScanStatus, ScanTrigger, Severity, SubjectType } from './compliance.enums';

registerEnumType(Severity, { name: 'Severity', description: 'How urgent a compliance flag is, LOW to CRITICAL' });
registerEnumType(SubjectType, { name: 'FlagSubjectType' });
registerEnumType(ScanStatus, { name: 'ScanStatus' });
registerEnumType(ScanTrigger, { name: 'ScanTrigger' });

const RULE_ID = /^[a-z][a-z0-9.-]{0,63}$/;

@ObjectType('ComplianceRule', { description: 'A rule the scans check, with the regulation it enforces.' })
export class ComplianceRuleType {
  @Field() id: string;
  @Field(() => SubjectType) subject: SubjectType;
  @Field() title: string;
  @Field() citation: string;
}

@ObjectType('ComplianceFlag', { description: 'A finding of a rule about a worker, contract, grid or region.' })
export class ComplianceFlagType {
  @Field(() => ID) id: string;
  @Field() rule: string;
  @Field(() => SubjectType) subjectType: SubjectType;
  @Field(() => ID) subjectId: string;
  @Field(() => ID, { nullable: true }) workerId: string | null;
  @Field(() => String, { nullable: true, description: "The finding's period (a contract end date, a year); null for a standing condition" })
  period: string | null;
  @Field(() => Severity) severity: Severity;
  @Field() message: string;
  @Field() citation: string;
  @Field(() => JsonScalar) details: Record<string, unknown>;
  @Field() regionCode: string;
  @Field() foundAt: Date;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
}

@ObjectType()
export class ComplianceFlagConnection extends Connection(ComplianceFlagType, 'ComplianceFlag') {}

@ArgsType()
export class ComplianceFlagsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Flags within this region subtree' }) @IsOptional() @IsUUID() regionId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Matches(RULE_ID, { message: 'is not a rule id' }) rule?: string;
  @Field(() => Severity, { nullable: true, description: 'This severity or worse' }) @IsOptional() @IsEnum(Severity) minSeverity?: Severity;
  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'true: open flags; false: resolved; null: both' })
  @IsOptional()
  @IsBoolean()
  open?: boolean | null = true;
  @Field(() => SubjectType, { nullable: true }) @IsOptional() @IsEnum(SubjectType) subjectType?: SubjectType;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() workerId?: string;
}

@ObjectType('ComplianceCount', {
  description: 'Open flags of one rule in one region one level below the one asked for (a city’s by county, a county’s by township).',
})
export class ComplianceCountType {
  @Field({ description: 'The region the flags roll up to; for a finding about the region asked for itself, that region' }) regionCode: string;
  @Field() regionName: string;
  @Field({ deprecationReason: 'Use regionCode: the rows are per region one level down, townships only for a county' }) townshipCode: string;
  @Field({ deprecationReason: 'Use regionName' }) townshipName: string;
  @Field() rule: string;
  @Field(() => Int) open: number;
  @Field(() => Int) low: number;
  @Field(() => Int) medium: number;
  @Field(() => Int) high: number;
  @Field(() => Int) critical: number;
}

@ObjectType('ScanRun', { description: 'One compliance scan and what it changed.' })
export class ScanRunType {
  @Field(() => ID) id: string;
  @Field(() => ScanTrigger) trigger: ScanTrigger;
  @Field(() => ScanStatus) status: ScanStatus;
  @Field({ description: "Division-code prefix scanned; '' for everything" }) regionCode: string;
  @Field(() => [String], { nullable: true }) rules: string[] | null;
  @Field(() => String, { nullable: true }) asOf: string | null;
  @Field(() => String, { nullable: true }) requestedBy: string | null;
  @Field(() => Int) chunksDone: number;
  @Field(() => Int) opened: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) resolved: number;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field() queuedAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
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
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(100) first: number = 20;
}
