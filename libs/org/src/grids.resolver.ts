import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, LoaderContext, ParseId, requestLoader, Role, Roles } from '@gridhr/common';
import { Grid } from './grid.entity';
import { GridsService } from './grids.service';
import { CreateGridInput, DeactivateGridInput, GridConnection, GridsArgs, GridType, MoveGridInput, RegionType, UpdateGridInput } from './org.types';
import { RegionsService } from './regions.service';

// Township staff keep their grids' details; the county draws and retires grids.
const GRID_EDITORS = [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC, Role.CITY_ADMIN, Role.SYSADMIN];
const GRID_PLANNERS = [Role.COUNTY_PLC, Role.CITY_ADMIN, Role.SYSADMIN];

@Resolver(() => GridType)
export class GridsResolver {
  constructor(
    private readonly gridsService: GridsService,
    private readonly regions: RegionsService,
  ) {}

  @Query(() => GridType, { description: 'One grid in your scope; NOT_FOUND outside it.' })
  grid(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The grid’s id.' }, ParseId) id: string) {
    return this.gridsService.get(user, id);
  }

  @Query(() => GridConnection, { description: 'Grids in your scope (or a region subtree of it), by code.' })
  grids(@CurrentUser() user: AuthUser, @Args() args: GridsArgs) {
    return this.gridsService.list(user, args);
  }

  @ResolveField(() => [String], { description: 'Sizing advice from the jurisdiction policy; advice, not an error' })
  warnings(@Parent() grid: Grid, @Context() context: LoaderContext) {
    return requestLoader(context, 'gridWarnings', (grids: readonly Grid[]) => this.gridsService.warnings(grids)).load(grid);
  }

  @ResolveField(() => RegionType, { description: 'The community (社区) or village (行政村) the grid lies in.' })
  region(@Parent() grid: Grid, @Context() context: LoaderContext) {
    return this.regions.rowOf(context, grid.region.id);
  }

  @Mutation(() => GridType, { description: 'Draws a grid (网格) in a community or village of your scope.' })
  @Roles(...GRID_EDITORS)
  createGrid(@CurrentUser() user: AuthUser, @Args('input', { description: 'The new grid.' }) input: CreateGridInput) {
    return this.gridsService.create(user, input);
  }

  @Mutation(() => GridType, { description: 'Changes a grid’s details (name, kind, setting, households, population, boundary, phone, 服务事项).' })
  @Roles(...GRID_EDITORS)
  updateGrid(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The grid, its version and the details to change; omitted fields keep their value.' }) input: UpdateGridInput,
  ) {
    return this.gridsService.update(user, input);
  }

  @Mutation(() => GridType, { description: 'Moves a grid to another community or village of your scope.' })
  @Roles(...GRID_PLANNERS)
  moveGrid(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The grid, its version and the community or village it moves to.' }) input: MoveGridInput,
  ) {
    return this.gridsService.move(user, input);
  }

  @Mutation(() => GridType, { description: 'Retires a grid from a given day; the record stays.' })
  @Roles(...GRID_PLANNERS)
  deactivateGrid(@CurrentUser() user: AuthUser, @Args('input', { description: 'The grid, its version and its last active day.' }) input: DeactivateGridInput) {
    return this.gridsService.deactivate(user, input);
  }
}
