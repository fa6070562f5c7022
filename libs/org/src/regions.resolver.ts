import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, LoaderContext, ParseId, requestLoader, Role, Roles } from '@gridhr/common';
import { CreateRegionInput, MoveRegionInput, RegionStatsType, RegionType, UpdateRegionInput, VersionedIdInput } from './org.types';
import { Region } from './region.entity';
import { RegionsService } from './regions.service';

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

  @ResolveField(() => String, { nullable: true })
  parentId(@Parent() region: Region): string | null {
    return region.parent?.id ?? null;
  }

  @ResolveField(() => [RegionType])
  children(@CurrentUser() user: AuthUser, @Parent() region: Region) {
    return this.regions.children(user, region.id);
  }

  @ResolveField(() => RegionStatsType, { nullable: true, description: 'Null until the first stats job has run' })
  stats(@Parent() region: Region, @Context() context: LoaderContext) {
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
