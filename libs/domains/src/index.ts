// The one list of what GridHR is made of. The api, the worker, the migration generator and the tests
// load exactly this list, so no two processes can run different rules. A new domain is a new library
// and one line here.
import { assessmentPlugin } from '@gridhr/assessment';
import { auditPlugin } from '@gridhr/audit';
import { authPlugin } from '@gridhr/auth';
import { compliancePlugin } from '@gridhr/compliance';
import { contractsPlugin } from '@gridhr/contracts';
import { orgPlugin } from '@gridhr/org';
import { DomainPlugin } from '@gridhr/platform';
import { policyPlugin } from '@gridhr/policy';
import { recruitingPlugin } from '@gridhr/recruiting';
import { trainingPlugin } from '@gridhr/training';
import { workersPlugin } from '@gridhr/workers';
import { reportsPlugin } from '@gridhr/reports';
import { calendarPlugin } from '@gridhr/calendar';
import { payPlugin } from '@gridhr/pay';
import { budgetPlugin } from '@gridhr/budget';
import { overviewPlugin } from '@gridhr/overview';
import { sheetsPlugin } from '@gridhr/sheets';
import { exitPlugin } from '@gridhr/exit';
import { digestPlugin } from '@gridhr/digest';

export const DOMAINS: DomainPlugin[] = [
  auditPlugin,
  authPlugin,
  policyPlugin,
  orgPlugin,
  calendarPlugin,
  sheetsPlugin,
  workersPlugin,
  compliancePlugin,
  contractsPlugin,
  trainingPlugin,
  recruitingPlugin,
  assessmentPlugin,
  payPlugin,
  exitPlugin,
  budgetPlugin,
  overviewPlugin,
  digestPlugin,
  reportsPlugin,
];

/** Every persisted entity, for the ORM and the migration generator. */
export const ENTITIES = DOMAINS.flatMap((d) => d.entities ?? []);
