import { Workbook } from 'exceljs';
import { FileDownload, styleHeader, workbookFile } from './sheet-writer';

/** A bad cell of an uploaded sheet, as the user sees it. */
export interface SheetProblem {
  /** Line in the sheet (the header is line 1). */
  line: number;
  column: string;
  value: string;
  problem: string;
}

/** The problems of a rejected import, one per line, for the user to fix their sheet. */
export async function problemsFile(problems: SheetProblem[]): Promise<FileDownload> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('导入问题');
  sheet.columns = [
    { header: '行号', key: 'line', width: 8 },
    { header: '列', key: 'column', width: 16 },
    { header: '填写的内容', key: 'value', width: 24 },
    { header: '问题', key: 'problem', width: 60 },
  ];
  for (const p of [...problems].sort((a, b) => a.line - b.line)) sheet.addRow(p);
  styleHeader(sheet, 1);
  return workbookFile(workbook, '导入问题清单.xlsx');
}
