// The import's first look at the database: places the sheet names are resolved within the importer's
// scope, in two queries for the whole sheet (its regions, and its grids when a row names one).
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthUser } from '@gridhr/common';
import { Grid, Region } from '@gridhr/org';
import { SheetProblem } from '@gridhr/sheets';
import { MANAGING_LEVELS } from './worker-lifecycle.types';
import { PlaceDirectory } from './worker-places';
import { WorkerSheet, WorkerSheetRow } from './worker-sheet';

/** A cell as the user sees it, for problems about it. */
export interface SheetCell {
  column: string;
  value: string;
}

export interface PlacedRow extends WorkerSheetRow {
  managingRegionCode: string;
  /** Where the row gave its managing region (a code or a name). */
  regionCell: SheetCell;
  /** Where the row gave its grid, if it did. */
  gridCell: SheetCell | null;
}

/** Rows with their managing region (and grid) as codes; a name matching none or several places is a problem. */
export async function placeRows(em: EntityManager, user: AuthUser, sheet: WorkerSheet): Promise<{ rows: PlacedRow[]; problems: SheetProblem[] }> {
  const { columnName, present } = sheet;
  // A code may sit in the place column itself when the sheet has no code column.
  const codeField = present.has('managingRegionCode') ? 'managingRegionCode' : present.has('communityName') ? 'communityName' : 'townshipName';
  const named = sheet.rows.filter((r) => r.place.township || r.place.community || r.place.grid);
  let directory: PlaceDirectory | null = null;
  if (named.length) {
    const regions = await em.find(Region, { code: { $like: `${user.scopePrefix}%` }, level: { $in: MANAGING_LEVELS } });
    const grids = named.some((r) => r.place.grid) ? await em.find(Grid, { regionCode: { $like: `${user.scopePrefix}%` } }) : [];
    directory = new PlaceDirectory(regions, grids);
  }
  const rows: PlacedRow[] = [];
  const problems: SheetProblem[] = [];
  for (const row of sheet.rows) {
    const cell = (field: 'townshipName' | 'communityName' | 'gridName' | 'managingRegionCode' | 'gridCode', value: string | null) =>
      value ? { column: columnName[field], value } : null;
    const gridCell = cell('gridCode', row.gridCode) ?? cell('gridName', row.place.grid);
    const regionCell = cell(codeField, row.managingRegionCode) ??
      cell('communityName', row.place.community) ??
      cell('townshipName', row.place.township) ?? { column: gridCell!.column, value: gridCell!.value };
    if (!directory || !(row.place.township || row.place.community || row.place.grid)) {
      // Codes only; a row with a grid code and no region is managed by the grid's community (found by the check).
      rows.push({ ...row, managingRegionCode: row.managingRegionCode ?? '', regionCell, gridCell });
      continue;
    }
    const resolved = directory.resolve(row.place, { region: row.managingRegionCode, grid: row.gridCode }, user.scopePrefix);
    for (const p of resolved.problems) problems.push({ line: row.line, column: columnName[p.field], value: p.value, problem: p.problem });
    if (!resolved.problems.length && resolved.regionCode) {
      rows.push({ ...row, managingRegionCode: resolved.regionCode, gridCode: resolved.gridCode, regionCell, gridCell });
    }
  }
  return { rows, problems };
}
