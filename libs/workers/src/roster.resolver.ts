import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, ParseId, Role, Roles } from '@gridhr/common';
import { FileDownloadType } from '@gridhr/sheets';
import { RosterService } from './roster.service';
import { PublicRosterType, PublishRosterInput, RosterPublicationType } from './worker.types';

@Resolver(() => PublicRosterType)
export class RosterResolver {
  constructor(private readonly rosters: RosterService) {}

  @Query(() => PublicRosterType, { description: 'The public roster of a township (公示名单) as it stands today, against the last publication.' })
  publicRoster(
    @CurrentUser() user: AuthUser,
    @Args('townshipId', { type: () => ID, description: 'The township (乡镇/街道), in your scope' }, ParseId) townshipId: string,
  ) {
    return this.rosters.current(user, townshipId);
  }

  @Query(() => [RosterPublicationType], { description: "A township's roster publications, newest first." })
  rosterPublications(
    @CurrentUser() user: AuthUser,
    @Args('townshipId', { type: () => ID, description: 'The township (乡镇/街道), in your scope' }, ParseId) townshipId: string,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'At most 100' }) first: number,
  ) {
    return this.rosters.publications(user, townshipId, Math.min(Math.max(first, 1), 100));
  }

  @Query(() => FileDownloadType, { description: 'A publication as a printable xlsx, dated the day it was posted.' })
  rosterPublicationExport(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The roster publication' }, ParseId) id: string) {
    return this.rosters.export(user, id);
  }

  @Mutation(() => RosterPublicationType, { description: 'Posts today’s roster (Jiangmen art. 14: updated promptly after a change); audited.' })
  @Roles(Role.TOWNSHIP_STAFF, Role.COUNTY_PLC)
  publishRoster(@CurrentUser() user: AuthUser, @Args('input', { description: 'The township and where the roster is posted' }) input: PublishRosterInput) {
    return this.rosters.publish(user, input);
  }
}
