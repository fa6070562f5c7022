import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Connection, ConnectionArgs, LocalDateScalar, RegionLevel } from '@gridhr/common';
import { GridKind, GridSetting } from './grid.entity';

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
});
registerEnumType(GridKind, {
  name: 'GridKind',
  valuesMap: { COMPREHENSIVE: { description: '综合网格' }, EXCLUSIVE: { description: '专属网格 (school, hospital, park, company)' } },
});
registerEnumType(GridSetting, { name: 'GridSetting', valuesMap: { URBAN: { description: '城市' }, RURAL: { description: '农村' } } });

/** Mobile, landline with area code (optional extension), or a short service number. */
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{5,8})$/;
export const NAME = /^[^<>{}\\]*\S[^<>{}\\]*$/;

@ObjectType('RegionStats', { description: 'Subtree totals, refreshed by a background job.' })
export class RegionStatsType {
  @Field(() => Int) activeGrids: number;
  @Field(() => Int) households: number;
  @Field(() => Int) population: number;
  @Field() computedAt: Date;
}

@ObjectType('Region', { description: 'A node of the administrative tree.' })
export class RegionType {
  @Field(() => ID) id: string;
  @Field({ description: '12-digit statistical division code' }) code: string;
  @Field() name: string;
  @Field(() => RegionLevel) level: RegionLevel;
  @Field() active: boolean;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) parentId: string | null;
}

@ObjectType('Grid')
export class GridType {
  @Field(() => ID) id: string;
  @Field({ description: 'Unified grid code assigned by the county' }) code: string;
  @Field() name: string;
  @Field(() => GridKind) kind: GridKind;
  @Field(() => String, { nullable: true }) exclusiveUnit: string | null;
  @Field(() => GridSetting) setting: GridSetting;
  @Field(() => Int) households: number;
  @Field(() => Int) population: number;
  @Field(() => String, { nullable: true }) boundary: string | null;
  @Field(() => String, { nullable: true }) supervisionPhone: string | null;
  @Field(() => String, { nullable: true, description: 'The services the grid worker gives (服务事项), on the public roster' }) serviceItems: string | null;
  @Field() regionCode: string;
  @Field(() => LocalDateScalar) activeFrom: string;
  @Field(() => LocalDateScalar, { nullable: true }) activeTo: string | null;
  @Field() active: boolean;
  @Field(() => Int) version: number;
}

@ObjectType()
export class GridConnection extends Connection(GridType, 'Grid') {}

@InputType()
export class CreateRegionInput {
  @Field(() => ID, { nullable: true, description: 'Parent region; only a province has none' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field() @Matches(/^\d{12}$/, { message: 'must be exactly 12 digits' }) code: string;
  @Field() @IsString() @MinLength(1) @MaxLength(100) @Matches(NAME, { message: 'must not be blank or contain <>{}\\' }) name: string;
  @Field(() => RegionLevel) @IsEnum(RegionLevel) level: RegionLevel;
}

@InputType()
export class UpdateRegionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you loaded; a newer one means someone else changed it' }) @IsInt() version: number;
  @Field() @IsString() @MinLength(1) @MaxLength(100) @Matches(NAME, { message: 'must not be blank or contain <>{}\\' }) name: string;
}

@InputType()
export class MoveRegionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => ID) @IsUUID() newParentId: string;
  @Field({ description: 'The region’s code under its new parent; the subtree is recoded to match' })
  @Matches(/^\d{12}$/, { message: 'must be exactly 12 digits' })
  newCode: string;
}

@InputType()
export class VersionedIdInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
}

@InputType()
export class CreateGridInput {
  @Field(() => ID, { description: 'The community or village the grid lies in' }) @IsUUID() regionId: string;
  @Field() @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/, { message: 'must be 1-32 letters, digits or dashes' }) code: string;
  @Field() @IsString() @MinLength(1) @MaxLength(100) @Matches(NAME, { message: 'must not be blank or contain <>{}\\' }) name: string;
  @Field(() => GridKind, { defaultValue: GridKind.COMPREHENSIVE }) @IsEnum(GridKind) kind: GridKind = GridKind.COMPREHENSIVE;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) exclusiveUnit?: string | null;
  @Field(() => GridSetting, { nullable: true, description: 'Defaults to URBAN in a community, RURAL in a village' })
  @IsOptional()
  @IsEnum(GridSetting)
  setting?: GridSetting | null;
  @Field(() => Int) @IsInt() @Min(0) @Max(1_000_000) households: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(10_000_000) population: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) boundary?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PHONE, { message: 'must be a mobile, landline or service number' }) supervisionPhone?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Services given (服务事项), one per line' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  serviceItems?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today' }) @IsOptional() activeFrom?: string | null;
}

@InputType()
export class UpdateGridInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(NAME, { message: 'must not be blank or contain <>{}\\' })
  name?: string;
  @Field(() => GridKind, { nullable: true }) @IsOptional() @IsEnum(GridKind) kind?: GridKind;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) exclusiveUnit?: string | null;
  @Field(() => GridSetting, { nullable: true }) @IsOptional() @IsEnum(GridSetting) setting?: GridSetting;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) households?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(10_000_000) population?: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) boundary?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PHONE, { message: 'must be a mobile, landline or service number' }) supervisionPhone?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Services given (服务事项), one per line' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  serviceItems?: string | null;
}

@InputType()
export class MoveGridInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => ID, { description: 'The community or village it moves to' }) @IsUUID() regionId: string;
}

@InputType()
export class DeactivateGridInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last active day; defaults to today' }) @IsOptional() activeTo?: string | null;
}

@ArgsType()
export class GridsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only grids in this region’s subtree (default: your whole scope)' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @Field(() => GridKind, { nullable: true }) @IsOptional() @IsEnum(GridKind) kind?: GridKind;
  @Field(() => GridSetting, { nullable: true }) @IsOptional() @IsEnum(GridSetting) setting?: GridSetting;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
  @Field(() => String, { nullable: true, description: 'Part of the name or code' }) @IsOptional() @IsString() @MaxLength(100) search?: string;
}
