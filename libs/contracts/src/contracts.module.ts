import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { ContractsResolver, InsuranceResolver, InsuredPersonResolver, WorkerContractsResolver } from './contracts.resolver';
import { ContractsService } from './contracts.service';
import { InsuranceService } from './insurance.service';
import { ContractWarnings } from './contract-warnings';
import { LabourProtectionResolver } from './labour-protection.resolver';
import { LabourProtectionService } from './labour-protection.service';

@Module({
  imports: [AuditModule],
  providers: [
    ContractsService,
    ContractWarnings,
    InsuranceService,
    LabourProtectionService,
    ContractsResolver,
    InsuranceResolver,
    InsuredPersonResolver,
    WorkerContractsResolver,
    LabourProtectionResolver,
  ],
  exports: [ContractsService, InsuranceService, LabourProtectionService],
})
export class ContractsModule {}
