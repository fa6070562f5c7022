import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, ParseId } from '@gridhr/common';
import { OverviewService } from './overview.service';
import { RegionOverviewType } from './overview.types';

@Resolver()
export class OverviewResolver {
  constructor(private readonly overview: OverviewService) {}

  @Query(() => [RegionOverviewType], {
    description:
      'The numbers per region one level below the one asked for (default your scope): a city sees its counties, a county its townships, a township itself.',
  })
  regionOverview(
    @CurrentUser() user: AuthUser,
    @Args('regionId', { type: () => ID, nullable: true, description: 'The region to look under, in your scope; your scope region when omitted.' }, ParseId)
    regionId?: string,
  ) {
    return this.overview.rows(user, regionId);
  }
}
