import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Allow, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { JsonScalar, LocalDateScalar } from '@gridhr/common';

@ObjectType('PolicyValue', { description: 'One policy number in force for a region, and where it comes from.' })
export class PolicyValueType {
  @Field() key: string;
  @Field(() => JsonScalar) value: unknown;
  @Field(() => String, { nullable: true, description: 'Region code whose setting applies; null = GridHR default' }) setBy: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) effectiveFrom: string | null;
  @Field() description: string;
  @Field({ description: 'Regulation behind the default' }) defaultSource: string;
}

@ObjectType('PolicySetting', { description: "A value stored on a region from a date on, inherited by the region's subtree." })
export class PolicySettingType {
  @Field(() => ID) id: string;
  @Field() regionCode: string;
  @Field() key: string;
  @Field(() => JsonScalar) value: unknown;
  @Field(() => LocalDateScalar) effectiveFrom: string;
  @Field(() => String, { nullable: true }) source: string | null;
  @Field() version: number;
}

@InputType()
export class SetPolicyInput {
  @Field(() => ID) @Matches(/^[0-9a-f-]{36}$/i, { message: 'is not a valid id' }) regionId: string;
  @Field() @IsString() @MaxLength(64) key: string;
  @Field(() => JsonScalar) @Allow() value: unknown;
  @Field(() => LocalDateScalar) @Allow() effectiveFrom: string;
  @Field(() => String, { nullable: true, description: 'The notice or document this value comes from' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  source?: string | null;
}
