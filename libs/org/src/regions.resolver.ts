import { Args, Context, Extensions, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, LoaderContext, ParseId, PRELOADED, requestLoader, Role, Roles } from '@gridhr/common';
import { CreateRegionInput, MoveRegionInput, RegionStatsType, RegionType, UpdateRegionInput, VersionedIdInput } from './org.types';
import { Region } from './region.entity';
import { RegionRow, RegionsService } from './regions.service';

const REGION_EDITORS = [Role.SYSADMIN, Role.CITY_ADMIN];

@Resolver(() => RegionType)
export class RegionsResolver {
  constructor(private readonly regions: RegionsService) {}

  @Query(() => RegionType)
  region(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, ParseId) id: string) {
    return this.regions.get(user, id);
  }

  @Query(() => [RegionType], { description: 'Your scope region (or rootId) and its whole subtree, ordered by code; build the tree from parentId.' })
  regionTree(
    @CurrentUser() user: AuthUser,
    @Args('rootId', { type: () => ID, nullable: true }, ParseId) rootId?: string,
    @Args('includeInactive', { defaultValue: false }) includeInactive?: boolean,
  ) {
    return this.regions.tree(user, rootId, includeInactive);
  }

  @ResolveField(() => [RegionType])
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

  @Mutation(() => RegionType)
  @Roles(...REGION_EDITORS)
  createRegion(@CurrentUser() user: AuthUser, @Args('input') input: CreateRegionInput) {
    return this.regions.create(user, input);
  }

  @Mutation(() => RegionType)
  @Roles(...REGION_EDITORS)
  renameRegion(@CurrentUser() user: AuthUser, @Args('input') input: UpdateRegionInput) {
    return this.regions.rename(user, input);
  }

  @Mutation(() => RegionType, { description: 'Moves a region under a new parent with a new code; its subtree is recoded.' })
  @Roles(...REGION_EDITORS)
  moveRegion(@CurrentUser() user: AuthUser, @Args('input') input: MoveRegionInput) {
    return this.regions.move(user, input);
  }

  @Mutation(() => RegionType)
  @Roles(...REGION_EDITORS)
  deactivateRegion(@CurrentUser() user: AuthUser, @Args('input') input: VersionedIdInput) {
    return this.regions.deactivate(user, input);
  }
}
