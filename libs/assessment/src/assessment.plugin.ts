import { CostClass } from '@gridhr/common';
import { DomainPlugin } from '@gridhr/platform';
import { ASSESSMENT_NIGHTLY, AssessmentNightlyHandler } from './assessment.jobs';
import { AssessmentModule } from './assessment.module';
import { ASSESSMENT_POLICIES } from './assessment.policies';
import { AssessmentResultsReport, LevelDistributionReport, MissingScoresReport } from './assessment.reports';
import { ASSESSMENT_RULES } from './assessment-scans';
import { AssessmentFollowsWorker } from './assessment-transfer.hook';
import { AssessmentConsequence } from './assessment-consequence.entity';
import { AssessmentCycle, AssessmentTemplate } from './assessment-cycle.entity';
import { AssessmentResult } from './assessment-result.entity';
import { WorkRecord } from './work-record.entity';

/** Assessments and star ratings run by the county political-legal committee (DESIGN §7). */
export const assessmentPlugin: DomainPlugin = {
  name: 'assessment',
  module: AssessmentModule,
  entities: [WorkRecord, AssessmentTemplate, AssessmentCycle, AssessmentResult, AssessmentConsequence],
  rules: ASSESSMENT_RULES,
  policies: ASSESSMENT_POLICIES,
  jobs: [ASSESSMENT_NIGHTLY],
  handlers: [{ job: ASSESSMENT_NIGHTLY, handler: AssessmentNightlyHandler }],
  schedules: [{ id: 'daily:assessment', job: ASSESSMENT_NIGHTLY, data: {} }],
  hooks: { transfer: [AssessmentFollowsWorker] },
  reports: [AssessmentResultsReport, LevelDistributionReport, MissingScoresReport],
  costs: {
    // Computed in the request over a township's or a county's workers.
    computeAssessmentCycle: CostClass.REPORT,
    assessmentDistribution: CostClass.REPORT,
    assessmentMissingScores: CostClass.REPORT,
    importWorkRecords: CostClass.FILE,
    workRecordTemplate: CostClass.FILE,
  },
};
