import { Module } from '@nestjs/common';
import { OrgModule } from '@gridhr/org';
import { PolicyModule } from '@gridhr/policy';
import { ComplianceResolver, WorkerFlagsResolver } from './compliance.resolver';
import { FlagsService } from './flags.service';
import { RuleRegistry } from './rule-registry';
import { ComplianceScanHandler } from './scan.handler';
import { ScanService } from './scan.service';
import { ComplianceCountsReport } from './compliance.reports';
import { FlagHistoryReport } from './flag-history.report';

/** The flag engine. Domains declare their rules in their plugins; the worker runs ScanService. */
@Module({
  imports: [OrgModule, PolicyModule],
  providers: [
    RuleRegistry,
    ScanService,
    FlagsService,
    ComplianceCountsReport,
    FlagHistoryReport,
    ComplianceScanHandler,
    ComplianceResolver,
    WorkerFlagsResolver,
  ],
  exports: [RuleRegistry, ScanService, FlagsService],
})
export class ComplianceModule {}
