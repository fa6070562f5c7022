import { Field, ObjectType } from '@nestjs/graphql';
import { JsonScalar } from '@gridhr/common';

@ObjectType('ReportColumn', { description: 'A column of a report.' })
export class ReportColumnType {
  @Field({ description: 'The key of the column in ReportData rows.' }) key: string;
  @Field({ description: 'The Chinese header of the column in exports' }) header: string;
  @Field({ description: 'The kind of value: text, int, date, fen (written as yuan with two decimals), bool or percent' }) kind: string;
}

@ObjectType('Report', { description: 'A report that reportExport writes as xlsx or csv.' })
export class ReportType {
  @Field({ description: 'The report’s id, to pass to reportData and reportExport.' }) id: string;
  @Field({ description: 'Its title (Chinese, as in exports).' }) title: string;
  @Field(() => [ReportColumnType], { description: 'Its columns, in order.' }) columns: ReportColumnType[];
}

@ObjectType('ReportFigure', { description: 'A key figure of a report, e.g. a total.' })
export class ReportFigureType {
  @Field({ description: 'What the figure is (Chinese).' }) label: string;
  @Field({ description: 'The figure, as text.' }) value: string;
}

@ObjectType('ReportData', { description: 'A report’s lines as data: each row an object keyed by the report’s column keys (fen as integers).' })
export class ReportDataType {
  @Field({ description: 'The report’s title for these parameters.' }) title: string;
  @Field(() => [ReportFigureType], { description: 'Key figures above the lines' }) summary: ReportFigureType[];
  @Field(() => [JsonScalar], { description: 'The lines, each an object keyed by the column keys.' }) rows: object[];
}
