import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { ComplianceModule, RuleRegistry } from '@gridhr/compliance';
import { CONTRACT_RULES } from './contract-scans';
import { ContractsResolver, InsuranceResolver, InsuredPersonResolver, WorkerContractsResolver } from './contracts.resolver';
import { ContractsService } from './contracts.service';
import { InsuranceService } from './insurance.service';

@Module({
  imports: [AuditModule, ComplianceModule],
  providers: [ContractsService, InsuranceService, ContractsResolver, InsuranceResolver, InsuredPersonResolver, WorkerContractsResolver],
  exports: [ContractsService, InsuranceService],
})
export class ContractsModule {
  constructor(registry: RuleRegistry) {
    registry.register(...CONTRACT_RULES);
  }
}
