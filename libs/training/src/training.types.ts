import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { Connection, ConnectionArgs, IsLocalDate, LocalDateScalar, LongString } from '@gridhr/common';
import { AttendanceStatus, TrainingKind, TrainingLevel } from './training.enums';
import { ImportProblemType, MappedSheetInput, SheetReadingType } from '@gridhr/sheets';

registerEnumType(TrainingLevel, {
  name: 'TrainingLevel',
  valuesMap: {
    PROVINCE: { description: '省级' },
    CITY: { description: '市级' },
    COUNTY: { description: '县级' },
    TOWNSHIP: { description: '乡镇（街道）' },
    DEPARTMENT: { description: '职能部门（专业网格员）' },
  },
});
registerEnumType(TrainingKind, {
  name: 'TrainingKind',
  valuesMap: { PRE_JOB: { description: '岗前培训' }, REGULAR: { description: '常规培训' }, SPECIAL: { description: '专题培训' } },
});
registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  valuesMap: { PRESENT: { description: '出席' }, ABSENT: { description: '缺席' }, EXCUSED: { description: '请假' } },
});

@ObjectType('TrainingSession')
export class TrainingSessionType {
  @Field(() => ID) id: string;
  @Field(() => TrainingLevel) level: TrainingLevel;
  @Field(() => TrainingKind) kind: TrainingKind;
  @Field({ description: 'Organiser region code' }) regionCode: string;
  @Field(() => LocalDateScalar) heldOn: string;
  @Field(() => Int) minutes: number;
  @Field() topic: string;
  @Field(() => String, { nullable: true }) trainer: string | null;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true }) department: string | null;
  @Field(() => Int) version: number;
}

@ObjectType()
export class TrainingSessionConnection extends Connection(TrainingSessionType, 'TrainingSession') {}

@ObjectType('Attendance')
export class AttendanceType {
  @Field(() => ID) id: string;
  @Field(() => AttendanceStatus) status: AttendanceStatus;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ArgsType()
export class TrainingSessionsArgs extends ConnectionArgs {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(2000) @Max(2100) year?: number;
  @Field(() => TrainingLevel, { nullable: true }) @IsOptional() @IsEnum(TrainingLevel) level?: TrainingLevel;
  @Field(() => TrainingKind, { nullable: true }) @IsOptional() @IsEnum(TrainingKind) kind?: TrainingKind;
}

@InputType()
export class CreateTrainingSessionInput {
  @Field(() => TrainingLevel) @IsEnum(TrainingLevel) level: TrainingLevel;
  @Field(() => TrainingKind) @IsEnum(TrainingKind) kind: TrainingKind;
  @Field(() => ID, { description: 'The organising county or township (province or city for their levels)' }) @IsUUID() organiserId: string;
  @Field(() => LocalDateScalar) @IsString() heldOn: string;
  @Field(() => Float, { description: 'Length in hours (0.25-24)' }) @IsNumber() hours: number;
  @Field() @IsString() @MinLength(2) @MaxLength(200) topic: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) trainer?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) place?: string | null;
  @Field(() => String, { nullable: true, description: 'DEPARTMENT sessions: the department' }) @IsOptional() @IsString() @MaxLength(100) department?:
    string | null;
}

@InputType()
export class UpdateTrainingSessionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => TrainingKind, { nullable: true }) @IsOptional() @IsEnum(TrainingKind) kind?: TrainingKind;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsString() heldOn?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() hours?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(2) @MaxLength(200) topic?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) trainer?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) place?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) department?: string | null;
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID) @IsUUID() workerId: string;
  @Field(() => AttendanceStatus) @IsEnum(AttendanceStatus) status: AttendanceStatus;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) note?: string | null;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID) @IsUUID() sessionId: string;
  @Field(() => [AttendanceEntryInput], { description: 'The whole attendance of your workers at this session' })
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries: AttendanceEntryInput[];
}

@InputType()
export class ImportSignInSheetInput extends MappedSheetInput {
  @Field(() => ID) @IsUUID() sessionId: string;
  @Field({ description: 'xlsx or csv' }) @IsIn(['xlsx', 'csv']) format: 'xlsx' | 'csv';
  @Field({ description: 'Columns 姓名, 身份证号 or 联系电话, 签到情况 (出席/缺席/请假, √/×), 备注; other columns are ignored; base64' })
  @IsString()
  @LongString()
  @MaxLength(7_000_000)
  contentBase64: string;
}

@ObjectType('SignInImportReport')
export class SignInReportType {
  @Field(() => Int) recorded: number;
  @Field(() => [ImportProblemType]) problems: ImportProblemType[];
  @Field(() => SheetReadingType, { nullable: true, description: 'How the sheet was read' }) sheet?: SheetReadingType | null;
}

@ObjectType('WorkerTraining')
export class WorkerTrainingType {
  @Field(() => ID) workerId: string;
  @Field() name: string;
  @Field() regionCode: string;
  @Field() category: string;
  @Field(() => Int) countyDone: number;
  @Field(() => Int) townshipDone: number;
  @Field(() => Int, { description: 'Department sessions attended (Jiangmen art. 31); in countyDone too only if training.departmentCountsForCounty' })
  departmentDone: number;
  @Field(() => Int) countyRequired: number;
  @Field(() => Int) townshipRequired: number;
  @Field() behind: boolean;
}

@ObjectType('SessionsByLevel')
export class SessionsByLevelType {
  @Field() level: string;
  @Field(() => Int) sessions: number;
}

@ObjectType('TrainingReport', { description: 'Training compliance of a township for a year' })
export class TrainingReportType {
  @Field(() => ID) townshipId: string;
  @Field() townshipName: string;
  @Field(() => Int) year: number;
  @Field(() => LocalDateScalar) asOf: string;
  @Field(() => String, { nullable: true, description: 'The checkpoint in force (MM-DD)' }) checkpoint: string | null;
  @Field(() => Int) townshipSessionsHeld: number;
  @Field(() => Int) townshipSessionsRequired: number;
  @Field(() => [SessionsByLevelType]) sessionsByLevel: SessionsByLevelType[];
  @Field(() => Int) measuredWorkers: number;
  @Field(() => Int) trainedZero: number;
  @Field(() => Int) trainedOnce: number;
  @Field(() => Int) trainedTwice: number;
  @Field(() => Int) trainedThreeOrMore: number;
  @Field(() => [WorkerTrainingType], { description: 'Every measured worker, those behind first' }) workers: WorkerTrainingType[];
}

@ObjectType('TownshipTrainingSummary', { description: 'One township in the county training report' })
export class TownshipTrainingSummaryType {
  @Field(() => ID) townshipId: string;
  @Field() townshipCode: string;
  @Field() townshipName: string;
  @Field(() => Int, { description: 'Township sessions it held this year' }) sessionsHeld: number;
  @Field(() => Int, { description: 'Township sessions due by the checkpoint in force' }) sessionsRequired: number;
  @Field(() => Int) measuredWorkers: number;
  @Field(() => Int) trainedZero: number;
  @Field(() => Int) trainedOnce: number;
  @Field(() => Int) trainedTwice: number;
  @Field(() => Int) trainedThreeOrMore: number;
  @Field(() => Int, { description: 'Workers behind the requirement' }) behind: number;
}

@ObjectType('TrainingCountyReport', { description: 'Training compliance of a county for a year, per township' })
export class TrainingCountyReportType {
  @Field(() => ID) countyId: string;
  @Field() countyName: string;
  @Field(() => Int) year: number;
  @Field(() => LocalDateScalar) asOf: string;
  @Field(() => String, { nullable: true, description: 'The checkpoint in force (MM-DD)' }) checkpoint: string | null;
  @Field(() => Int) countySessionsHeld: number;
  @Field(() => Int) countySessionsRequired: number;
  @Field(() => Int) measuredWorkers: number;
  @Field(() => Int) behindWorkers: number;
  @Field(() => [TownshipTrainingSummaryType]) townships: TownshipTrainingSummaryType[];
}

@ArgsType()
export class TrainingCountyReportArgs {
  @Field(() => ID) @IsUUID() countyId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Measure as of this day of the year (default: year end, or today for this year)' })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}

@ArgsType()
export class TrainingReportArgs {
  @Field(() => ID) @IsUUID() townshipId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Measure as of this day of the year (default: year end, or today for this year)' })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}
