import { Args, Context, Extensions, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, LoaderContext, ParseId, PRELOADED, requestLoader, Role, Roles } from '@gridhr/common';
import { CreateRegionInput, MoveRegionInput, RegionStatsType, RegionType, UpdateRegionInput, VersionedIdInput } from './org.types';
import { Region } from './region.entity';
import { RegionRow, RegionsService } from './regions.service';

const REGION_EDITORS = [Role.SYSADMIN, Role.CITY_ADMIN];

@Resolver(() => RegionType)
export class RegionsResolver {
  constructor(private readonly regions: RegionsService) {}

  @Query(() => RegionType, { description: 'One region in your scope; NOT_FOUND outside it.' })
  region(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The region’s id.' }, ParseId) id: string) {
    return this.regions.get(user, id);
  }

  @Query(() => [RegionType], { description: 'Your scope region (or rootId) and its whole subtree, ordered by code; build the tree from parentId.' })
  regionTree(
    @CurrentUser() user: AuthUser,
    @Args('rootId', { type: () => ID, nullable: true, description: 'Start from this region (in your scope) instead of your scope’s root.' }, ParseId)
    rootId?: string,
    @Args('includeInactive', { defaultValue: false, description: 'Include deactivated regions too.' }) includeInactive?: boolean,
  ) {
    return this.regions.tree(user, rootId, includeInactive);
  }

  @ResolveField(() => [RegionType], { description: 'The region’s direct sub-regions, by code.' })
  children(@CurrentUser() user: AuthUser, @Parent() region: Region) {
    return this.regions.children(user, region.id);
  }

  // The tree's rows carry their stats (PRELOADED: the resolver is not called for them); a region loaded alone asks the loader.
  @ResolveField(() => RegionStatsType, { nullable: true, description: 'Null until the first stats job has run' })
  @Extensions(PRELOADED)
  stats(@Parent() region: Region | RegionRow, @Context() context: LoaderContext) {
    if ('stats' in region) return region.stats;
    return requestLoader(context, 'regionStats', (ids: readonly string[]) => this.regions.statsFor(ids)).load(region.id);
  }

  @Mutation(() => RegionType, { description: 'Adds a region under a parent in your scope.' })
  @Roles(...REGION_EDITORS)
  createRegion(@CurrentUser() user: AuthUser, @Args('input', { description: 'The new region.' }) input: CreateRegionInput) {
    return this.regions.create(user, input);
  }

  @Mutation(() => RegionType, { description: 'Renames a region.' })
  @Roles(...REGION_EDITORS)
  renameRegion(@CurrentUser() user: AuthUser, @Args('input', { description: 'The region, its version and its new name.' }) input: UpdateRegionInput) {
    return this.regions.rename(user, input);
  }

  @Mutation(() => RegionType, { description: 'Moves a region under a new parent with a new code; its subtree is recoded.' })
  @Roles(...REGION_EDITORS)
  moveRegion(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The region, its version, the new parent and the new code.' }) input: MoveRegionInput,
  ) {
    return this.regions.move(user, input);
  }

  @Mutation(() => RegionType, { description: 'Deactivates a region with no active sub-regions or grids left; records are never deleted.' })
  @Roles(...REGION_EDITORS)
  deactivateRegion(@CurrentUser() user: AuthUser, @Args('input', { description: 'The region and its version.' }) input: VersionedIdInput) {
    return this.regions.deactivate(user, input);
  }
}
