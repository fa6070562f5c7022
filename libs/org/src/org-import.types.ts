// GraphQL shapes of the region and grid imports: the worker import's ImportReport fields plus what each adds.
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsString, MaxLength } from 'class-validator';
import { LongString, RegionLevel } from '@gridhr/common';
import { ImportProblemType, ImportReportBase } from '@gridhr/sheets';

@InputType({ description: 'A region sheet to import, in the national division table’s form (统计用区划代码: code, name).' })
export class ImportRegionsInput {
  @Field({ description: 'xlsx or csv' }) @IsIn(['xlsx', 'csv']) format: 'xlsx' | 'csv';
  @Field({ description: 'The file, base64-encoded (at most 5 MB)' }) @IsString() @LongString() @MaxLength(7_000_000) contentBase64: string;
  @Field({ defaultValue: false, description: 'Check every row and report, writing nothing' }) @IsBoolean() dryRun: boolean = false;
}

@InputType({ description: 'A grid sheet to import (template: gridImportTemplate).' })
export class ImportGridsInput {
  @Field({ description: 'xlsx or csv' }) @IsIn(['xlsx', 'csv']) format: 'xlsx' | 'csv';
  @Field({ description: 'The file, base64-encoded (at most 5 MB)' }) @IsString() @LongString() @MaxLength(7_000_000) contentBase64: string;
  @Field({ defaultValue: false, description: 'Check every row and report, writing nothing' }) @IsBoolean() dryRun: boolean = false;
}

@ObjectType('RegionNotInFile', { description: 'An active region under a region of the file that the file does not list: reported, never deleted.' })
export class RegionNotInFileType {
  @Field(() => ID, { description: 'The region’s id.' }) id: string;
  @Field({ description: 'Its 12-digit statistical division code.' }) code: string;
  @Field({ description: 'Its name.' }) name: string;
  @Field(() => RegionLevel, { description: 'Its level in the tree.' }) level: RegionLevel;
}

@ObjectType('RegionImportReport', { description: 'What a region import did, or would do on a dry run, with every problem by line.' })
export class RegionImportReportType extends ImportReportBase {
  @Field(() => Int, { description: 'Rows whose region is on record with the same name and level' }) unchanged: number;
  @Field(() => [RegionNotInFileType], { description: 'Regions on record under the file’s regions that the file leaves out' }) missing: RegionNotInFileType[];
}

@ObjectType('GridImportReport', { description: 'What a grid import did, or would do on a dry run, with every problem by line.' })
export class GridImportReportType extends ImportReportBase {
  @Field(() => [ImportProblemType], { description: 'Sizing advice by line (Zigong [001], Yongzhou [002]): reported, not refused' })
  warnings: ImportProblemType[];
}
