import { DomainPlugin } from '@gridhr/platform';
import { ReportsModule } from './reports.module';

/** The reports home: every domain's reports, listed and exported one way. */
export const reportsPlugin: DomainPlugin = { name: 'reports', module: ReportsModule };
