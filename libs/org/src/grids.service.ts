import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { FilterQuery } from '@mikro-orm/core';
import { assertInScope, assertVersion, AuthUser, Clock, InvalidInput, paginate, RegionLevel, scopePrefix, scopeWhere } from '@gridhr/common';
import { AuditService, snapshot } from '@gridhr/audit';
import { PolicyService } from '@gridhr/policy';
import { Grid, GridSetting } from './grid.entity';
import { gridSizingWarnings } from './grid.rules';
import { GridsArgs } from './org.types';
import { Region } from './region.entity';
import { orgError, OrgReason } from './org.errors';
import { GRID_POLICIES } from './org.policies';
import { RegionStatsRequests } from './region-stats.jobs';

/** What the public roster shows of a grid: a change asks for a new publication. */
export const ROSTER_FIELDS = ['name', 'boundary', 'supervisionPhone', 'serviceItems'] as const;

const GRID_REGION_LEVELS = [RegionLevel.COMMUNITY, RegionLevel.VILLAGE];

@Injectable()
export class GridsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
    private readonly statsRequests: RegionStatsRequests,
  ) {}

  async get(user: AuthUser, id: string): Promise<Grid> {
    return assertInScope(user, await this.em.findOne(Grid, id), 'Grid', id);
  }

  async list(user: AuthUser, args: GridsArgs) {
    const where: FilterQuery<Grid>[] = [scopeWhere(user)];
    if (args.regionId) {
      const region = assertInScope(user, await this.em.findOne(Region, args.regionId), 'Region', args.regionId);
      where.push({ regionCode: { $like: `${region.prefix}%` } });
    }
    if (args.kind) where.push({ kind: args.kind });
    if (args.setting) where.push({ setting: args.setting });
    if (args.active !== undefined && args.active !== null) where.push({ active: args.active });
    if (args.search) {
      const pattern = `%${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push({ $or: [{ name: { $ilike: pattern } }, { code: { $ilike: pattern } }] });
    }
    return paginate(this.em, Grid, { $and: where }, args, { field: 'code', direction: 'ASC' });
  }

  /** Sizing advice for grids: one query for their regions' levels, one for the policies of all of them. */
  async warnings(grids: readonly Grid[]): Promise<string[][]> {
    const regions = await this.em.find(Region, { code: { $in: [...new Set(grids.map((g) => g.regionCode))] } }, { fields: ['code', 'level'] });
    const levels = new Map(regions.map((r) => [r.code, r.level]));
    const policies = await this.policy.forRegions(regions, this.clock.today());
    return grids.map((grid) =>
      gridSizingWarnings({ ...grid, regionLevel: levels.get(grid.regionCode)! }, policies.get(grid.regionCode)!.get(GRID_POLICIES, 'grid.sizing')),
    );
  }

  private async gridRegion(em: EntityManager, user: AuthUser, regionId: string, field: string): Promise<Region> {
    const region = assertInScope(user, await em.findOne(Region, regionId), 'Region', regionId);
    if (!GRID_REGION_LEVELS.includes(region.level)) throw new InvalidInput(field, `a grid belongs to a community or village, not a ${region.level}`);
    if (!region.active) throw orgError(OrgReason.REGION_INACTIVE, `Region ${region.code} is inactive`, field);
    return region;
  }

  async create(
    user: AuthUser,
    input: Pick<Grid, 'code' | 'name' | 'kind' | 'households' | 'population'> & {
      regionId: string;
      exclusiveUnit?: string | null;
      setting?: GridSetting | null;
      boundary?: string | null;
      supervisionPhone?: string | null;
      serviceItems?: string | null;
      activeFrom?: string | null;
    },
  ): Promise<Grid> {
    const grid = await this.em.transactional(async (em) => {
      const region = await this.gridRegion(em, user, input.regionId, 'input.regionId');
      if (await em.count(Grid, { code: input.code })) throw orgError(OrgReason.CODE_TAKEN, `Grid code ${input.code} is already used`, 'input.code');
      const created = em.create(Grid, {
        code: input.code,
        name: input.name.trim(),
        kind: input.kind,
        exclusiveUnit: input.exclusiveUnit ?? null,
        setting: input.setting ?? (region.level === RegionLevel.COMMUNITY ? GridSetting.URBAN : GridSetting.RURAL),
        households: input.households,
        population: input.population,
        boundary: input.boundary ?? null,
        supervisionPhone: input.supervisionPhone ?? null,
        serviceItems: input.serviceItems?.trim() || null,
        region,
        regionCode: region.code,
        activeFrom: input.activeFrom ?? this.clock.today(),
        rosterChangedOn: input.activeFrom ?? this.clock.today(),
      });
      this.audit.record(em, user, {
        entity: 'Grid',
        entityId: created.id,
        action: 'CREATE',
        before: null,
        after: snapshot(created),
        regionCode: created.regionCode,
      });
      return created;
    });
    await this.refreshStats(grid.regionCode);
    return grid;
  }

  async update(
    user: AuthUser,
    input: { id: string; version: number } & Partial<
      Pick<Grid, 'name' | 'kind' | 'exclusiveUnit' | 'setting' | 'households' | 'population' | 'boundary' | 'supervisionPhone' | 'serviceItems'>
    >,
  ): Promise<Grid> {
    const grid = await this.em.transactional(async (em) => {
      const found = assertInScope(user, await em.findOne(Grid, input.id), 'Grid', input.id);
      assertVersion(found, input.version, 'Grid');
      const before = snapshot(found);
      const { id: _id, version: _version, ...changes } = input;
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) continue;
        if (value === null && ['name', 'kind', 'setting', 'households', 'population'].includes(key)) throw new InvalidInput(`input.${key}`, 'may not be null');
        const next = key === 'name' ? (value as string).trim() : key === 'serviceItems' ? (value as string | null)?.trim() || null : value;
        if ((ROSTER_FIELDS as readonly string[]).includes(key) && next !== (found as unknown as Record<string, unknown>)[key])
          found.rosterChangedOn = this.clock.today();
        (found as unknown as Record<string, unknown>)[key] = next;
      }
      await em.flush();
      this.audit.record(em, user, { entity: 'Grid', entityId: found.id, action: 'UPDATE', before, after: snapshot(found), regionCode: found.regionCode });
      return found;
    });
    await this.refreshStats(grid.regionCode);
    return grid;
  }

  async move(user: AuthUser, input: { id: string; version: number; regionId: string }): Promise<Grid> {
    let oldCode = '';
    const grid = await this.em.transactional(async (em) => {
      const found = assertInScope(user, await em.findOne(Grid, input.id), 'Grid', input.id);
      assertVersion(found, input.version, 'Grid');
      const region = await this.gridRegion(em, user, input.regionId, 'input.regionId');
      if (region.code === found.regionCode) throw new InvalidInput('input.regionId', 'the grid is already there');
      const before = snapshot(found);
      oldCode = found.regionCode;
      found.region = region;
      found.regionCode = region.code;
      found.rosterChangedOn = this.clock.today();
      await em.flush();
      this.audit.record(em, user, { entity: 'Grid', entityId: found.id, action: 'MOVE', before, after: snapshot(found), regionCode: found.regionCode });
      return found;
    });
    await this.refreshStats(oldCode);
    await this.refreshStats(grid.regionCode);
    return grid;
  }

  async deactivate(user: AuthUser, input: { id: string; version: number; activeTo?: string | null }): Promise<Grid> {
    const grid = await this.em.transactional(async (em) => {
      const found = assertInScope(user, await em.findOne(Grid, input.id), 'Grid', input.id);
      assertVersion(found, input.version, 'Grid');
      if (!found.active) throw orgError(OrgReason.ALREADY_INACTIVE, `Grid ${found.code} is already inactive`);
      const activeTo = input.activeTo ?? this.clock.today();
      if (activeTo < found.activeFrom) throw new InvalidInput('input.activeTo', `must not be before the grid became active (${found.activeFrom})`);
      const before = snapshot(found);
      found.active = false;
      found.activeTo = activeTo;
      found.rosterChangedOn = this.clock.today();
      await em.flush();
      this.audit.record(em, user, { entity: 'Grid', entityId: found.id, action: 'DEACTIVATE', before, after: snapshot(found), regionCode: found.regionCode });
      return found;
    });
    await this.refreshStats(grid.regionCode);
    return grid;
  }

  /** Stats are kept per county; after a committed change the worker recounts that county. */
  private refreshStats(regionCode: string): Promise<void> {
    return this.statsRequests.refresh(scopePrefix(regionCode, RegionLevel.COUNTY));
  }
}
