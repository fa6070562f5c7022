import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { ContractsResolver, InsuranceResolver, InsuredPersonResolver, WorkerContractsResolver } from './contracts.resolver';
import { ContractsService } from './contracts.service';
import { InsuranceService } from './insurance.service';
import { ContractWarnings } from './contract-warnings';

@Module({
  imports: [AuditModule],
  providers: [ContractsService, ContractWarnings, InsuranceService, ContractsResolver, InsuranceResolver, InsuredPersonResolver, WorkerContractsResolver],
  exports: [ContractsService, InsuranceService],
})
export class ContractsModule {}
