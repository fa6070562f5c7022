import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, ParseId, Role, Roles } from '@gridhr/common';
import { ChatRobot } from './chat-robot.entity';
import { DigestService } from './digest.service';
import { ChatDigestRequestType, ChatRobotType, SetChatRobotInput } from './digest.types';

const KEEPERS = [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC, Role.CITY_ADMIN, Role.SYSADMIN];

const view = (robot: ChatRobot): ChatRobotType => ({
  id: robot.id,
  regionCode: robot.regionCode,
  regionName: robot.region.name,
  kind: robot.kind,
  webhookUrl: robot.webhookUrlMasked,
  signed: !!robot.secretSealed,
  active: robot.active,
  lastPostedOn: robot.lastPostedOn,
  lastError: robot.lastError,
});

@Resolver(() => ChatRobotType)
export class DigestResolver {
  constructor(private readonly digests: DigestService) {}

  @Query(() => [ChatRobotType], { description: 'The chat robots of the regions in your scope.' })
  async chatRobots(@CurrentUser() user: AuthUser) {
    return (await this.digests.robots(user)).map(view);
  }

  @Mutation(() => ChatRobotType, { description: 'Sets a region’s WeCom or DingTalk group robot for the daily digest; audited.' })
  @Roles(...KEEPERS)
  async setChatRobot(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The region, the robot’s platform and webhook address (and DingTalk secret).' }) input: SetChatRobotInput,
  ) {
    return view(await this.digests.set(user, input));
  }

  @Mutation(() => Boolean, { description: 'Removes a region’s chat robot; false when it had none.' })
  @Roles(...KEEPERS)
  removeChatRobot(@CurrentUser() user: AuthUser, @Args('regionId', { type: () => ID, description: 'The region.' }, ParseId) regionId: string) {
    return this.digests.remove(user, regionId);
  }

  @Mutation(() => ChatDigestRequestType, { description: 'Queues today’s digest for one robot now (at most once a day, like the daily job).' })
  @Roles(...KEEPERS)
  async sendChatDigest(@CurrentUser() user: AuthUser, @Args('robotId', { type: () => ID, description: 'The robot.' }, ParseId) robotId: string) {
    return { jobId: await this.digests.request(user, robotId) };
  }
}
