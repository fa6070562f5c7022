import { CostClass } from '@gridhr/common';
import { DomainPlugin } from '@gridhr/platform';
import { GridAssignment } from './grid-assignment.entity';
import { Misconduct } from './misconduct.entity';
import { RosterPublication } from './roster-publication.entity';
import { Worker } from './worker.entity';
import { WorkersModule } from './workers.module';
import { WORKER_POLICIES } from './workers.policies';
import { VacanciesReport } from './workers.reports';
import { WorkerRegisterReport } from './worker-register.report';
import { WORKER_RULES } from './workers-scans';

/** The register of grid workers and their one lifecycle. */
export const workersPlugin: DomainPlugin = {
  name: 'workers',
  module: WorkersModule,
  entities: [Worker, GridAssignment, Misconduct, RosterPublication],
  policies: WORKER_POLICIES,
  rules: WORKER_RULES,
  reports: [VacanciesReport, WorkerRegisterReport],
  costs: {
    importWorkers: CostClass.FILE,
    publicRoster: CostClass.REPORT,
    rosterPublicationExport: CostClass.FILE,
    workerImportTemplate: CostClass.FILE,
  },
};
