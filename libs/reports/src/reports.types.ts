import { Field, ObjectType } from '@nestjs/graphql';

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
