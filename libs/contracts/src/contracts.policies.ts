import { definePolicies } from '@gridhr/platform';

export const CONTRACT_POLICIES = definePolicies({
  'contracts.renewalReminderDays': {
    kind: 'intList',
    default: [60, 30, 7],
    min: 1,
    max: 365,
    description: 'Days before a contract ends at which reminders are raised, each more severe',
    source: 'GridHR default',
  },
  // Social Insurance Law art. 58: registration within 30 days of starting work.
  'insurance.registrationDays': {
    kind: 'int',
    default: 30,
    min: 1,
    max: 90,
    description: 'Days from the first day of work within which the employer registers the worker for social insurance',
    source: 'Social Insurance Law art. 58',
  },
  'insurance.femaleRetirementBaseAge': {
    kind: 'int',
    default: 50,
    min: 50,
    max: 55,
    check: (value) => (value === 50 || value === 55 ? null : 'must be 50 (women workers) or 55 (women cadres)'),
    description: 'The former retirement age of women grid workers (50 for workers, 55 for cadres), raised gradually from 2025',
    source: 'NPCSC Decision on the gradual delay of the statutory retirement age (2024); grid workers on labour contracts are usually workers (50)',
  },
});
