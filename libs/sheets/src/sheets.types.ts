import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  valuesMap: { XLSX: { description: 'Excel workbook' }, CSV: { description: 'CSV in UTF-8 with a byte-order mark, for Excel' } },
});

@ObjectType('FileDownload', { description: 'A generated file, base64-encoded.' })
export class FileDownloadType {
  @Field() fileName: string;
  @Field() mimeType: string;
  @Field() contentBase64: string;
}

@ObjectType('ImportProblem')
export class ImportProblemType {
  @Field(() => Int, { description: 'Spreadsheet row (header is 1)' }) line: number;
  @Field({ description: 'Column header' }) column: string;
  @Field() value: string;
  @Field() problem: string;
}
