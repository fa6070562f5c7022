import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LocalDateScalar } from '@gridhr/common';
import { ProtectionKind } from './labour-protection.entity';

registerEnumType(ProtectionKind, {
  name: 'ProtectionKind',
  description: 'Labor Contract Law art. 42: no dismissal under art. 40 or 41 while one of these applies',
  valuesMap: {
    OCCUPATIONAL_HEALTH_CHECK: { description: '42(1) 未进行离岗前职业健康检查或疑似职业病在诊断、医学观察期间' },
    OCCUPATIONAL_INJURY: { description: '42(2) 患职业病或因工负伤并被确认丧失或部分丧失劳动能力' },
    MEDICAL_TREATMENT_PERIOD: { description: '42(3) 患病或非因工负伤，在规定的医疗期内' },
    PREGNANCY: { description: '42(4) 孕期' },
    MATERNITY: { description: '42(4) 产期' },
    NURSING: { description: '42(4) 哺乳期' },
    LONG_SERVICE_NEAR_RETIREMENT: { description: '42(5) 在本单位连续工作满十五年且距法定退休年龄不足五年' },
    OTHER_STATUTORY: { description: '42(6) 法律、行政法规规定的其他情形' },
  },
});

@ObjectType('LabourProtection', { description: 'A situation of Labor Contract Law art. 42 on record for a worker' })
export class LabourProtectionType {
  @Field(() => ID, { description: 'The record’s id.' }) id: string;
  @Field(() => ProtectionKind, { description: 'Which situation of art. 42.' }) kind: ProtectionKind;
  @Field(() => LocalDateScalar, { description: 'First day of the situation (YYYY-MM-DD).' }) fromDate: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Null while the end is not known' }) toDate: string | null;
  @Field({ description: 'What it rests on: a hospital certificate, the work-injury decision, …' }) evidence: string;
  @Field({ description: 'Username of who recorded it.' }) recordedBy: string;
  @Field({ description: 'Code of the worker’s managing region.' }) regionCode: string;
  @Field(() => Int, { description: 'Version for optimistic locking.' }) version: number;
}

@InputType({ description: 'A Labor Contract Law art. 42 situation of a worker, to record.' })
export class RecordLabourProtectionInput {
  @Field(() => ID, { description: 'The worker, in your scope.' }) @IsUUID() workerId: string;
  @Field(() => ProtectionKind, { description: 'Which situation of art. 42.' }) @IsEnum(ProtectionKind) kind: ProtectionKind;
  @Field(() => LocalDateScalar, { description: 'First day of the situation (Asia/Shanghai, YYYY-MM-DD).' }) @IsString() fromDate: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day, when known' }) @IsOptional() @IsString() toDate?: string | null;
  @Field({ description: 'What it rests on: a hospital certificate, the work-injury decision, ...' })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  evidence: string;
}
