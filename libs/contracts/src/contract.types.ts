import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Connection, ConnectionArgs, Fen, FenScalar, IsBusinessDate, IsCleanText, IsPlaceName, LocalDateScalar } from '@gridhr/common';
import { WorkerCategory } from '@gridhr/workers';
import { ContractKind, ContractStatus, EmployerKind, InsuranceKind, PayerKind } from './contract.enums';

registerEnumType(ContractKind, {
  name: 'ContractKind',
  valuesMap: {
    LABOR: { description: '劳动合同: a labour contract with the employer; the Labor Contract Law’s term, probation and renewal rules apply' },
    DISPATCH: { description: '劳务派遣: employed by a labour-dispatch company and sent to the township' },
    SERVICE_PURCHASE: { description: '政府购买服务协议: the worker serves under a government service-purchase agreement' },
    PART_TIME_AGREEMENT: {
      description: '非全日制用工协议: part-time work (Labor Contract Law art. 68-72): no probation, pay at least every 15 days, hourly minimum wage',
    },
    SERVICE_AGREEMENT: { description: '劳务协议 (no labour relationship: a part-time village cadre, a retiree)' },
  },
  description: 'Kind of contract or agreement a grid worker works under.',
});
registerEnumType(ContractStatus, {
  name: 'ContractStatus',
  description: 'Where a contract is in its life.',
  valuesMap: {
    ACTIVE: { description: '生效: signed and in force.' },
    DRAFT: { description: '草拟: drawn up, not yet signed; only a draft can be changed.' },
    ENDED: { description: '终止: ended at the end of its term or by agreement.' },
    TERMINATED: { description: '解除: ended early, with a reason.' },
  },
});
registerEnumType(EmployerKind, {
  name: 'EmployerKind',
  valuesMap: {
    COUNTY_OFFICE: { description: '县级部门: a county department (never the political-legal committee, a Party organ)' },
    TOWNSHIP: { description: '乡镇（街道）: the township or sub-district government' },
    LABOR_COMPANY: { description: '劳务公司: a labour-service company the county contracts with' },
    OTHER: { description: '其他: another employer, named in employerName' },
  },
  description: 'Who employs a grid worker under a contract.',
});
registerEnumType(InsuranceKind, {
  name: 'InsuranceKind',
  valuesMap: {
    PENSION: { description: '养老保险: basic pension insurance, required for a full-time worker' },
    MEDICAL: { description: '医疗保险: basic medical insurance, required for a full-time worker' },
    UNEMPLOYMENT: { description: '失业保险: unemployment insurance, required for a full-time worker' },
    WORK_INJURY: { description: '工伤保险: work-injury insurance, required for a full-time worker' },
    ACCIDENT: { description: '意外伤害保险: accident insurance; bought by the county for a part-time worker without work-injury cover (Zigong art. 18)' },
  },
  description: 'Kind of insurance: the four social insurances a full-time worker must have, and accident insurance.',
});
registerEnumType(PayerKind, {
  name: 'PayerKind',
  description: 'Who pays an insurance premium.',
  valuesMap: {
    COUNTY: { description: 'The county (县级财政).' },
    EMPLOYER: { description: 'The employer (用人单位).' },
    TOWNSHIP: { description: 'The township (乡镇（街道）).' },
    WORKER: { description: 'The worker themself (个人).' },
  },
});

@ObjectType('Contract', {
  description: 'A labour contract (劳动合同) or other agreement under which a grid worker works: DRAFT → ACTIVE → ENDED or TERMINATED, pay in fen.',
})
export class ContractType {
  @Field(() => ID, { description: 'The contract’s id.' }) id: string;
  @Field(() => ContractKind, { description: 'The kind of contract: 劳动合同, 劳务派遣, 政府购买服务, 非全日制 or 劳务协议.' }) kind: ContractKind;
  @Field(() => EmployerKind, { description: 'Who the employer is: a county office, the township, a labour company or other.' }) employerKind: EmployerKind;
  @Field({ description: 'The employer’s name (用人单位).' }) employerName: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was signed (YYYY-MM-DD); null while a DRAFT.' }) signedOn: string | null;
  @Field(() => LocalDateScalar, { description: 'First day of the term (Asia/Shanghai, YYYY-MM-DD).' }) startDate: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Null: open-ended' }) endDate: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of the probation (试用期); null without one.' }) probationEndDate: string | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The last day the law allows the probation to run to; null when none is allowed or the law does not apply',
  })
  probationLimitDate: string | null;
  @Field(() => FenScalar, { description: 'Monthly base pay in fen' }) monthlyBasePayFen: Fen;
  @Field(() => FenScalar, { nullable: true, description: 'Monthly pay during probation in fen; null: the base pay' }) probationMonthlyPayFen: Fen | null;
  @Field(() => ContractStatus, { description: 'DRAFT, ACTIVE, ENDED or TERMINATED.' }) status: ContractStatus;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it ended or was terminated; null while DRAFT or ACTIVE.' }) endedOn: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was terminated early; null otherwise.' }) terminationReason: string | null;
  @Field(() => String, { nullable: true, description: 'Free notes.' }) notes: string | null;
  @Field({ description: 'Worker region code' }) regionCode: string;
  @Field(() => Int, { description: 'Version for optimistic locking: send it back with a change.' }) version: number;
}

@ObjectType({ description: 'A page of contracts, latest start first.' })
export class ContractConnection extends Connection(ContractType, 'Contract') {}

@ObjectType('InsurancePolicy', { description: 'An insurance policy held by a county or township, covering one or many workers.' })
export class InsurancePolicyType {
  @Field(() => ID, { description: 'The policy’s id.' }) id: string;
  @Field(() => InsuranceKind, { description: 'The kind of insurance.' }) kind: InsuranceKind;
  @Field({ description: 'The insurer, or the social insurance agency.' }) insurer: string;
  @Field({ description: 'The policy or registration number.' }) policyNumber: string;
  @Field({ description: 'Holder region code' }) regionCode: string;
  @Field(() => PayerKind, { description: 'Who pays the premium.' }) payer: PayerKind;
  @Field(() => LocalDateScalar, { description: 'First day of the policy (YYYY-MM-DD).' }) validFrom: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of the policy (YYYY-MM-DD); null while continuing.' }) validTo: string | null;
  @Field(() => FenScalar, { description: 'Premium of the whole policy in fen' }) premiumFen: Fen;
  @Field(() => Int, { description: 'Version for optimistic locking.' }) version: number;
}

@ObjectType({ description: 'A page of insurance policies.' })
export class InsurancePolicyConnection extends Connection(InsurancePolicyType, 'InsurancePolicy') {}

@ObjectType('InsuredPerson', { description: "A worker's cover under a policy" })
export class InsuredPersonType {
  @Field(() => ID, { description: 'The cover’s id (to end it with endInsuranceCover).' }) id: string;
  @Field(() => LocalDateScalar, { description: 'First day of the worker’s cover (YYYY-MM-DD).' }) coveredFrom: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of the worker’s cover (YYYY-MM-DD); null while covered.' }) coveredTo: string | null;
}

@ArgsType()
export class ContractsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only this worker’s contracts.' }) @IsOptional() @IsUUID() workerId?: string;
  @Field(() => ID, { nullable: true, description: 'Workers managed within this region subtree' }) @IsOptional() @IsUUID() regionId?: string;
  @Field(() => ContractStatus, { nullable: true, description: 'Only contracts in this status.' }) @IsOptional() @IsEnum(ContractStatus) status?: ContractStatus;
  @Field(() => ContractKind, { nullable: true, description: 'Only contracts of this kind.' }) @IsOptional() @IsEnum(ContractKind) kind?: ContractKind;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Fixed-term contracts ending on or before this day' })
  @IsOptional()
  @IsString()
  endingBy?: string;
}

const FEN = { min: 10_000, max: 10_000_000 };

@InputType({ description: 'A new contract, drafted for a worker.' })
export class CreateContractInput {
  @Field(() => ID, { description: 'The worker, in your scope' }) @IsUUID() workerId: string;
  @Field(() => ContractKind, { description: 'LABOR (劳动合同), DISPATCH (劳务派遣), SERVICE_PURCHASE or PART_TIME_AGREEMENT' })
  @IsEnum(ContractKind)
  kind: ContractKind;
  @Field(() => EmployerKind, { description: 'Who employs: the township government or a labour-service company the county contracts with' })
  @IsEnum(EmployerKind)
  employerKind: EmployerKind;
  @Field({ description: 'The employer’s name as on the contract, 2-100 characters; never the political-legal committee' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  @IsPlaceName()
  employerName: string;
  @Field(() => LocalDateScalar, { description: 'First day of the contract, YYYY-MM-DD' }) @IsString() @IsBusinessDate() startDate: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Leave out for an open-ended contract' }) @IsOptional() @IsString() @IsBusinessDate() endDate?:
    string | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day of probation (试用期), YYYY-MM-DD; within the Labor Contract Law art. 19 limit for the term',
  })
  @IsOptional()
  @IsString()
  @IsBusinessDate()
  probationEndDate?: string | null;
  @Field(() => FenScalar, { description: `Monthly base pay in fen, ${FEN.min}-${FEN.max}` }) @IsInt() monthlyBasePayFen: Fen;
  @Field(() => FenScalar, { nullable: true, description: 'Monthly pay during probation in fen; leave out when it is the base pay' })
  @IsOptional()
  @IsInt()
  probationMonthlyPayFen?: Fen | null;
  @Field(() => String, { nullable: true, description: 'Free text, up to 500 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText({ multiline: true })
  notes?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The previous employer’s contract whose years of service this one continues (a takeover after a re-tender; Implementing Regulations art. 10)',
  })
  @IsOptional()
  @IsUUID()
  continuesServiceOfId?: string | null;
}

@InputType({ description: 'Changes to a DRAFT contract; omitted fields keep their value.' })
export class UpdateContractInput {
  @Field(() => ID, { description: 'The contract’s id.' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you last read' }) @IsInt() version: number;
  @Field(() => ContractKind, { nullable: true, description: 'New contract kind' }) @IsOptional() @IsEnum(ContractKind) kind?: ContractKind;
  @Field(() => EmployerKind, { nullable: true, description: 'New kind of employer' }) @IsOptional() @IsEnum(EmployerKind) employerKind?: EmployerKind;
  @Field({ nullable: true, description: 'New employer name, 2-100 characters' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  @IsPlaceName()
  employerName?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'New first day, YYYY-MM-DD' }) @IsOptional() @IsString() @IsBusinessDate() startDate?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'New last day, YYYY-MM-DD (null: open-ended)' })
  @IsOptional()
  @IsString()
  @IsBusinessDate()
  endDate?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'New last day of probation, YYYY-MM-DD (null: no probation)' })
  @IsOptional()
  @IsString()
  @IsBusinessDate()
  probationEndDate?: string | null;
  @Field(() => FenScalar, { nullable: true, description: 'New monthly base pay in fen' }) @IsOptional() @IsInt() monthlyBasePayFen?: Fen;
  @Field(() => FenScalar, { nullable: true, description: 'New monthly pay during probation in fen (null: the base pay)' })
  @IsOptional()
  @IsInt()
  probationMonthlyPayFen?: Fen | null;
  @Field(() => String, { nullable: true, description: 'New notes (null clears them)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText({ multiline: true })
  notes?: string | null;
}

@InputType({ description: 'The signing of a DRAFT contract.' })
export class SignContractInput {
  @Field(() => ID, { description: 'The DRAFT contract' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day both parties signed, YYYY-MM-DD; default today' })
  @IsOptional()
  @IsString()
  @IsBusinessDate()
  signedOn?: string | null;
}

@InputType({ description: 'The renewal (续订) of an ACTIVE or ENDED fixed-term contract, drafted as a new contract in its chain.' })
export class RenewContractInput {
  @Field(() => ID, { description: 'The contract renewed, ACTIVE or ENDED and fixed-term' }) @IsUUID() contractId: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: the day after the renewed contract ends' })
  @IsOptional()
  @IsString()
  @IsBusinessDate()
  startDate?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Leave out for an open-ended contract' }) @IsOptional() @IsString() @IsBusinessDate() endDate?:
    string | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day of probation of the new contract (the Labor Contract Law allows none for the same employer again)',
  })
  @IsOptional()
  @IsString()
  @IsBusinessDate()
  probationEndDate?: string | null;
  @Field(() => ContractKind, { nullable: true, description: 'Default: as before' }) @IsOptional() @IsEnum(ContractKind) kind?: ContractKind;
  @Field(() => FenScalar, { nullable: true, description: 'Default: as before' }) @IsOptional() @IsInt() monthlyBasePayFen?: Fen;
  @Field(() => String, { nullable: true, description: 'Free text, up to 500 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText({ multiline: true })
  notes?: string | null;
}

@InputType({ description: 'An ACTIVE contract to end or terminate.' })
export class CloseContractInput {
  @Field(() => ID, { description: 'The ACTIVE contract' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: the end date (end) or today (terminate)' })
  @IsOptional()
  @IsString()
  @IsBusinessDate()
  on?: string | null;
  @Field(() => String, { nullable: true, description: 'Required to terminate' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText({ multiline: true })
  reason?: string | null;
}

@InputType({ description: 'A new insurance policy held by a county or township, and the workers it insures.' })
export class CreateInsurancePolicyInput {
  @Field(() => InsuranceKind, { description: 'PENSION, MEDICAL, UNEMPLOYMENT, WORK_INJURY or ACCIDENT' }) @IsEnum(InsuranceKind) kind: InsuranceKind;
  @Field({ description: 'The insurer or the social-insurance agency, 2-100 characters' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  @IsPlaceName()
  insurer: string;
  @Field({ description: 'The policy or registration number, 1-64 characters' }) @IsString() @MinLength(1) @MaxLength(64) @IsCleanText() policyNumber: string;
  @Field(() => ID, { description: 'The county or township holding the policy' }) @IsUUID() holderRegionId: string;
  @Field(() => PayerKind, { description: 'Who pays the premium: the county, the township, the employer or the worker' }) @IsEnum(PayerKind) payer: PayerKind;
  @Field(() => LocalDateScalar, { description: 'First day the policy is in force, YYYY-MM-DD' }) @IsString() @IsBusinessDate() validFrom: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Leave out while continuing (social insurance)' })
  @IsOptional()
  @IsString()
  @IsBusinessDate()
  validTo?: string | null;
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
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: validFrom' }) @IsOptional() @IsString() @IsBusinessDate() coveredFrom?: string | null;
}

@InputType({ description: 'Workers to add to an insurance policy: by id, by category, or both.' })
export class AddInsuredInput {
  @Field(() => ID, { description: 'The policy, held in your scope' }) @IsUUID() policyId: string;
  @Field(() => [ID], { nullable: true, description: 'Insure these workers' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(5000)
  workerIds?: string[];
  @Field(() => [WorkerCategory], { nullable: true, description: 'Insure every current worker of these categories under the holder' })
  @IsOptional()
  @IsEnum(WorkerCategory, { each: true })
  categories?: WorkerCategory[];
  @Field(() => LocalDateScalar, { nullable: true, description: 'First day of cover, YYYY-MM-DD, within the policy’s dates; default the policy’s validFrom' })
  @IsOptional()
  @IsString()
  @IsBusinessDate()
  coveredFrom?: string | null;
}

@InputType({ description: 'The end of one worker’s cover under a policy.' })
export class EndCoverInput {
  @Field(() => ID, { description: 'The worker’s cover (InsuredPerson.id)' }) @IsUUID() insuredId: string;
  @Field(() => LocalDateScalar, { description: 'Last day of cover, YYYY-MM-DD' }) @IsString() @IsBusinessDate() coveredTo: string;
}

@ArgsType()
export class InsurancePoliciesArgs extends ConnectionArgs {
  @Field(() => InsuranceKind, { nullable: true, description: 'Only policies of this kind.' }) @IsOptional() @IsEnum(InsuranceKind) kind?: InsuranceKind;
  @Field(() => ID, { nullable: true, description: 'Only policies held within this region’s subtree.' }) @IsOptional() @IsUUID() regionId?: string;
}
