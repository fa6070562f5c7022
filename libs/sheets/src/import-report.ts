// The all-or-nothing answer every spreadsheet import gives (the worker import's ImportReport shape): what
// the sheet would do, and either that it was written or every problem by line, also as a sheet.
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SheetProblem, problemsFile } from './sheet-problems';
import { FileDownload } from './sheet-writer';
import { FileDownloadType, ImportProblemType } from './sheets.types';

export interface ImportOutcome {
  written: boolean;
  rows: number;
  created: number;
  updated: number;
  problems: SheetProblem[];
  problemSheet: FileDownload | null;
}

/** The fields of ImportReport, for import reports that add their own (missing regions, warnings, passwords). */
@ObjectType({ isAbstract: true })
export abstract class ImportReportBase {
  @Field({ description: 'True when the rows were written' }) written: boolean;
  @Field(() => Int, { description: 'Data rows read from the sheet (the header row not counted)' }) rows: number;
  @Field(() => Int, { description: 'Records created (or that would be, on a dry run)' }) created: number;
  @Field(() => Int, { description: 'Records updated (or that would be, on a dry run)' }) updated: number;
  @Field(() => [ImportProblemType], { description: 'Every problem, by line and column; nothing is written while any remains' }) problems: ImportProblemType[];
  @Field(() => FileDownloadType, { nullable: true, description: 'The problems as a spreadsheet' }) problemSheet: FileDownloadType | null;
}

/**
 * Ends an import: with any problem nothing is written and the problems come back sorted by line (and as
 * a sheet); otherwise `write` runs unless it is a dry run.
 */
export async function finishImport(
  counts: { rows: number; created: number; updated: number },
  problems: SheetProblem[],
  dryRun: boolean,
  write: () => Promise<void>,
): Promise<ImportOutcome> {
  if (problems.length) {
    const sorted = [...problems].sort((a, b) => a.line - b.line);
    return { ...counts, written: false, problems: sorted, problemSheet: await problemsFile(sorted) };
  }
  if (!dryRun) await write();
  return { ...counts, written: !dryRun, problems: [], problemSheet: null };
}
