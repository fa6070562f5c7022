import { Field, ObjectType } from '@nestjs/graphql';
import { JsonScalar } from '@gridhr/common';

@ObjectType('ReportColumn')
export class ReportColumnType {
  @Field() key: string;
  @Field({ description: 'The Chinese header of the column in exports' }) header: string;
  @Field({ description: 'text, int, date, fen (written as yuan with two decimals), bool or percent' }) kind: string;
}

@ObjectType('Report', { description: 'A report that reportExport writes as xlsx or csv.' })
export class ReportType {
  @Field() id: string;
  @Field() title: string;
  @Field(() => [ReportColumnType]) columns: ReportColumnType[];
}

@ObjectType('ReportFigure')
export class ReportFigureType {
  @Field() label: string;
  @Field() value: string;
}

@ObjectType('ReportData', { description: 'A report’s lines as data: each row an object keyed by the report’s column keys (fen as integers).' })
export class ReportDataType {
  @Field() title: string;
  @Field(() => [ReportFigureType], { description: 'Key figures above the lines' }) summary: ReportFigureType[];
  @Field(() => [JsonScalar]) rows: object[];
}
