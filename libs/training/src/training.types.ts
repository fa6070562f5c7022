import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { Connection, ConnectionArgs, IsBusinessDate, IsCleanText, IsLocalDate, LocalDateScalar, LongString } from '@gridhr/common';
import { AttendanceStatus, TrainingKind, TrainingLevel } from './training.enums';
import { ImportProblemType, MappedSheetInput, SheetReadingType } from '@gridhr/sheets';

registerEnumType(TrainingLevel, {
  name: 'TrainingLevel',
  valuesMap: {
    PROVINCE: { description: '省级: a provincial session, for backbone staff' },
    CITY: { description: '市级: a city session, for backbone staff' },
    COUNTY: { description: '县级: a county session; each county holds at least 2 a year for all its grid workers (Shanxi measures)' },
    TOWNSHIP: { description: '乡镇（街道）: a township session; each township holds at least 3 a year (Shanxi measures)' },
    DEPARTMENT: { description: '职能部门（专业网格员）: a department training its professional grid workers (Jiangmen art. 31)' },
  },
  description: 'Who organises a training session (培训层级).',
});
registerEnumType(TrainingKind, {
  name: 'TrainingKind',
  valuesMap: {
    PRE_JOB: { description: '岗前培训: pre-job training, the gate to ACTIVE; not counted in the yearly requirement' },
    REGULAR: { description: '常规培训: regular training, counted in the yearly requirement' },
    SPECIAL: { description: '专题培训: training on one topic, counted in the yearly requirement' },
  },
  description: 'What a training session is for (培训类型).',
});
registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  valuesMap: {
    PRESENT: { description: '出席: attended; counts towards the requirement' },
    ABSENT: { description: '缺席: absent without leave' },
    EXCUSED: { description: '请假: excused; counts only where policy training.excusedCountsAsAttended says so' },
  },
  description: 'A worker’s attendance at a session (签到情况).',
});

@ObjectType('TrainingSession', {
  description: 'A training session (培训) held for grid workers: its level, kind, date and length; attendance is recorded per worker.',
})
export class TrainingSessionType {
  @Field(() => ID, { description: 'Identifier of the session' }) id: string;
  @Field(() => TrainingLevel, { description: 'Who organised it: province, city, county, township or a department (for its professional workers)' })
  level: TrainingLevel;
  @Field(() => TrainingKind, { description: 'Pre-job (岗前, the gate to ACTIVE), regular or special training' }) kind: TrainingKind;
  @Field({ description: 'Organiser region code' }) regionCode: string;
  @Field(() => LocalDateScalar, { description: 'The day it was held, YYYY-MM-DD' }) heldOn: string;
  @Field(() => Int, { description: 'Length in minutes' }) minutes: number;
  @Field({ description: 'What it was about' }) topic: string;
  @Field(() => String, { nullable: true, description: 'Who taught it' }) trainer: string | null;
  @Field(() => String, { nullable: true, description: 'Where it was held' }) place: string | null;
  @Field(() => String, { nullable: true, description: 'DEPARTMENT sessions: the department that trained its professional workers (Jiangmen art. 31)' })
  department: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with updateTrainingSession' }) version: number;
}

@ObjectType({ description: 'A page of training sessions, latest first.' })
export class TrainingSessionConnection extends Connection(TrainingSessionType, 'TrainingSession') {}

@ObjectType('Attendance', { description: 'One worker’s attendance (签到) at a training session.' })
export class AttendanceType {
  @Field(() => ID, { description: 'Identifier of the attendance row' }) id: string;
  @Field(() => AttendanceStatus, {
    description:
      'Present, absent or excused; PRESENT counts towards the yearly requirement (EXCUSED too where policy training.excusedCountsAsAttended says so)',
  })
  status: AttendanceStatus;
  @Field(() => String, { nullable: true, description: 'Free text, e.g. why excused' }) note: string | null;
}

@ArgsType()
export class TrainingSessionsArgs extends ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Only sessions held in this calendar year' }) @IsOptional() @IsInt() @Min(2000) @Max(2100) year?: number;
  @Field(() => TrainingLevel, { nullable: true, description: 'Only sessions of this level' }) @IsOptional() @IsEnum(TrainingLevel) level?: TrainingLevel;
  @Field(() => TrainingKind, { nullable: true, description: 'Only sessions of this kind' }) @IsOptional() @IsEnum(TrainingKind) kind?: TrainingKind;
}

@InputType({ description: 'A training session to record (COUNTY_PLC: county sessions; TOWNSHIP_STAFF: township and department sessions).' })
export class CreateTrainingSessionInput {
  @Field(() => TrainingLevel, { description: 'The organising level; it must match the organiser region’s level' }) @IsEnum(TrainingLevel) level: TrainingLevel;
  @Field(() => TrainingKind, { description: 'Pre-job, regular or special training' }) @IsEnum(TrainingKind) kind: TrainingKind;
  @Field(() => ID, { description: 'The organising county or township (province or city for their levels)' }) @IsUUID() organiserId: string;
  @Field(() => LocalDateScalar, { description: 'The day it was held, YYYY-MM-DD' }) @IsString() @IsBusinessDate() heldOn: string;
  @Field(() => Float, { description: 'Length in hours (0.25-24)' }) @IsNumber() hours: number;
  @Field({ description: 'What it was about, 2-200 characters' }) @IsString() @MinLength(2) @MaxLength(200) @IsCleanText() topic: string;
  @Field(() => String, { nullable: true, description: 'Who taught it, up to 100 characters' }) @IsOptional() @IsString() @MaxLength(100) trainer?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Where it was held, up to 200 characters' }) @IsOptional() @IsString() @MaxLength(200) place?:
    string | null;
  @Field(() => String, { nullable: true, description: 'DEPARTMENT sessions: the department' }) @IsOptional() @IsString() @MaxLength(100) department?:
    string | null;
}

@InputType({ description: 'Changes to a training session; omitted fields keep their value.' })
export class UpdateTrainingSessionInput {
  @Field(() => ID, { description: 'The session, organised in your scope' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => TrainingKind, { nullable: true, description: 'New kind' }) @IsOptional() @IsEnum(TrainingKind) kind?: TrainingKind;
  @Field(() => LocalDateScalar, { nullable: true, description: 'New date, YYYY-MM-DD' }) @IsOptional() @IsString() @IsBusinessDate() heldOn?: string;
  @Field(() => Float, { nullable: true, description: 'New length in hours (0.25-24)' }) @IsOptional() @IsNumber() hours?: number;
  @Field({ nullable: true, description: 'New topic, 2-200 characters' }) @IsOptional() @IsString() @MinLength(2) @MaxLength(200) @IsCleanText() topic?: string;
  @Field(() => String, { nullable: true, description: 'New trainer (null clears it)' }) @IsOptional() @IsString() @MaxLength(100) trainer?: string | null;
  @Field(() => String, { nullable: true, description: 'New place (null clears it)' }) @IsOptional() @IsString() @MaxLength(200) place?: string | null;
  @Field(() => String, { nullable: true, description: 'New department of a DEPARTMENT session' }) @IsOptional() @IsString() @MaxLength(100) department?:
    string | null;
}

@InputType({ description: 'One worker’s attendance at a session.' })
export class AttendanceEntryInput {
  @Field(() => ID, { description: 'The worker, in your scope' }) @IsUUID() workerId: string;
  @Field(() => AttendanceStatus, { description: 'Present, absent or excused' }) @IsEnum(AttendanceStatus) status: AttendanceStatus;
  @Field(() => String, { nullable: true, description: 'Free text, up to 200 characters' }) @IsOptional() @IsString() @MaxLength(200) note?: string | null;
}

@InputType({ description: 'The attendance of your workers at one session, replacing what was recorded.' })
export class RecordAttendanceInput {
  @Field(() => ID, { description: 'The training session' }) @IsUUID() sessionId: string;
  @Field(() => [AttendanceEntryInput], { description: 'The whole attendance of your workers at this session' })
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries: AttendanceEntryInput[];
}

@InputType({ description: 'A sign-in sheet (签到表) of a session to record as its attendance.' })
export class ImportSignInSheetInput extends MappedSheetInput {
  @Field(() => ID, { description: 'The training session' }) @IsUUID() sessionId: string;
  @Field({ description: 'xlsx or csv' }) @IsIn(['xlsx', 'csv']) format: 'xlsx' | 'csv';
  @Field({ description: 'Columns 姓名, 身份证号 or 联系电话, 签到情况 (出席/缺席/请假, √/×), 备注; other columns are ignored; base64' })
  @IsString()
  @LongString()
  @MaxLength(7_000_000)
  contentBase64: string;
}

@ObjectType('SignInImportReport', { description: 'What importSignInSheet did with a sheet.' })
export class SignInReportType {
  @Field(() => Int, { description: 'Attendance rows recorded (0 when any line has a problem)' }) recorded: number;
  @Field(() => [ImportProblemType], { description: 'Lines that could not be read or matched to a worker, with the reason' }) problems: ImportProblemType[];
  @Field(() => SheetReadingType, { nullable: true, description: 'How the sheet was read' }) sheet?: SheetReadingType | null;
}

@ObjectType('WorkerTraining', {
  description: 'One worker’s training this year against the requirement (county ≥ 2, township ≥ 3 sessions; prorated for a worker who joined during the year).',
})
export class WorkerTrainingType {
  @Field(() => ID, { description: 'The worker' }) workerId: string;
  @Field({ description: 'The worker’s name' }) name: string;
  @Field({ description: 'The 12-digit code of the worker’s managing region' }) regionCode: string;
  @Field({ description: 'The worker’s category' }) category: string;
  @Field(() => Int, { description: 'County (and higher) sessions attended this year up to asOf' }) countyDone: number;
  @Field(() => Int, { description: 'Township sessions attended this year up to asOf' }) townshipDone: number;
  @Field(() => Int, { description: 'Department sessions attended (Jiangmen art. 31); in countyDone too only if training.departmentCountsForCounty' })
  departmentDone: number;
  @Field(() => Int, { description: 'County sessions due by the checkpoint in force, prorated for the days employed' }) countyRequired: number;
  @Field(() => Int, { description: 'Township sessions due by the checkpoint in force, prorated for the days employed' }) townshipRequired: number;
  @Field({ description: 'True when either count is short of what is due' }) behind: boolean;
}

@ObjectType('SessionsByLevel', {
  description: 'Regular and special sessions of one level this year up to asOf that the township organised or its workers attended.',
})
export class SessionsByLevelType {
  @Field({ description: 'The level (PROVINCE, CITY, COUNTY, TOWNSHIP, DEPARTMENT)' }) level: string;
  @Field(() => Int, { description: 'How many such sessions' }) sessions: number;
}

@ObjectType('TrainingReport', { description: 'Training compliance of a township for a year' })
export class TrainingReportType {
  @Field(() => ID, { description: 'The township' }) townshipId: string;
  @Field({ description: 'The township’s name' }) townshipName: string;
  @Field(() => Int, { description: 'The calendar year measured' }) year: number;
  @Field(() => LocalDateScalar, { description: 'The day measured up to, YYYY-MM-DD' }) asOf: string;
  @Field(() => String, { nullable: true, description: 'The checkpoint in force (MM-DD)' }) checkpoint: string | null;
  @Field(() => Int, { description: 'Township sessions the township held this year up to asOf' }) townshipSessionsHeld: number;
  @Field(() => Int, { description: 'Township sessions due from the township by the checkpoint in force' }) townshipSessionsRequired: number;
  @Field(() => [SessionsByLevelType], { description: 'Sessions held this year by level' }) sessionsByLevel: SessionsByLevelType[];
  @Field(() => Int, { description: 'Grid workers measured: ACTIVE on asOf and hired by then (informants, 信息员, are volunteers and not measured)' })
  measuredWorkers: number;
  @Field(() => Int, { description: 'Measured workers who attended no county or township session this year' }) trainedZero: number;
  @Field(() => Int, { description: 'Measured workers who attended one county or township session' }) trainedOnce: number;
  @Field(() => Int, { description: 'Measured workers who attended two county or township sessions' }) trainedTwice: number;
  @Field(() => Int, { description: 'Measured workers who attended three or more county or township sessions' }) trainedThreeOrMore: number;
  @Field(() => [WorkerTrainingType], { description: 'Every measured worker, those behind first' }) workers: WorkerTrainingType[];
}

@ObjectType('TownshipTrainingSummary', { description: 'One township in the county training report' })
export class TownshipTrainingSummaryType {
  @Field(() => ID, { description: 'The township' }) townshipId: string;
  @Field({ description: 'The township’s 12-digit division code' }) townshipCode: string;
  @Field({ description: 'The township’s name' }) townshipName: string;
  @Field(() => Int, { description: 'Township sessions it held this year' }) sessionsHeld: number;
  @Field(() => Int, { description: 'Township sessions due by the checkpoint in force' }) sessionsRequired: number;
  @Field(() => Int, { description: 'Grid workers measured in the township' }) measuredWorkers: number;
  @Field(() => Int, { description: 'Measured workers who attended no county or township session this year' }) trainedZero: number;
  @Field(() => Int, { description: 'Measured workers who attended one county or township session' }) trainedOnce: number;
  @Field(() => Int, { description: 'Measured workers who attended two county or township sessions' }) trainedTwice: number;
  @Field(() => Int, { description: 'Measured workers who attended three or more county or township sessions' }) trainedThreeOrMore: number;
  @Field(() => Int, { description: 'Workers behind the requirement' }) behind: number;
}

@ObjectType('TrainingCountyReport', { description: 'Training compliance of a county for a year, per township' })
export class TrainingCountyReportType {
  @Field(() => ID, { description: 'The county' }) countyId: string;
  @Field({ description: 'The county’s name' }) countyName: string;
  @Field(() => Int, { description: 'The calendar year measured' }) year: number;
  @Field(() => LocalDateScalar, { description: 'The day measured up to, YYYY-MM-DD' }) asOf: string;
  @Field(() => String, { nullable: true, description: 'The checkpoint in force (MM-DD)' }) checkpoint: string | null;
  @Field(() => Int, { description: 'County sessions the county held this year up to asOf' }) countySessionsHeld: number;
  @Field(() => Int, { description: 'County sessions due from the county by the checkpoint in force' }) countySessionsRequired: number;
  @Field(() => Int, { description: 'Grid workers measured in the county' }) measuredWorkers: number;
  @Field(() => Int, { description: 'Measured workers behind the requirement' }) behindWorkers: number;
  @Field(() => [TownshipTrainingSummaryType], { description: 'Each township of the county, by code' }) townships: TownshipTrainingSummaryType[];
}

@ArgsType()
export class TrainingCountyReportArgs {
  @Field(() => ID, { description: 'The county (县/市/区), in your scope' }) @IsUUID() countyId: string;
  @Field(() => Int, { description: 'The calendar year measured, e.g. 2026' }) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Measure as of this day of the year (default: year end, or today for this year)' })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}

@ArgsType()
export class TrainingReportArgs {
  @Field(() => ID, { description: 'The township (乡镇/街道), in your scope' }) @IsUUID() townshipId: string;
  @Field(() => Int, { description: 'The calendar year measured, e.g. 2026' }) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Measure as of this day of the year (default: year end, or today for this year)' })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}
