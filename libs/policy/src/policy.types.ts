import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Allow, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsBusinessDate, IsCleanText, JsonScalar, LocalDateScalar } from '@gridhr/common';

@ObjectType('PolicyValue', { description: 'One policy number in force for a region, and where it comes from.' })
export class PolicyValueType {
  @Field({ description: 'The policy key, e.g. vacancy.maxOpenDays.' }) key: string;
  @Field(() => JsonScalar, {
    nullable: true,
    description:
      'The value in force (JSON), in the key’s own shape and units; null where the key has none (e.g. grid.sizing where no province guidance applies).',
  })
  value: unknown;
  @Field(() => String, { nullable: true, description: 'Region code whose setting applies; null = GridHR default' }) setBy: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'First day of the setting in force (YYYY-MM-DD); null for the default.' }) effectiveFrom:
    string | null;
  @Field({ description: 'What the key means and its unit.' }) description: string;
  @Field({ description: 'Regulation behind the default' }) defaultSource: string;
}

@ObjectType('PolicySetting', { description: "A value stored on a region from a date on, inherited by the region's subtree." })
export class PolicySettingType {
  @Field(() => ID, { description: 'The setting’s id.' }) id: string;
  @Field({ description: 'Code of the region the value is stored on.' }) regionCode: string;
  @Field({ description: 'The policy key, e.g. roster.republishWorkingDays.' }) key: string;
  @Field(() => JsonScalar, { description: 'The value (JSON), in the key’s own shape and units.' }) value: unknown;
  @Field(() => LocalDateScalar, { description: 'First day the value applies (Asia/Shanghai, YYYY-MM-DD).' }) effectiveFrom: string;
  @Field(() => String, { nullable: true, description: 'The notice or document the value comes from.' }) source: string | null;
  @Field({ description: 'Version for optimistic locking.' }) version: number;
}

@InputType({ description: 'A policy value to store on a region from a date on.' })
export class SetPolicyInput {
  @Field(() => ID, { description: 'The region the value is stored on (a province, city, county or township in your scope); its subtree inherits it' })
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'is not a valid id' })
  regionId: string;
  @Field({ description: 'The policy key, e.g. vacancy.maxOpenDays; effectivePolicy lists every key with its meaning and unit' })
  @IsString()
  @MaxLength(64)
  key: string;
  @Field(() => JsonScalar, {
    description: 'The value as JSON, in the key’s own shape and units; checked against the key’s definition (BAD_USER_INPUT otherwise)',
  })
  @Allow()
  value: unknown;
  @Field(() => LocalDateScalar, { description: 'First day the value applies, YYYY-MM-DD (Asia/Shanghai)' }) @IsBusinessDate() effectiveFrom: string;
  @Field(() => String, { nullable: true, description: 'The notice or document this value comes from' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText()
  source?: string | null;
}
