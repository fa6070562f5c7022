import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@gridhr/common';
import { AuditModule } from '@gridhr/audit';
import { OrgModule } from '@gridhr/org';
import { SheetsModule } from '@gridhr/sheets';
import { PiiCipher } from './pii-cipher';
import { RevealThrottle } from './reveal-throttle';
import { Reveals } from './reveals';
import { RosterResolver } from './roster.resolver';
import { RosterService } from './roster.service';
import { WorkerImportService } from './worker-import.service';
import { WorkerImportResolver } from './worker-import.resolver';
import { GridAssignmentsResolver, WorkersResolver } from './workers.resolver';
import { WorkersService } from './workers.service';
import { WorkerLifecycle } from './worker-lifecycle.service';
import { GridDuty } from './grid-duty.service';
import { VacanciesReport } from './workers.reports';
import { WorkerRegisterReport } from './worker-register.report';

@Module({
  imports: [AuditModule, OrgModule, SheetsModule],
  providers: [
    { provide: PiiCipher, inject: [APP_CONFIG], useFactory: (config: AppConfig) => PiiCipher.fromSecret(config.piiSecret) },
    RevealThrottle,
    Reveals,
    WorkersService,
    WorkerLifecycle,
    GridDuty,
    VacanciesReport,
    WorkerRegisterReport,
    RosterService,
    WorkerImportService,
    WorkersResolver,
    GridAssignmentsResolver,
    WorkerImportResolver,
    RosterResolver,
  ],
  exports: [WorkersService, WorkerLifecycle, GridDuty, PiiCipher],
})
export class WorkersModule {}
