import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { OrgModule } from '@gridhr/org';
import { PolicyModule } from '@gridhr/policy';
import { WorkersModule } from '@gridhr/workers';
import { AssessmentModule } from '@gridhr/assessment';
import { ContractPayFloorCheck } from './contract-floor.check';
import { CountyPayrollRequests } from './county-payroll.service';
import { MinimumWagesService } from './minimum-wages.service';
import { PayItemsService } from './pay-items.service';
import { MinimumWagesResolver, PayLineResolver, PayrollResolver } from './pay.resolver';
import { PayrollRegisterReport } from './pay.reports';
import { PayMonthRegisterReport } from './pay-month-register.report';
import { FloorComplianceReport, InsuranceCostReport, PayByCategoryReport, PayByRegionReport } from './finance.reports';
import { PayrollBuilder } from './payroll-builder';
import { CountyPayrollHandler } from './payroll.jobs';
import { PayrollService } from './payroll.service';

@Module({
  imports: [AuditModule, AssessmentModule, OrgModule, PolicyModule, WorkersModule],
  providers: [
    MinimumWagesService,
    PayItemsService,
    PayrollBuilder,
    PayrollService,
    CountyPayrollRequests,
    CountyPayrollHandler,
    ContractPayFloorCheck,
    PayrollRegisterReport,
    PayMonthRegisterReport,
    PayByRegionReport,
    PayByCategoryReport,
    FloorComplianceReport,
    InsuranceCostReport,
    MinimumWagesResolver,
    PayrollResolver,
    PayLineResolver,
  ],
  exports: [PayrollService, PayrollBuilder, MinimumWagesService, PayItemsService],
})
export class PayModule {}
