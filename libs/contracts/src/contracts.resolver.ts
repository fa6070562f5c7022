import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, LoaderContext, ParseId, requestLoader, Role, Roles, yuan } from '@gridhr/common';
import { Worker, WorkerType } from '@gridhr/workers';
import { Contract } from './contract.entity';
import { ContractStatus } from './contract.enums';
import {
  AddInsuredInput,
  CloseContractInput,
  ContractConnection,
  ContractsArgs,
  ContractType,
  CreateContractInput,
  CreateInsurancePolicyInput,
  EndCoverInput,
  InsurancePoliciesArgs,
  InsurancePolicyConnection,
  InsurancePolicyType,
  InsuredPersonType,
  RenewContractInput,
  SignContractInput,
  UpdateContractInput,
} from './contract.types';
import { ContractsService } from './contracts.service';
import { InsurancePolicy, InsuredPerson } from './insurance-policy.entity';
import { InsuranceService } from './insurance.service';
import { ContractWarnings } from './contract-warnings';

/** Township staff keep contracts and insurance; the county's political-legal committee too. */
const KEEPERS = [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC];

@Resolver(() => ContractType)
export class ContractsResolver {
  constructor(
    private readonly service: ContractsService,
    private readonly contractWarnings: ContractWarnings,
  ) {}

  @Query(() => ContractType, { description: 'One contract in your scope; NOT_FOUND outside it.' })
  contract(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The contract’s id.' }, ParseId) id: string) {
    return this.service.get(user, id);
  }

  @Query(() => ContractConnection, { description: 'Contracts in your scope, latest start first.' })
  contracts(@CurrentUser() user: AuthUser, @Args() args: ContractsArgs) {
    return this.service.list(user, args);
  }

  @Mutation(() => ContractType, { description: 'Drafts a contract.' })
  @Roles(...KEEPERS)
  createContract(@CurrentUser() user: AuthUser, @Args('input', { description: 'The new contract.' }) input: CreateContractInput) {
    return this.service.create(user, input);
  }

  @Mutation(() => ContractType, { description: 'Changes a draft.' })
  @Roles(...KEEPERS)
  updateContract(@CurrentUser() user: AuthUser, @Args('input', { description: 'The draft, its version and what to change.' }) input: UpdateContractInput) {
    return this.service.update(user, input);
  }

  @Mutation(() => ContractType, { description: 'Records the signing: DRAFT → ACTIVE.' })
  @Roles(...KEEPERS)
  signContract(@CurrentUser() user: AuthUser, @Args('input', { description: 'The contract, its version and the signing day.' }) input: SignContractInput) {
    return this.service.sign(user, input);
  }

  @Mutation(() => ContractType, { description: 'Drafts the renewal of a contract; see its warnings for Labor Contract Law art. 14.' })
  @Roles(...KEEPERS)
  renewContract(@CurrentUser() user: AuthUser, @Args('input', { description: 'The contract to renew and the new term.' }) input: RenewContractInput) {
    return this.service.renew(user, input);
  }

  @Mutation(() => ContractType, { description: 'ACTIVE → ENDED at the end of its term.' })
  @Roles(...KEEPERS)
  endContract(@CurrentUser() user: AuthUser, @Args('input', { description: 'The contract, its version and the day it ends.' }) input: CloseContractInput) {
    return this.service.close(user, input, ContractStatus.ENDED);
  }

  @Mutation(() => ContractType, { description: 'ACTIVE → TERMINATED before its term, with a reason.' })
  @Roles(...KEEPERS)
  terminateContract(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The contract, its version, the day and the reason.' }) input: CloseContractInput,
  ) {
    return this.service.close(user, input, ContractStatus.TERMINATED);
  }

  @ResolveField(() => WorkerType, { description: 'The worker the contract is with.' })
  worker(@Parent() contract: Contract) {
    return contract.worker;
  }

  @ResolveField(() => String, { description: 'Monthly base pay in yuan, two decimals' })
  monthlyBasePay(@Parent() contract: Contract): string {
    return yuan(contract.monthlyBasePayFen);
  }

  @ResolveField(() => ID, { nullable: true, description: 'The contract this one renews' })
  previousId(@Parent() contract: Contract): string | null {
    return contract.previous?.id ?? null;
  }

  @ResolveField(() => ID, { nullable: true, description: 'The previous employer’s contract whose years of service this one continues' })
  continuesServiceOfId(@Parent() contract: Contract): string | null {
    return contract.continuesServiceOf?.id ?? null;
  }

  @ResolveField(() => [String], { description: 'What the Labor Contract Law and the measures say about this contract as it stands' })
  warnings(@Parent() contract: Contract, @Context() context: LoaderContext) {
    return requestLoader(context, 'contractWarnings', (contracts: readonly Contract[]) => this.contractWarnings.warningsOf(contracts)).load(contract);
  }
}

@Resolver(() => InsurancePolicyType)
export class InsuranceResolver {
  constructor(private readonly insurance: InsuranceService) {}

  @Query(() => InsurancePolicyType, { description: 'One insurance policy held in your scope; NOT_FOUND outside it.' })
  insurancePolicy(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The policy’s id.' }, ParseId) id: string) {
    return this.insurance.get(user, id);
  }

  @Query(() => InsurancePolicyConnection, { description: 'Policies held within your scope.' })
  insurancePolicies(@CurrentUser() user: AuthUser, @Args() args: InsurancePoliciesArgs) {
    return this.insurance.list(user, args);
  }

  @Mutation(() => InsurancePolicyType, { description: "Records a policy and insures workers on it (one township's group policy in one call)." })
  @Roles(...KEEPERS)
  createInsurancePolicy(@CurrentUser() user: AuthUser, @Args('input', { description: 'The policy and whom it insures.' }) input: CreateInsurancePolicyInput) {
    return this.insurance.create(user, input);
  }

  @Mutation(() => Int, { description: 'Adds workers to a policy; returns how many were added.' })
  @Roles(...KEEPERS)
  addInsuredWorkers(@CurrentUser() user: AuthUser, @Args('input', { description: 'The policy and the workers to add.' }) input: AddInsuredInput) {
    return this.insurance.addInsured(user, input);
  }

  @Mutation(() => InsuredPersonType, { description: "Ends a worker's cover under a policy." })
  @Roles(...KEEPERS)
  endInsuranceCover(@CurrentUser() user: AuthUser, @Args('input', { description: 'The cover and its last day.' }) input: EndCoverInput) {
    return this.insurance.endCover(user, input);
  }

  @ResolveField(() => String, { description: 'Premium in yuan, two decimals' })
  premium(@Parent() policy: InsurancePolicy): string {
    return yuan(policy.premiumFen);
  }

  @ResolveField(() => [InsuredPersonType], { description: 'Insured workers you may see' })
  insured(@CurrentUser() user: AuthUser, @Parent() policy: InsurancePolicy, @Context() context: LoaderContext) {
    return requestLoader(context, 'insuredOfPolicies', (ids: readonly string[]) => this.insurance.insuredOfPolicies(user, ids)).load(policy.id);
  }
}

@Resolver(() => InsuredPersonType)
export class InsuredPersonResolver {
  @ResolveField(() => WorkerType, { description: 'The insured worker.' })
  worker(@Parent() row: InsuredPerson) {
    return row.worker;
  }

  @ResolveField(() => InsurancePolicyType, { description: 'The policy the cover is under.' })
  policy(@Parent() row: InsuredPerson) {
    return row.policy;
  }
}

@Resolver(() => WorkerType)
export class WorkerContractsResolver {
  constructor(
    private readonly contractsService: ContractsService,
    private readonly insuranceService: InsuranceService,
  ) {}

  @ResolveField(() => [ContractType], { description: 'Contracts, latest start first' })
  contracts(@Parent() worker: Worker, @Context() context: LoaderContext) {
    return requestLoader(context, 'contractsOfWorkers', (ids: readonly string[]) => this.contractsService.ofWorkers(ids)).load(worker.id);
  }

  @ResolveField(() => [InsuredPersonType], { description: 'Insurance cover, latest first' })
  insurance(@Parent() worker: Worker, @Context() context: LoaderContext) {
    return requestLoader(context, 'coverageOfWorkers', (ids: readonly string[]) => this.insuranceService.coverageOfWorkers(ids)).load(worker.id);
  }
}
