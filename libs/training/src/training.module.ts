import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { ComplianceModule, RuleRegistry } from '@gridhr/compliance';
import { PolicyModule } from '@gridhr/policy';
import { WorkersModule, WorkersService } from '@gridhr/workers';
import { TRAINING_RULES } from './training-scans';
import { AttendanceResolver, TrainingResolver } from './training.resolver';
import { TrainingReportService } from './training-report.service';
import { TrainingService } from './training.service';

@Module({
  imports: [AuditModule, ComplianceModule, PolicyModule, WorkersModule],
  providers: [TrainingService, TrainingReportService, TrainingResolver, AttendanceResolver],
  exports: [TrainingService],
})
export class TrainingModule {
  constructor(registry: RuleRegistry, workers: WorkersService, training: TrainingService) {
    registry.register(...TRAINING_RULES);
    // Shanxi measures [004]: pre-job training before taking up the post.
    workers.registerActivationCheck((em, ids) => training.withoutPreJobTraining(em, ids));
  }
}
