import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertInScope, AuthUser, Clock, InvalidInput, RegionLevel } from '@gridhr/common';
import { Grid, Region } from '@gridhr/org';
import { GridAssignment, onDutyOn } from './grid-assignment.entity';
import { WorkerStatus } from './worker.enums';
import { RosterGrid, rosterWorkbook } from './roster-sheet';
import { XLSX_MIME } from '@gridhr/sheets';

/**
 * The public roster of a township (Zigong art. 21 [001], Jiangmen art. 14 [003]): every active grid
 * with its area, the names and phones of the workers on duty, and the supervision phone.
 */
@Injectable()
export class RosterService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async roster(
    user: AuthUser,
    townshipId: string,
    day = this.clock.today(),
  ): Promise<{ township: Region; grids: (RosterGrid & { workers: { name: string; phone: string | null; role: string }[] })[] }> {
    const township = assertInScope(user, await this.em.findOne(Region, townshipId), 'Region', townshipId);
    if (township.level !== RegionLevel.TOWNSHIP) throw new InvalidInput('townshipId', `the roster is kept per township, not per ${township.level}`);
    const grids = await this.em.find(
      Grid,
      { regionCode: { $like: `${township.prefix}%` }, active: true },
      { populate: ['region'], orderBy: { regionCode: 'asc', code: 'asc' } },
    );
    const onDuty = await this.em.find(
      GridAssignment,
      { grid: { $in: grids.map((g) => g.id) }, ...onDutyOn(day), worker: { status: { $ne: WorkerStatus.EXITED } } },
      { populate: ['worker'], orderBy: { role: 'asc', worker: { name: 'asc' } } },
    );
    return {
      township,
      grids: grids.map((grid) => ({
        communityName: grid.region.name,
        gridCode: grid.code,
        gridName: grid.name,
        area: grid.boundary,
        supervisionPhone: grid.supervisionPhone,
        workers: onDuty.filter((a) => a.grid.id === grid.id).map((a) => ({ name: a.worker.name, phone: a.worker.phone, role: a.role })),
      })),
    };
  }

  async export(user: AuthUser, townshipId: string) {
    const day = this.clock.today();
    const { township, grids } = await this.roster(user, townshipId, day);
    const content = await rosterWorkbook(township.name, day, grids);
    return { fileName: `${township.name}网格员公示名单-${day}.xlsx`, mimeType: XLSX_MIME, contentBase64: content.toString('base64') };
  }
}
