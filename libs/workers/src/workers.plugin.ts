import { DomainPlugin } from '@gridhr/platform';
import { GridAssignment } from './grid-assignment.entity';
import { Misconduct } from './misconduct.entity';
import { Worker } from './worker.entity';
import { WorkersModule } from './workers.module';
import { WORKER_POLICIES } from './workers.policies';
import { VacanciesReport } from './workers.reports';

/** The register of grid workers and their one lifecycle. */
export const workersPlugin: DomainPlugin = {
  name: 'workers',
  module: WorkersModule,
  entities: [Worker, GridAssignment, Misconduct],
  policies: WORKER_POLICIES,
  reports: [VacanciesReport],
};
