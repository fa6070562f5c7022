import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LocalDateScalar, LongString } from '@gridhr/common';
import { ImportProblemType } from '@gridhr/sheets';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ObjectType('WorkingCalendarYear', { description: 'A year of the mainland working-day calendar (the State Council General Office notice).' })
export class WorkingCalendarYearType {
  @Field(() => Int) year: number;
  @Field({ description: 'The notice the days come from' }) source: string;
  @Field(() => [LocalDateScalar], { description: '放假: days off, weekends of the holiday included' }) holidays: string[];
  @Field(() => [LocalDateScalar], { description: '调休上班: Saturdays or Sundays worked instead' }) workdays: string[];
  @Field(() => String, { nullable: true }) enteredBy?: string;
}

@InputType()
export class SetWorkingCalendarYearInput {
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => [LocalDateScalar]) @ArrayMaxSize(120) @Matches(DATE, { each: true }) holidays: string[];
  @Field(() => [LocalDateScalar]) @ArrayMaxSize(30) @Matches(DATE, { each: true }) workdays: string[];
  @Field({ description: 'The notice, e.g. 国务院办公厅关于2027年部分节假日安排的通知' }) @IsString() @MinLength(4) @MaxLength(300) source: string;
}

@InputType()
export class ImportWorkingCalendarYearInput {
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field() @IsString() @MinLength(4) @MaxLength(300) source: string;
  @Field({ description: 'xlsx or csv with the columns 日期 and 类型 (放假 or 上班)' }) @IsIn(['xlsx', 'csv']) format: 'xlsx' | 'csv';
  @Field() @IsString() @LongString() @MaxLength(1_000_000) contentBase64: string;
}

@ObjectType('CalendarImportReport')
export class CalendarImportReportType {
  @Field() entered: boolean;
  @Field(() => [ImportProblemType]) problems: ImportProblemType[];
}
