// GraphQL shapes of the region and grid imports: the worker import's ImportReport fields plus what each adds.
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsString, MaxLength } from 'class-validator';
import { LongString, RegionLevel } from '@gridhr/common';
import { ImportProblemType, ImportReportBase } from '@gridhr/sheets';

@InputType()
export class ImportRegionsInput {
  @Field({ description: 'xlsx or csv' }) @IsIn(['xlsx', 'csv']) format: 'xlsx' | 'csv';
  @Field({ description: 'The file, base64-encoded (at most 5 MB)' }) @IsString() @LongString() @MaxLength(7_000_000) contentBase64: string;
  @Field({ defaultValue: false, description: 'Check every row and report, writing nothing' }) @IsBoolean() dryRun: boolean = false;
}

@InputType()
export class ImportGridsInput {
  @Field({ description: 'xlsx or csv' }) @IsIn(['xlsx', 'csv']) format: 'xlsx' | 'csv';
  @Field({ description: 'The file, base64-encoded (at most 5 MB)' }) @IsString() @LongString() @MaxLength(7_000_000) contentBase64: string;
  @Field({ defaultValue: false, description: 'Check every row and report, writing nothing' }) @IsBoolean() dryRun: boolean = false;
}

@ObjectType('RegionNotInFile', { description: 'An active region under a region of the file that the file does not list: reported, never deleted.' })
export class RegionNotInFileType {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => RegionLevel) level: RegionLevel;
}

@ObjectType('RegionImportReport')
export class RegionImportReportType extends ImportReportBase {
  @Field(() => Int, { description: 'Rows whose region is on record with the same name and level' }) unchanged: number;
  @Field(() => [RegionNotInFileType], { description: 'Regions on record under the file’s regions that the file leaves out' }) missing: RegionNotInFileType[];
}

@ObjectType('GridImportReport')
export class GridImportReportType extends ImportReportBase {
  @Field(() => [ImportProblemType], { description: 'Sizing advice by line (Zigong [001], Yongzhou [002]): reported, not refused' })
  warnings: ImportProblemType[];
}
