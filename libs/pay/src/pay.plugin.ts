import { CostClass } from '@gridhr/common';
import { DomainPlugin } from '@gridhr/platform';
import { ContractPayFloorCheck } from './contract-floor.check';
import { CountyWageTier, MinimumWage } from './minimum-wage.entity';
import { PayItem } from './pay-item.entity';
import { PayModule } from './pay.module';
import { PAY_POLICIES } from './pay.policies';
import { PayrollRegisterReport } from './pay.reports';
import { PayMonthRegisterReport } from './pay-month-register.report';
import { FloorComplianceReport, InsuranceCostReport, PayByCategoryReport, PayByRegionReport } from './finance.reports';
import { PAY_RULES } from './pay-scans';
import { PayrollGeneration } from './payroll-generation.entity';
import { COUNTY_PAYROLL, CountyPayrollHandler } from './payroll.jobs';
import { PayLine, PayrollRun } from './payroll.entity';

/** Pay: the minimum-wage table, monthly pay inputs, payroll runs and the legal floors (DESIGN §8). */
export const payPlugin: DomainPlugin = {
  name: 'pay',
  module: PayModule,
  entities: [MinimumWage, CountyWageTier, PayItem, PayrollRun, PayLine, PayrollGeneration],
  rules: PAY_RULES,
  policies: PAY_POLICIES,
  jobs: [COUNTY_PAYROLL],
  handlers: [{ job: COUNTY_PAYROLL, handler: CountyPayrollHandler }],
  hooks: { contract: [ContractPayFloorCheck] },
  reports: [PayrollRegisterReport, PayMonthRegisterReport, PayByRegionReport, PayByCategoryReport, FloorComplianceReport, InsuranceCostReport],
  costs: {
    // Computed in the request over a township's or a county's workers.
    generatePayroll: CostClass.REPORT,
    generateCountyPayroll: CostClass.JOB,
  },
};
