import { DomainPlugin } from '@gridhr/platform';
import { AuditEntry } from './audit-entry.entity';
import { AuditModule } from './audit.module';

/** The audit trail of every change. */
export const auditPlugin: DomainPlugin = { name: 'audit', module: AuditModule, entities: [AuditEntry] };
