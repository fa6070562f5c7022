import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Connection, ConnectionArgs, IsBusinessDate, IsCleanText, IsPlaceName, LocalDateScalar, RegionLevel, ValidateByProblem } from '@gridhr/common';
import { GridKind, GridSetting } from './grid.entity';
import { gridCodeProblem } from './grid.rules';

registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  valuesMap: {
    PROVINCE: { description: '省' },
    CITY: { description: '市' },
    COUNTY: { description: '县/市/区' },
    TOWNSHIP: { description: '乡镇/街道' },
    COMMUNITY: { description: '社区 (urban)' },
    VILLAGE: { description: '行政村 (rural)' },
  },
  description: 'Level of a region in the administrative tree (province > city > county > township > community or village).',
});
registerEnumType(GridKind, {
  name: 'GridKind',
  valuesMap: {
    COMPREHENSIVE: { description: '综合网格: a comprehensive grid of a community or village, sized by the province’s guidance' },
    EXCLUSIVE: { description: '专属网格: a grid for one unit (school, hospital, park, company); never warned about size' },
  },
  description: 'Kind of grid: comprehensive (综合网格) or exclusive to one unit (专属网格).',
});
registerEnumType(GridSetting, {
  name: 'GridSetting',
  valuesMap: {
    URBAN: { description: '城市: urban; every urban community grid needs a full-time worker (Shanxi measures)' },
    RURAL: { description: '农村: rural; a rural grid worker’s pay floor is 500 yuan a month (Shanxi measures)' },
  },
  description: 'Urban (城市) or rural (农村) setting of a grid.',
});

/** Mobile, landline with area code (optional extension), or a short service number. */
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{5,8})$/;
export const NAME = /^[^<>{}\\]*\S[^<>{}\\]*$/;

@ObjectType('RegionStats', { description: 'Subtree totals, refreshed by a background job.' })
export class RegionStatsType {
  @Field(() => Int, { description: 'Active grids in the region’s subtree.' }) activeGrids: number;
  @Field(() => Int, { description: 'Households in the subtree’s active grids.' }) households: number;
  @Field(() => Int, { description: 'Residents in the subtree’s active grids.' }) population: number;
  @Field({ description: 'When the stats job computed these totals.' }) computedAt: Date;
}

@ObjectType('Region', { description: 'A node of the administrative tree.' })
export class RegionType {
  @Field(() => ID, { description: 'The region’s id.' }) id: string;
  @Field({ description: '12-digit statistical division code' }) code: string;
  @Field({ description: 'Its name, e.g. 城关街道.' }) name: string;
  @Field(() => RegionLevel, { description: 'Its level: PROVINCE, CITY, COUNTY, TOWNSHIP, COMMUNITY or VILLAGE.' }) level: RegionLevel;
  @Field({ description: 'False once the region is deactivated (it has no active sub-regions or grids left).' }) active: boolean;
  @Field(() => Int, { description: 'Version for optimistic locking: send it back with a change.' }) version: number;
  @Field(() => String, { nullable: true, description: 'The parent region’s id; null for a province.' }) parentId: string | null;
}

@ObjectType('Grid', {
  description: 'A grid (网格): the smallest unit of grid management, drawn in a community or village; comprehensive (综合) or exclusive (专属).',
})
export class GridType {
  @Field(() => ID, { description: 'The grid’s id.' }) id: string;
  @Field({ description: 'Unified grid code assigned by the county' }) code: string;
  @Field({ description: 'The grid’s name.' }) name: string;
  @Field(() => GridKind, { description: 'COMPREHENSIVE (综合网格) or EXCLUSIVE (专属网格).' }) kind: GridKind;
  @Field(() => String, { nullable: true, description: 'For an EXCLUSIVE grid (专属网格): the school, hospital, park or company it covers.' }) exclusiveUnit:
    string | null;
  @Field(() => GridSetting, { description: 'URBAN (城市) or RURAL (农村): which sizing band and which staffing rule applies.' }) setting: GridSetting;
  @Field(() => Int, { description: 'Households (户) in the grid.' }) households: number;
  @Field(() => Int, { description: 'Residents (常住人口) in the grid.' }) population: number;
  @Field(() => String, { nullable: true, description: 'The grid’s boundary (四至), described in words.' }) boundary: string | null;
  @Field(() => String, { nullable: true, description: 'The supervision phone (监督电话) posted on the public roster.' }) supervisionPhone: string | null;
  @Field(() => String, { nullable: true, description: 'The services the grid worker gives (服务事项), on the public roster' }) serviceItems: string | null;
  @Field({ description: 'The 12-digit code of the community or village the grid lies in.' }) regionCode: string;
  @Field(() => LocalDateScalar, { description: 'First active day (Asia/Shanghai, YYYY-MM-DD).' }) activeFrom: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last active day (Asia/Shanghai, YYYY-MM-DD); null while active.' }) activeTo: string | null;
  @Field({ description: 'False once the grid is retired (activeTo has been set).' }) active: boolean;
  @Field(() => Int, { description: 'Version for optimistic locking: send it back with a change.' }) version: number;
}

@ObjectType({ description: 'A page of grids.' })
export class GridConnection extends Connection(GridType, 'Grid') {}

@InputType({ description: 'A new region (区划) under a parent region.' })
export class CreateRegionInput {
  @Field(() => ID, { nullable: true, description: 'Parent region; only a province has none' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field({ description: 'The 12-digit statistical division code (GB/T 2260 county + 3 township + 3 village digits), under the parent’s code' })
  @Matches(/^\d{12}$/, { message: 'must be exactly 12 digits' })
  code: string;
  @Field({ description: 'The region’s name, e.g. 城关镇, 1-100 characters' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(NAME, { message: 'must not be blank or contain <>{}\\' })
  @IsPlaceName()
  name: string;
  @Field(() => RegionLevel, { description: 'One level below the parent: PROVINCE > CITY > COUNTY > TOWNSHIP > COMMUNITY or VILLAGE' })
  @IsEnum(RegionLevel)
  level: RegionLevel;
}

@InputType({ description: 'A region’s new name.' })
export class UpdateRegionInput {
  @Field(() => ID, { description: 'The region’s id.' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you loaded; a newer one means someone else changed it' }) @IsInt() version: number;
  @Field({ description: 'The new name, 1-100 characters' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(NAME, { message: 'must not be blank or contain <>{}\\' })
  @IsPlaceName()
  name: string;
}

@InputType({ description: 'A region to move under a new parent, with its new code.' })
export class MoveRegionInput {
  @Field(() => ID, { description: 'The region’s id.' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you loaded; a newer one means someone else changed it (CONFLICT).' }) @IsInt() version: number;
  @Field(() => ID, { description: 'The new parent region, one level up.' }) @IsUUID() newParentId: string;
  @Field({ description: 'The region’s code under its new parent; the subtree is recoded to match' })
  @Matches(/^\d{12}$/, { message: 'must be exactly 12 digits' })
  newCode: string;
}

@InputType({ description: 'A record and the version you loaded.' })
export class VersionedIdInput {
  @Field(() => ID, { description: 'The record’s id.' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you loaded; a newer one means someone else changed it (CONFLICT).' }) @IsInt() version: number;
}

@InputType({ description: 'A new grid (网格) in a community or village.' })
export class CreateGridInput {
  @Field(() => ID, { description: 'The community or village the grid lies in' }) @IsUUID() regionId: string;
  @Field({ description: 'The grid’s unified code assigned by the county, e.g. 140799001001-01: 1-32 letters, digits or dashes, with the grid’s number' })
  @ValidateByProblem('isGridCode', gridCodeProblem)
  code: string;
  @Field({ description: 'The grid’s name, e.g. 东关社区第一网格, 1-100 characters' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(NAME, { message: 'must not be blank or contain <>{}\\' })
  @IsPlaceName()
  name: string;
  @Field(() => GridKind, { defaultValue: GridKind.COMPREHENSIVE, description: 'COMPREHENSIVE (综合网格, the default) or EXCLUSIVE (专属网格) for one unit' })
  @IsEnum(GridKind)
  kind: GridKind = GridKind.COMPREHENSIVE;
  @Field(() => String, { nullable: true, description: 'For an EXCLUSIVE grid: the school, hospital, park or company it covers' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  exclusiveUnit?: string | null;
  @Field(() => GridSetting, { nullable: true, description: 'Defaults to URBAN in a community, RURAL in a village' })
  @IsOptional()
  @IsEnum(GridSetting)
  setting?: GridSetting | null;
  @Field(() => Int, { description: 'Households (户数) in the grid, for the province’s sizing guidance' }) @IsInt() @Min(0) @Max(1_000_000) households: number;
  @Field(() => Int, { description: 'Residents (人口) in the grid' }) @IsInt() @Min(0) @Max(10_000_000) population: number;
  @Field(() => String, { nullable: true, description: 'Where the grid runs (四至范围), in words, up to 2000 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @IsCleanText({ multiline: true })
  boundary?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The supervision phone (监督电话) residents may call: a mobile, a landline with area code or a service number',
  })
  @IsOptional()
  @Matches(PHONE, { message: 'must be a mobile, landline or service number' })
  supervisionPhone?: string | null;
  @Field(() => String, { nullable: true, description: 'Services given (服务事项), one per line' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @IsCleanText({ multiline: true })
  serviceItems?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today' }) @IsOptional() @IsBusinessDate() activeFrom?: string | null;
}

@InputType({ description: 'Changes to a grid’s details; omitted fields keep their value.' })
export class UpdateGridInput {
  @Field(() => ID, { description: 'The grid’s id.' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you loaded; a newer one means someone else changed it (CONFLICT).' }) @IsInt() version: number;
  @Field({ nullable: true, description: 'The grid’s new name.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(NAME, { message: 'must not be blank or contain <>{}\\' })
  @IsPlaceName()
  name?: string;
  @Field(() => GridKind, { nullable: true, description: 'New kind: COMPREHENSIVE or EXCLUSIVE' }) @IsOptional() @IsEnum(GridKind) kind?: GridKind;
  @Field(() => String, { nullable: true, description: 'New covered unit of an EXCLUSIVE grid (null clears it)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  exclusiveUnit?: string | null;
  @Field(() => GridSetting, { nullable: true, description: 'URBAN or RURAL' }) @IsOptional() @IsEnum(GridSetting) setting?: GridSetting;
  @Field(() => Int, { nullable: true, description: 'New household count' }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) households?: number;
  @Field(() => Int, { nullable: true, description: 'New resident count' }) @IsOptional() @IsInt() @Min(0) @Max(10_000_000) population?: number;
  @Field(() => String, { nullable: true, description: 'New boundary description (null clears it)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @IsCleanText({ multiline: true })
  boundary?: string | null;
  @Field(() => String, { nullable: true, description: 'New supervision phone (null clears it)' })
  @IsOptional()
  @Matches(PHONE, { message: 'must be a mobile, landline or service number' })
  supervisionPhone?: string | null;
  @Field(() => String, { nullable: true, description: 'Services given (服务事项), one per line' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @IsCleanText({ multiline: true })
  serviceItems?: string | null;
}

@InputType({ description: 'A grid to move to another community or village.' })
export class MoveGridInput {
  @Field(() => ID, { description: 'The grid’s id.' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you loaded; a newer one means someone else changed it (CONFLICT).' }) @IsInt() version: number;
  @Field(() => ID, { description: 'The community or village it moves to' }) @IsUUID() regionId: string;
}

@InputType({ description: 'A grid to retire and its last active day.' })
export class DeactivateGridInput {
  @Field(() => ID, { description: 'The grid' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you loaded; a newer one means someone else changed it (CONFLICT).' }) @IsInt() version: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last active day; defaults to today' }) @IsOptional() @IsBusinessDate() activeTo?: string | null;
}

@ArgsType()
export class GridsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only grids in this region’s subtree (default: your whole scope)' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @Field(() => GridKind, { nullable: true, description: 'Only grids of this kind.' }) @IsOptional() @IsEnum(GridKind) kind?: GridKind;
  @Field(() => GridSetting, { nullable: true, description: 'Only URBAN or only RURAL grids.' }) @IsOptional() @IsEnum(GridSetting) setting?: GridSetting;
  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or only retired (false) grids; both when omitted.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
  @Field(() => String, { nullable: true, description: 'Part of the name or code' }) @IsOptional() @IsString() @MaxLength(100) search?: string;
}
