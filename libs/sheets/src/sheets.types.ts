import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ColumnSource } from './sheet-columns';

export enum ExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  valuesMap: { XLSX: { description: 'Excel workbook' }, CSV: { description: 'CSV in UTF-8 with a byte-order mark, for Excel' } },
  description: 'File format of an export.',
});

registerEnumType(ColumnSource, {
  name: 'ColumnSource',
  valuesMap: {
    HEADER: { description: 'Our header or one of its usual names (表头识别)' },
    MAPPING: { description: 'The mapping sent with this import (本次对应关系)' },
    SAVED_MAPPING: { description: "The unit's saved mapping (已保存的对应关系)" },
  },
  description: 'How a column of your sheet was recognised.',
});

@ObjectType('FileDownload', { description: 'A generated file, base64-encoded.' })
export class FileDownloadType {
  @Field({ description: 'The file name to save it under.' }) fileName: string;
  @Field({ description: 'Its MIME type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet for xlsx, text/csv; charset=utf-8 for csv.' })
  mimeType: string;
  @Field({ description: 'The file’s content, base64-encoded.' }) contentBase64: string;
}

@ObjectType('ImportProblem', { description: 'A problem with one cell or row of an uploaded sheet: nothing is written while any remains.' })
export class ImportProblemType {
  @Field(() => Int, { description: 'Spreadsheet row (header is 1)' }) line: number;
  @Field({ description: 'Column header' }) column: string;
  @Field({ description: 'The value in the cell.' }) value: string;
  @Field({ description: 'What is wrong, in words.' }) problem: string;
}

@ObjectType('ImportColumn', { description: 'A column of the uploaded sheet read as one of ours.' })
export class ImportColumnType {
  @Field({ description: 'Our field (what a mapping names)' }) field: string;
  @Field({ description: 'Our header for it, as in the template' }) header: string;
  @Field({ description: 'The header in your sheet' }) sheetHeader: string;
  @Field(() => ColumnSource, { description: 'How the column was recognised: our header, this import’s mapping or your unit’s saved one.' })
  source: ColumnSource;
}

@ObjectType('MissingColumn', { description: 'A column the import needs and did not find: map one of your headers to one of these fields.' })
export class MissingColumnType {
  @Field(() => [String], { description: 'Any one of these fields will do' }) fields: string[];
  @Field(() => [String], { description: 'Our headers for those fields, as in the template.' }) headers: string[];
}

@ObjectType('ImportNote', { description: 'Not a problem, but worth knowing: e.g. a month alone read as its first day.' })
export class ImportNoteType {
  @Field(() => Int, { description: 'Spreadsheet row (header is 1).' }) line: number;
  @Field({ description: 'Column header.' }) column: string;
  @Field({ description: 'The value in the cell.' }) value: string;
  @Field({ description: 'What was noticed and how the value was read.' }) note: string;
}

@ObjectType('SheetReading', { description: 'How the uploaded sheet was read.' })
export class SheetReadingType {
  @Field(() => [ImportColumnType], { description: 'The columns read, and how each was recognised.' }) columns: ImportColumnType[];
  @Field(() => [String], { description: 'Headers of your sheet the import does not use (序号, 备注, …)' }) ignoredColumns: string[];
  @Field(() => [MissingColumnType], { description: 'Needed columns not found; send a columnMapping' }) missingColumns: MissingColumnType[];
  @Field(() => [ImportNoteType], { description: 'Things worth knowing about how values were read.' }) notes: ImportNoteType[];
  @Field({ description: 'The columnMapping of this import was saved for your unit' }) mappingSaved: boolean;
}

@ObjectType('ColumnMapping', { description: 'One of your headers and the field of ours it stands for.' })
export class ColumnMappingType {
  @Field({ description: 'Your header' }) header: string;
  @Field({ description: 'Our field' }) field: string;
  @Field({ description: 'Our header for the field' }) fieldHeader: string;
}

@ObjectType('SheetMapping', { description: "A unit's saved column mapping for one kind of import, used for its later uploads." })
export class SheetMappingType {
  @Field({ description: 'The kind of import: workers, training.sign-in or recruiting.scores.' }) kind: string;
  @Field(() => [ColumnMappingType], { description: 'Your headers and the fields they stand for.' }) entries: ColumnMappingType[];
  @Field({ description: 'Username of who last saved it.' }) updatedBy: string;
  @Field({ description: 'When it was last saved.' }) updatedAt: Date;
}

@InputType({ description: 'One of your headers and the field of ours it stands for.' })
export class ColumnMappingInput {
  @Field({ description: 'The header in your sheet, e.g. 手机' }) @IsString() @MinLength(1) @MaxLength(100) header: string;
  @Field({ description: 'Our field, e.g. phone (see SheetReading.missingColumns / columns)' }) @IsString() @MinLength(1) @MaxLength(50) field: string;
}

@InputType({ description: 'Your unit’s column mapping for one kind of import.' })
export class SaveSheetMappingInput {
  @Field({ description: 'workers, training.sign-in or recruiting.scores' }) @IsString() @MaxLength(40) kind: string;
  @Field(() => [ColumnMappingInput], { description: 'The whole mapping; empty deletes it' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ColumnMappingInput)
  entries: ColumnMappingInput[];
}

/** What every sheet import accepts besides the file: a mapping of the caller's headers, and whether to save it. */
@InputType({ isAbstract: true })
export abstract class MappedSheetInput {
  @Field(() => [ColumnMappingInput], { nullable: true, description: 'Your header → our field, for columns the import did not recognise' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ColumnMappingInput)
  columnMapping?: ColumnMappingInput[] | null;

  @Field({ defaultValue: false, description: "Save columnMapping for your unit's later uploads (once the columns are recognised; not on a dry run)" })
  @IsBoolean()
  saveMapping: boolean = false;
}
