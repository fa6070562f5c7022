import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportFileStatus } from './report-file.entity';

registerEnumType(ReportFileStatus, {
  name: 'ReportFileStatus',
  description: 'Where a requested report file stands.',
  valuesMap: {
    QUEUED: { description: 'Waiting for the worker.' },
    RUNNING: { description: 'Being written; see progress.' },
    DONE: { description: 'Written: the download link works once, until it expires.' },
    FAILED: { description: 'Could not be written; see error.' },
  },
});

@ObjectType('ReportFile', { description: 'A report written to a file by a background job, for one download.' })
export class ReportFileType {
  @Field(() => ID, { description: 'The file’s id (also its job’s id).' }) id: string;
  @Field({ description: 'The report’s id.' }) report: string;
  @Field({ description: 'XLSX or CSV.' }) format: string;
  @Field(() => ReportFileStatus, { description: 'Where it stands.' }) status: ReportFileStatus;
  @Field(() => Int, { description: 'Percent done.' }) progress: number;
  @Field(() => Int, { nullable: true, description: 'Lines written, when done.' }) rows: number | null;
  @Field(() => String, { nullable: true, description: 'The file name to save it under, when done.' }) fileName: string | null;
  @Field(() => Date, { nullable: true, description: 'Until when the link works.' }) expiresAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the file was downloaded (the link then no longer works).' }) downloadedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it could not be written.' }) error: string | null;
}

@ObjectType('ReportFileRequest', { description: 'A queued report file and its one-time download path.' })
export class ReportFileRequestType {
  @Field(() => ReportFileType, { description: 'The file, QUEUED.' }) file: ReportFileType;
  @Field({ description: 'GET this path on the api (/exports/<id>?token=…) once the file is DONE: it downloads once, until expiresAt. Shown only here.' })
  downloadPath: string;
}
