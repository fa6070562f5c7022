import { Args, Mutation, Query, ResolveField, Resolver, Parent } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Role, Roles } from '@gridhr/common';
import { sheetSpec } from './sheet-columns';
import { SheetMapping } from './sheet-mapping.entity';
import { SheetMappings } from './sheet-mappings.service';
import { ColumnMappingType, SaveSheetMappingInput, SheetMappingType } from './sheets.types';

/** Those who upload sheets: township and county staff, and the administrators above them. */
const IMPORTERS = [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC, Role.CITY_ADMIN, Role.SYSADMIN];

@Resolver(() => SheetMappingType)
export class SheetsResolver {
  constructor(private readonly mappings: SheetMappings) {}

  @Query(() => SheetMappingType, {
    nullable: true,
    description: "Your unit's saved column mapping for an import (workers, training.sign-in, recruiting.scores).",
  })
  @Roles(...IMPORTERS)
  sheetMapping(
    @CurrentUser() user: AuthUser,
    @Args('kind', { description: 'The kind of import: workers, training.sign-in or recruiting.scores.' }) kind: string,
  ) {
    return this.mappings.find(user, kind);
  }

  @Mutation(() => SheetMappingType, { nullable: true, description: "Replaces your unit's saved column mapping for an import; an empty list deletes it." })
  @Roles(...IMPORTERS)
  saveSheetMapping(@CurrentUser() user: AuthUser, @Args('input', { description: 'The kind of import and the whole mapping.' }) input: SaveSheetMappingInput) {
    return this.mappings.save(user, input.kind, input.entries);
  }

  @ResolveField(() => [ColumnMappingType], { description: 'Your headers and the fields they stand for.' })
  entries(@Parent() mapping: SheetMapping): ColumnMappingType[] {
    const { columns } = sheetSpec(mapping.kind);
    return mapping.entries.map((e) => ({ ...e, fieldHeader: columns[e.field]?.header ?? e.field }));
  }
}
