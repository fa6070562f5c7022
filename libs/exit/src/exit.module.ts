import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { ContractsModule } from '@gridhr/contracts';
import { PayModule } from '@gridhr/pay';
import { PolicyModule } from '@gridhr/policy';
import { WorkersModule } from '@gridhr/workers';
import { ExitResolver } from './exit.resolver';
import { ExitService } from './exit.service';
import { ExitStepsService } from './exit-steps.service';
import { RehireBlocks } from './rehire.service';
import { TurnoverReport } from './exit.reports';
import { ExitThroughChecklist } from './exit-guard.hook';

@Module({
  imports: [AuditModule, ContractsModule, PayModule, PolicyModule, WorkersModule],
  providers: [ExitService, ExitStepsService, RehireBlocks, TurnoverReport, ExitThroughChecklist, ExitResolver],
  exports: [ExitService, ExitStepsService, RehireBlocks],
})
export class ExitModule {}
