import { CostClass } from '@gridhr/common';
import { DomainPlugin } from '@gridhr/platform';
import { AttendanceFollowsWorker, PreJobTrainingCheck } from './pre-job-training.check';
import { TRAINING_RULES } from './training-scans';
import { Attendance, TrainingSession } from './training-session.entity';
import { TrainingModule } from './training.module';
import { TRAINING_POLICIES } from './training.policies';
import { TrainingCountyReport, TrainingTownshipReport } from './training.reports';

/** Training sessions and attendance, the yearly requirement and the pre-job gate. */
export const trainingPlugin: DomainPlugin = {
  name: 'training',
  module: TrainingModule,
  entities: [TrainingSession, Attendance],
  rules: TRAINING_RULES,
  policies: TRAINING_POLICIES,
  hooks: { activation: [PreJobTrainingCheck], transfer: [AttendanceFollowsWorker] },
  reports: [TrainingTownshipReport, TrainingCountyReport],
  costs: {
    importSignInSheet: CostClass.FILE,
    trainingCountyReport: CostClass.REPORT,
    trainingReport: CostClass.REPORT,
    trainingReportExport: CostClass.FILE,
  },
};
