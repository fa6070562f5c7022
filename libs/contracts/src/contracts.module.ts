import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { ContractsResolver, InsuranceResolver, InsuredPersonResolver, WorkerContractsResolver } from './contracts.resolver';
import { ContractsService } from './contracts.service';
import { InsuranceService } from './insurance.service';

@Module({
  imports: [AuditModule],
  providers: [ContractsService, InsuranceService, ContractsResolver, InsuranceResolver, InsuredPersonResolver, WorkerContractsResolver],
  exports: [ContractsService, InsuranceService],
})
export class ContractsModule {}
