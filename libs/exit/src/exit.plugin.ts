import { DomainPlugin } from '@gridhr/platform';
import { ExitCase, ExitStep } from './exit-case.entity';
import { ExitModule } from './exit.module';
import { EXIT_POLICIES } from './exit.policies';
import { EXIT_RULES } from './exit-scans';
import { TurnoverReport } from './exit.reports';
import { ExitThroughChecklist } from './exit-guard.hook';

/** Exits: resignations, dismissals, contract ends and replacements, with the checklist they need (DESIGN §9). */
export const exitPlugin: DomainPlugin = {
  name: 'exit',
  module: ExitModule,
  entities: [ExitCase, ExitStep],
  rules: EXIT_RULES,
  policies: EXIT_POLICIES,
  reports: [TurnoverReport],
  hooks: { exit: [ExitThroughChecklist] },
};
