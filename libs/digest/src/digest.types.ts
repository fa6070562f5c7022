import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCleanText, LocalDateScalar } from '@gridhr/common';
import { ChatRobotKind } from './digest.enums';

registerEnumType(ChatRobotKind, {
  name: 'ChatRobotKind',
  description: 'The office chat whose group robot takes the daily digest.',
  valuesMap: { WECOM: { description: '企业微信群机器人' }, DINGTALK: { description: '钉钉自定义机器人' } },
});

@ObjectType('ChatRobot', { description: 'A region’s office-chat robot: the daily digest of compliance flags in the region goes to it.' })
export class ChatRobotType {
  @Field(() => ID, { description: 'The robot’s id.' }) id: string;
  @Field({ description: 'The region whose subtree the digest counts.' }) regionCode: string;
  @Field({ description: 'The region’s name.' }) regionName: string;
  @Field(() => ChatRobotKind, { description: 'WeCom or DingTalk.' }) kind: ChatRobotKind;
  @Field({ description: 'The webhook address with its key masked.' }) webhookUrl: string;
  @Field({ description: 'True when a DingTalk signing secret is set (never shown).' }) signed: boolean;
  @Field({ description: 'False: no digest is posted.' }) active: boolean;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The business day of the last digest delivered.' }) lastPostedOn: string | null;
  @Field(() => String, { nullable: true, description: 'Why the last delivery failed; null after a delivery.' }) lastError: string | null;
}

@InputType({ description: 'A region’s chat robot; replaces the one set before.' })
export class SetChatRobotInput {
  @Field(() => ID, { description: 'A township, county, city or province in your scope.' }) @IsUUID() regionId: string;
  @Field(() => ChatRobotKind, { description: 'WeCom or DingTalk.' }) @IsEnum(ChatRobotKind) kind: ChatRobotKind;
  @Field({ description: 'The robot’s webhook address (https, a host of CHAT_WEBHOOK_HOSTS).' }) @IsString() @MaxLength(500) @IsCleanText() webhookUrl: string;
  @Field(() => String, { nullable: true, description: 'DingTalk: the signing secret (加签), when the robot uses one.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsCleanText()
  secret?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'False pauses the digest; default true.' }) @IsOptional() @IsBoolean() active?: boolean | null;
}

@ObjectType('ChatDigestRequest', { description: 'A digest queued for one robot.' })
export class ChatDigestRequestType {
  @Field({ description: 'The job’s id.' }) jobId: string;
}
