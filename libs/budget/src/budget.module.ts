import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { BudgetExecutionReport } from './budget.reports';
import { BudgetResolver } from './budget.resolver';
import { BudgetService } from './budget.service';

@Module({
  imports: [AuditModule],
  providers: [BudgetService, BudgetExecutionReport, BudgetResolver],
  exports: [BudgetService],
})
export class BudgetModule {}
