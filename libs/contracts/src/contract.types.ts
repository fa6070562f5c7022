import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Connection, ConnectionArgs, Fen, FenScalar, LocalDateScalar } from '@gridhr/common';
import { WorkerCategory } from '@gridhr/workers';
import { ContractKind, ContractStatus, EmployerKind, InsuranceKind, PayerKind } from './contract.enums';

registerEnumType(ContractKind, {
  name: 'ContractKind',
  valuesMap: {
    LABOR: { description: '劳动合同' },
    DISPATCH: { description: '劳务派遣' },
    SERVICE_PURCHASE: { description: '政府购买服务协议' },
    PART_TIME_AGREEMENT: { description: '非全日制用工协议' },
    SERVICE_AGREEMENT: { description: '劳务协议 (no labour relationship: a part-time village cadre, a retiree)' },
  },
});
registerEnumType(ContractStatus, { name: 'ContractStatus' });
registerEnumType(EmployerKind, {
  name: 'EmployerKind',
  valuesMap: {
    COUNTY_OFFICE: { description: '县级部门' },
    TOWNSHIP: { description: '乡镇（街道）' },
    LABOR_COMPANY: { description: '劳务公司' },
    OTHER: { description: '其他' },
  },
});
registerEnumType(InsuranceKind, {
  name: 'InsuranceKind',
  valuesMap: {
    PENSION: { description: '养老保险' },
    MEDICAL: { description: '医疗保险' },
    UNEMPLOYMENT: { description: '失业保险' },
    WORK_INJURY: { description: '工伤保险' },
    ACCIDENT: { description: '意外伤害保险' },
  },
});
registerEnumType(PayerKind, { name: 'PayerKind' });

@ObjectType('Contract')
export class ContractType {
  @Field(() => ID) id: string;
  @Field(() => ContractKind) kind: ContractKind;
  @Field(() => EmployerKind) employerKind: EmployerKind;
  @Field() employerName: string;
  @Field(() => LocalDateScalar, { nullable: true }) signedOn: string | null;
  @Field(() => LocalDateScalar) startDate: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Null: open-ended' }) endDate: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) probationEndDate: string | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The last day the law allows the probation to run to; null when none is allowed or the law does not apply',
  })
  probationLimitDate: string | null;
  @Field(() => FenScalar, { description: 'Monthly base pay in fen' }) monthlyBasePayFen: Fen;
  @Field(() => FenScalar, { nullable: true, description: 'Monthly pay during probation in fen; null: the base pay' }) probationMonthlyPayFen: Fen | null;
  @Field(() => ContractStatus) status: ContractStatus;
  @Field(() => LocalDateScalar, { nullable: true }) endedOn: string | null;
  @Field(() => String, { nullable: true }) terminationReason: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field({ description: 'Worker region code' }) regionCode: string;
  @Field(() => Int) version: number;
}

@ObjectType()
export class ContractConnection extends Connection(ContractType, 'Contract') {}

@ObjectType('InsurancePolicy')
export class InsurancePolicyType {
  @Field(() => ID) id: string;
  @Field(() => InsuranceKind) kind: InsuranceKind;
  @Field() insurer: string;
  @Field() policyNumber: string;
  @Field({ description: 'Holder region code' }) regionCode: string;
  @Field(() => PayerKind) payer: PayerKind;
  @Field(() => LocalDateScalar) validFrom: string;
  @Field(() => LocalDateScalar, { nullable: true }) validTo: string | null;
  @Field(() => FenScalar, { description: 'Premium of the whole policy in fen' }) premiumFen: Fen;
  @Field(() => Int) version: number;
}

@ObjectType()
export class InsurancePolicyConnection extends Connection(InsurancePolicyType, 'InsurancePolicy') {}

@ObjectType('InsuredPerson', { description: "A worker's cover under a policy" })
export class InsuredPersonType {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar) coveredFrom: string;
  @Field(() => LocalDateScalar, { nullable: true }) coveredTo: string | null;
}

@ArgsType()
export class ContractsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() workerId?: string;
  @Field(() => ID, { nullable: true, description: 'Workers managed within this region subtree' }) @IsOptional() @IsUUID() regionId?: string;
  @Field(() => ContractStatus, { nullable: true }) @IsOptional() @IsEnum(ContractStatus) status?: ContractStatus;
  @Field(() => ContractKind, { nullable: true }) @IsOptional() @IsEnum(ContractKind) kind?: ContractKind;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Fixed-term contracts ending on or before this day' })
  @IsOptional()
  @IsString()
  endingBy?: string;
}

const FEN = { min: 0, max: 10_000_000 };

@InputType()
export class CreateContractInput {
  @Field(() => ID) @IsUUID() workerId: string;
  @Field(() => ContractKind) @IsEnum(ContractKind) kind: ContractKind;
  @Field(() => EmployerKind) @IsEnum(EmployerKind) employerKind: EmployerKind;
  @Field() @IsString() @MinLength(2) @MaxLength(100) employerName: string;
  @Field(() => LocalDateScalar) @IsString() startDate: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Leave out for an open-ended contract' }) @IsOptional() @IsString() endDate?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsString() probationEndDate?: string | null;
  @Field(() => FenScalar, { description: `Monthly base pay in fen, ${FEN.min}-${FEN.max}` }) @IsInt() monthlyBasePayFen: Fen;
  @Field(() => FenScalar, { nullable: true, description: 'Monthly pay during probation in fen; leave out when it is the base pay' })
  @IsOptional()
  @IsInt()
  probationMonthlyPayFen?: Fen | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) notes?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The previous employer’s contract whose years of service this one continues (a takeover after a re-tender; Implementing Regulations art. 10)',
  })
  @IsOptional()
  @IsUUID()
  continuesServiceOfId?: string | null;
}

@InputType()
export class UpdateContractInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you last read' }) @IsInt() version: number;
  @Field(() => ContractKind, { nullable: true }) @IsOptional() @IsEnum(ContractKind) kind?: ContractKind;
  @Field(() => EmployerKind, { nullable: true }) @IsOptional() @IsEnum(EmployerKind) employerKind?: EmployerKind;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(2) @MaxLength(100) employerName?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsString() startDate?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsString() endDate?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsString() probationEndDate?: string | null;
  @Field(() => FenScalar, { nullable: true }) @IsOptional() @IsInt() monthlyBasePayFen?: Fen;
  @Field(() => FenScalar, { nullable: true }) @IsOptional() @IsInt() probationMonthlyPayFen?: Fen | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) notes?: string | null;
}

@InputType()
export class SignContractInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default today' }) @IsOptional() @IsString() signedOn?: string | null;
}

@InputType()
export class RenewContractInput {
  @Field(() => ID) @IsUUID() contractId: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: the day after the renewed contract ends' }) @IsOptional() @IsString() startDate?:
    string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Leave out for an open-ended contract' }) @IsOptional() @IsString() endDate?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsString() probationEndDate?: string | null;
  @Field(() => ContractKind, { nullable: true, description: 'Default: as before' }) @IsOptional() @IsEnum(ContractKind) kind?: ContractKind;
  @Field(() => FenScalar, { nullable: true, description: 'Default: as before' }) @IsOptional() @IsInt() monthlyBasePayFen?: Fen;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) notes?: string | null;
}

@InputType()
export class CloseContractInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: the end date (end) or today (terminate)' }) @IsOptional() @IsString() on?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Required to terminate' }) @IsOptional() @IsString() @MaxLength(500) reason?: string | null;
}

@InputType()
export class CreateInsurancePolicyInput {
  @Field(() => InsuranceKind) @IsEnum(InsuranceKind) kind: InsuranceKind;
  @Field() @IsString() @MinLength(2) @MaxLength(100) insurer: string;
  @Field() @IsString() @MinLength(1) @MaxLength(64) policyNumber: string;
  @Field(() => ID, { description: 'The county or township holding the policy' }) @IsUUID() holderRegionId: string;
  @Field(() => PayerKind) @IsEnum(PayerKind) payer: PayerKind;
  @Field(() => LocalDateScalar) @IsString() validFrom: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Leave out while continuing (social insurance)' }) @IsOptional() @IsString() validTo?:
    string | null;
  @Field(() => FenScalar, { description: 'Premium of the whole policy in fen' }) @IsInt() premiumFen: Fen;
  @Field(() => [ID], { nullable: true, description: 'Insure these workers' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(5000)
  workerIds?: string[];
  @Field(() => [WorkerCategory], {
    nullable: true,
    description: "Insure every current worker of these categories under the holder (a township's group policy)",
  })
  @IsOptional()
  @IsEnum(WorkerCategory, { each: true })
  categories?: WorkerCategory[];
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: validFrom' }) @IsOptional() @IsString() coveredFrom?: string | null;
}

@InputType()
export class AddInsuredInput {
  @Field(() => ID) @IsUUID() policyId: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsUUID('all', { each: true }) @ArrayMaxSize(5000) workerIds?: string[];
  @Field(() => [WorkerCategory], { nullable: true }) @IsOptional() @IsEnum(WorkerCategory, { each: true }) categories?: WorkerCategory[];
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsString() coveredFrom?: string | null;
}

@InputType()
export class EndCoverInput {
  @Field(() => ID) @IsUUID() insuredId: string;
  @Field(() => LocalDateScalar) @IsString() coveredTo: string;
}

@ArgsType()
export class InsurancePoliciesArgs extends ConnectionArgs {
  @Field(() => InsuranceKind, { nullable: true }) @IsOptional() @IsEnum(InsuranceKind) kind?: InsuranceKind;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() regionId?: string;
}
