import { Module } from '@nestjs/common';
import { OrgModule } from '@gridhr/org';
import { PolicyModule } from '@gridhr/policy';
import { QueueModule } from '@gridhr/queue';
import { ComplianceResolver, WorkerFlagsResolver } from './compliance.resolver';
import { FlagsService } from './flags.service';
import { RuleRegistry } from './rule-registry';
import { ScanService } from './scan.service';

/** The flag engine. Domains register their rules with RuleRegistry; the worker runs ScanService. */
@Module({
  imports: [OrgModule, PolicyModule, QueueModule],
  providers: [RuleRegistry, ScanService, FlagsService, ComplianceResolver, WorkerFlagsResolver],
  exports: [RuleRegistry, ScanService, FlagsService],
})
export class ComplianceModule {}
