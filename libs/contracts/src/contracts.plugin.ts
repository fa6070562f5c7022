import { DomainPlugin } from '@gridhr/platform';
import { Contract } from './contract.entity';
import { CONTRACT_RULES } from './contract-scans';
import { ContractsModule } from './contracts.module';
import { CONTRACT_POLICIES } from './contracts.policies';
import { InsurancePolicy, InsuredPerson } from './insurance-policy.entity';
import { LabourProtection } from './labour-protection.entity';

/** Labor contracts and insurance, with the Labor Contract Law checks, and the art. 42 protections on record. */
export const contractsPlugin: DomainPlugin = {
  name: 'contracts',
  module: ContractsModule,
  entities: [Contract, InsurancePolicy, InsuredPerson, LabourProtection],
  rules: CONTRACT_RULES,
  policies: CONTRACT_POLICIES,
};
