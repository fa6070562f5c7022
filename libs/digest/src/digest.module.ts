import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { PolicyModule } from '@gridhr/policy';
import { WorkersModule } from '@gridhr/workers';
import { ChatDigestHandler } from './digest.jobs';
import { DigestResolver } from './digest.resolver';
import { DigestService } from './digest.service';

@Module({
  imports: [AuditModule, PolicyModule, WorkersModule],
  providers: [DigestService, ChatDigestHandler, DigestResolver],
  exports: [DigestService],
})
export class DigestModule {}
