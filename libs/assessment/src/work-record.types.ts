import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Connection, ConnectionArgs, LocalDateScalar, LongString } from '@gridhr/common';
import { WorkPeriodKind } from './assessment.enums';

registerEnumType(WorkPeriodKind, { name: 'WorkPeriodKind', valuesMap: { WEEK: { description: '周（走访）' }, MONTH: { description: '月（事件、满意度）' } } });

@ObjectType('WorkRecord', { description: 'A worker’s figures from the grid platform for a week or a month' })
export class WorkRecordType {
  @Field(() => ID) id: string;
  @Field(() => WorkPeriodKind) periodKind: WorkPeriodKind;
  @Field(() => LocalDateScalar, { description: 'The Monday of the week, or the first of the month' }) periodStart: string;
  @Field(() => Boolean, { nullable: true }) fullAreaVisit: boolean | null;
  @Field(() => Int, { nullable: true }) eventsReported: number | null;
  @Field(() => Int, { nullable: true }) eventsClosedOnTime: number | null;
  @Field() source: string;
  @Field() recordedBy: string;
  @Field() regionCode: string;
  @Field(() => Int) version: number;
}

@ObjectType()
export class WorkRecordConnection extends Connection(WorkRecordType, 'WorkRecord') {}

@ObjectType('WorkRecordsWritten')
export class WorkRecordsWrittenType {
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
}

@ArgsType()
export class WorkRecordsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() workerId?: string | null;
  @Field(() => WorkPeriodKind, { nullable: true }) @IsOptional() @IsEnum(WorkPeriodKind) kind?: WorkPeriodKind | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsString() from?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsString() to?: string | null;
}

@InputType()
export class WorkRecordInput {
  @Field(() => ID) @IsUUID() workerId: string;
  @Field({ description: 'A week ("2026-W05", or any day of it) or a month ("2026-03")' }) @IsString() @MaxLength(20) period: string;
  @Field(() => Boolean, { nullable: true, description: 'Week: the whole grid visited' }) @IsOptional() @IsBoolean() fullAreaVisit?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Month' }) @IsOptional() @IsInt() eventsReported?: number | null;
  @Field(() => Int, { nullable: true, description: 'Month' }) @IsOptional() @IsInt() eventsClosedOnTime?: number | null;
  @Field(() => Float, { nullable: true, description: 'Month: 0-100, at most two decimals' }) @IsOptional() @IsNumber() satisfaction?: number | null;
}

@InputType()
export class RecordWorkInput {
  @Field({ description: 'Where the figures come from' }) @IsString() @MinLength(2) @MaxLength(100) source: string;
  @Field(() => [WorkRecordInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(20_000)
  @ValidateNested({ each: true })
  @Type(() => WorkRecordInput)
  records: WorkRecordInput[];
}

@InputType()
export class ImportWorkRecordsInput {
  @Field({ description: 'xlsx or csv' }) @IsIn(['xlsx', 'csv']) format: 'xlsx' | 'csv';
  @Field({ description: 'The file, base64-encoded (at most 5 MB)' }) @IsString() @LongString() @MaxLength(7_000_000) contentBase64: string;
  @Field({ description: 'Where the figures come from, e.g. 网格化服务管理信息平台导出' }) @IsString() @MinLength(2) @MaxLength(100) source: string;
  @Field({ defaultValue: false, description: 'Check every line and report, writing nothing' }) @IsBoolean() dryRun: boolean = false;
}
