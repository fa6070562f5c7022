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
import { Connection, ConnectionArgs, IsBusinessDate, IsCleanText, LocalDateScalar, LongString } from '@gridhr/common';
import { WorkPeriodKind } from './assessment.enums';

registerEnumType(WorkPeriodKind, {
  name: 'WorkPeriodKind',
  valuesMap: { WEEK: { description: '周（走访）' }, MONTH: { description: '月（事件、满意度）' } },
  description: 'The period a work record covers.',
});

@ObjectType('WorkRecord', { description: 'A worker’s figures from the grid platform for a week or a month' })
export class WorkRecordType {
  @Field(() => ID, { description: 'Identifier of the work record' }) id: string;
  @Field(() => WorkPeriodKind, { description: 'WEEK (visits) or MONTH (events and satisfaction)' }) periodKind: WorkPeriodKind;
  @Field(() => LocalDateScalar, { description: 'The Monday of the week, or the first of the month' }) periodStart: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'WEEK: whether the whole grid was visited that week (Shanxi measures: at least one round a week); null for a month',
  })
  fullAreaVisit: boolean | null;
  @Field(() => Int, { nullable: true, description: 'MONTH: events (事件) the worker reported; null for a week' }) eventsReported: number | null;
  @Field(() => Int, { nullable: true, description: 'MONTH: of those, events closed on time; null for a week' }) eventsClosedOnTime: number | null;
  @Field({ description: 'Where the figures come from, e.g. the grid platform’s export' }) source: string;
  @Field({ description: 'Username of who recorded or imported them' }) recordedBy: string;
  @Field({ description: 'The 12-digit code of the worker’s managing region (scope)' }) regionCode: string;
  @Field(() => Int, { description: 'Optimistic-lock version of the record' }) version: number;
}

@ObjectType({ description: 'A page of work records, latest period first.' })
export class WorkRecordConnection extends Connection(WorkRecordType, 'WorkRecord') {}

@ObjectType('WorkRecordsWritten', { description: 'What recordWorkRecords wrote.' })
export class WorkRecordsWrittenType {
  @Field(() => Int, { description: 'Work records created' }) created: number;
  @Field(() => Int, { description: 'Work records of the same worker and period replaced' }) updated: number;
}

@ArgsType()
export class WorkRecordsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only this worker’s records' }) @IsOptional() @IsUUID() workerId?: string | null;
  @Field(() => WorkPeriodKind, { nullable: true, description: 'Only weekly or only monthly records' })
  @IsOptional()
  @IsEnum(WorkPeriodKind)
  kind?: WorkPeriodKind | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Only periods starting on or after this day, YYYY-MM-DD' })
  @IsOptional()
  @IsString()
  @IsBusinessDate()
  from?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Only periods starting on or before this day, YYYY-MM-DD' })
  @IsOptional()
  @IsString()
  @IsBusinessDate()
  to?: string | null;
}

@InputType({ description: 'One worker’s figures for a week or a month.' })
export class WorkRecordInput {
  @Field(() => ID, { description: 'The worker, in your scope' }) @IsUUID() workerId: string;
  @Field({ description: 'A week ("2026-W05", or any day of it) or a month ("2026-03")' }) @IsString() @MaxLength(20) period: string;
  @Field(() => Boolean, { nullable: true, description: 'Week: the whole grid visited' }) @IsOptional() @IsBoolean() fullAreaVisit?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Month: events (事件) the worker reported on the grid platform' }) @IsOptional() @IsInt() eventsReported?:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Month: of those, events closed on time' }) @IsOptional() @IsInt() eventsClosedOnTime?: number | null;
  @Field(() => Float, { nullable: true, description: 'Month: 0-100, at most two decimals' }) @IsOptional() @IsNumber() satisfaction?: number | null;
}

@InputType({ description: 'Work records from the grid platform, in bulk; a record of the same worker and period is replaced.' })
export class RecordWorkInput {
  @Field({ description: 'Where the figures come from' }) @IsString() @MinLength(2) @MaxLength(100) @IsCleanText() source: string;
  @Field(() => [WorkRecordInput], { description: 'The records, 1-20000' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20_000)
  @ValidateNested({ each: true })
  @Type(() => WorkRecordInput)
  records: WorkRecordInput[];
}

@InputType({ description: 'A sheet of work records (the template’s columns) to check and write.' })
export class ImportWorkRecordsInput {
  @Field({ description: 'xlsx or csv' }) @IsIn(['xlsx', 'csv']) format: 'xlsx' | 'csv';
  @Field({ description: 'The file, base64-encoded (at most 5 MB)' }) @IsString() @LongString() @MaxLength(7_000_000) contentBase64: string;
  @Field({ description: 'Where the figures come from, e.g. 网格化服务管理信息平台导出' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  @IsCleanText()
  source: string;
  @Field({ defaultValue: false, description: 'Check every line and report, writing nothing' }) @IsBoolean() dryRun: boolean = false;
}
