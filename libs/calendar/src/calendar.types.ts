import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LocalDateScalar, LongString } from '@gridhr/common';
import { ImportProblemType } from '@gridhr/sheets';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ObjectType('WorkingCalendarYear', { description: 'A year of the mainland working-day calendar (the State Council General Office notice).' })
export class WorkingCalendarYearType {
  @Field(() => Int, { description: 'The calendar year.' }) year: number;
  @Field({ description: 'The notice the days come from' }) source: string;
  @Field(() => [LocalDateScalar], { description: '放假: days off, weekends of the holiday included' }) holidays: string[];
  @Field(() => [LocalDateScalar], { description: '调休上班: Saturdays or Sundays worked instead' }) workdays: string[];
  @Field(() => String, { nullable: true, description: 'Username of who entered the year.' }) enteredBy?: string;
}

@InputType({ description: 'A year of the working-day calendar: its holidays and make-up working days.' })
export class SetWorkingCalendarYearInput {
  @Field(() => Int, { description: 'The calendar year, 2000-2100.' }) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => [LocalDateScalar], { description: '放假: the days off (Asia/Shanghai, YYYY-MM-DD), weekends of the holiday included.' })
  @ArrayMaxSize(120)
  @Matches(DATE, { each: true })
  holidays: string[];
  @Field(() => [LocalDateScalar], { description: '调休上班: the Saturdays or Sundays worked instead (YYYY-MM-DD).' })
  @ArrayMaxSize(30)
  @Matches(DATE, { each: true })
  workdays: string[];
  @Field({ description: 'The notice, e.g. 国务院办公厅关于2027年部分节假日安排的通知' }) @IsString() @MinLength(4) @MaxLength(300) source: string;
}

@InputType({ description: 'A year of the working-day calendar from a sheet of 日期 and 类型 (放假 or 上班).' })
export class ImportWorkingCalendarYearInput {
  @Field(() => Int, { description: 'The calendar year, 2000-2100.' }) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field({ description: 'The notice the days come from, e.g. 国务院办公厅关于2027年部分节假日安排的通知.' })
  @IsString()
  @MinLength(4)
  @MaxLength(300)
  source: string;
  @Field({ description: 'xlsx or csv with the columns 日期 and 类型 (放假 or 上班)' }) @IsIn(['xlsx', 'csv']) format: 'xlsx' | 'csv';
  @Field({ description: 'The file, base64-encoded.' }) @IsString() @LongString() @MaxLength(1_000_000) contentBase64: string;
}

@ObjectType('CalendarImportReport', { description: 'What a calendar import did: entered, or every problem by line.' })
export class CalendarImportReportType {
  @Field({ description: 'True when the year was entered (the sheet had no bad line).' }) entered: boolean;
  @Field(() => [ImportProblemType], { description: 'Every problem of the sheet, by line; empty when entered.' }) problems: ImportProblemType[];
}
