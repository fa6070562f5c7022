// The public roster of a township as a printable sheet (Zigong art. 21 [001], Jiangmen art. 14 [003]).
import { Workbook } from 'exceljs';
import { styleHeader } from '@gridhr/sheets';
import { RosterLine } from './roster-publication.entity';

/** The public roster (Zigong art. 21, Jiangmen art. 14): printable, landscape, one line per grid. */
export async function rosterWorkbook(townshipName: string, publishedOn: string, grids: RosterLine[]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('网格员公示名单', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  sheet.columns = [
    { key: 'community', width: 16 },
    { key: 'grid', width: 18 },
    { key: 'code', width: 20 },
    { key: 'area', width: 30 },
    { key: 'services', width: 30 },
    { key: 'names', width: 20 },
    { key: 'phones', width: 18 },
    { key: 'supervision', width: 16 },
  ];
  sheet.mergeCells(1, 1, 1, 8);
  const title = sheet.getCell(1, 1);
  title.value = `${townshipName}网格员公示名单（${publishedOn}）`;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };
  sheet.addRow(['社区（村）', '网格名称', '网格编码', '网格范围', '服务事项', '网格员', '联系电话', '监督电话']);
  styleHeader(sheet, 2);
  for (const grid of grids) {
    const row = sheet.addRow([
      grid.communityName,
      grid.gridName,
      grid.gridCode,
      grid.area ?? '',
      grid.serviceItems ?? '',
      grid.workers.map((w) => (w.stars ? `${w.name}（${'★'.repeat(w.stars)}）` : w.name)).join('\n') || '（空缺）',
      grid.workers.map((w) => w.phone ?? '').join('\n'),
      grid.supervisionPhone ?? '',
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.eachRow((row) =>
    row.eachCell((cell) => (cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } })),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
