import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { PolicyResolver } from './policy.resolver';
import { PolicyService } from './policy.service';

@Module({ imports: [AuditModule], providers: [PolicyService, PolicyResolver], exports: [PolicyService] })
export class PolicyModule {}
