import { CostClass } from '@gridhr/common';
import { DomainPlugin } from '@gridhr/platform';
import { ComplianceFlag } from './compliance-flag.entity';
import { ComplianceModule } from './compliance.module';
import { ScanRun } from './scan-run.entity';
import { ComplianceScanHandler } from './scan.handler';
import { COMPLIANCE_SCAN } from './scan.jobs';
import { ComplianceCountsReport } from './compliance.reports';

/** The flag engine: runs every domain's rules daily and on request. */
export const compliancePlugin: DomainPlugin = {
  name: 'compliance',
  module: ComplianceModule,
  entities: [ComplianceFlag, ScanRun],
  jobs: [COMPLIANCE_SCAN],
  handlers: [{ job: COMPLIANCE_SCAN, handler: ComplianceScanHandler }],
  schedules: [{ id: 'daily:compliance-scan', job: COMPLIANCE_SCAN, data: { prefix: '' } }],
  reports: [ComplianceCountsReport],
  costs: {
    complianceCounts: CostClass.REPORT,
    runComplianceScan: CostClass.JOB,
  },
};
