import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { ContractsModule } from '@gridhr/contracts';
import { PolicyModule } from '@gridhr/policy';
import { WorkersModule } from '@gridhr/workers';
import { AssessmentNightlyHandler } from './assessment.jobs';
import { AssessmentFollowsWorker } from './assessment-transfer.hook';
import { AssessmentCycleResolver, AssessmentResultResolver, WorkerAssessmentResolver } from './assessment.resolver';
import { AssessmentQueries } from './assessment-queries.service';
import { AssessmentResultsReport, LevelDistributionReport, MissingScoresReport } from './assessment.reports';
import { ConsequenceSteps } from './consequence-steps.service';
import { ConsequencesResolver } from './consequences.resolver';
import { ConsequencesService } from './consequences.service';
import { CycleAccess } from './cycle-access';
import { CycleFinalisation } from './cycle-finalisation.service';
import { CyclesService } from './cycles.service';
import { ResultsCalculator } from './results-calculator';
import { ScoringService } from './scoring.service';
import { WorkRecordImportService } from './work-record-import.service';
import { WorkRecordsResolver } from './work-records.resolver';
import { WorkRecordsService } from './work-records.service';

@Module({
  imports: [AuditModule, ContractsModule, PolicyModule, WorkersModule],
  providers: [
    CycleAccess,
    ResultsCalculator,
    CyclesService,
    CycleFinalisation,
    ScoringService,
    ConsequencesService,
    ConsequenceSteps,
    AssessmentQueries,
    WorkRecordsService,
    WorkRecordImportService,
    AssessmentResultsReport,
    LevelDistributionReport,
    MissingScoresReport,
    AssessmentNightlyHandler,
    AssessmentFollowsWorker,
    AssessmentCycleResolver,
    AssessmentResultResolver,
    WorkerAssessmentResolver,
    ConsequencesResolver,
    WorkRecordsResolver,
  ],
  exports: [CyclesService, CycleFinalisation, ScoringService, AssessmentQueries, WorkRecordsService, ConsequencesService],
})
export class AssessmentModule {}
