// Pure shaping of api answers for the pages (unit-tested in view-model.spec.ts).
import type { HomeQuery } from './graphql/generated';

type Overview = HomeQuery['regionOverview'][number];

export interface OverviewTotals {
  activeWorkers: number;
  onboardingWorkers: number;
  vacancies: number;
  longestVacancyDays: number | null;
  trainingBehind: number;
  openFlags: number;
  payroll: Overview['payrollRuns'];
}

/** The scope's totals over the overview's rows (one row per region one level down, or the township itself). */
export function overviewTotals(rows: Overview[]): OverviewTotals {
  const sum = (pick: (r: Overview) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const longest = rows.map((r) => r.longestVacancyDays).filter((d): d is number => d !== null);
  return {
    activeWorkers: sum((r) => r.activeWorkers),
    onboardingWorkers: sum((r) => r.onboardingWorkers),
    vacancies: sum((r) => r.vacancies),
    longestVacancyDays: longest.length ? Math.max(...longest) : null,
    trainingBehind: sum((r) => r.trainingBehind),
    openFlags: sum((r) => r.openFlags.critical + r.openFlags.high + r.openFlags.medium + r.openFlags.low),
    payroll: {
      draft: sum((r) => r.payrollRuns.draft),
      submitted: sum((r) => r.payrollRuns.submitted),
      approved: sum((r) => r.payrollRuns.approved),
      paid: sum((r) => r.payrollRuns.paid),
      breaches: sum((r) => r.payrollRuns.breaches),
    },
  };
}

export interface RuleTotal {
  rule: string;
  label: string;
  open: number;
  critical: number;
  high: number;
  medium: number;
  low: number;
}

/** complianceCounts' rows (per rule per region) summed per rule, most open first, labelled by the rule's title. */
export function flagsByRule(counts: HomeQuery['complianceCounts'], rules: HomeQuery['complianceRules']): RuleTotal[] {
  const titles = new Map(rules.map((r) => [r.id, r.title]));
  const totals = new Map<string, RuleTotal>();
  for (const row of counts) {
    const total = totals.get(row.rule) ?? { rule: row.rule, label: titles.get(row.rule) ?? row.rule, open: 0, critical: 0, high: 0, medium: 0, low: 0 };
    total.open += row.open;
    total.critical += row.critical;
    total.high += row.high;
    total.medium += row.medium;
    total.low += row.low;
    totals.set(row.rule, total);
  }
  return [...totals.values()].filter((r) => r.open > 0).sort((a, b) => b.open - a.open || a.rule.localeCompare(b.rule));
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** What an audit entry changed: the recorded fields whose value differs between before and after. */
export function auditChanges(before: unknown, after: unknown, ignore: readonly string[] = ['version', 'updatedAt', 'createdAt']): FieldChange[] {
  const from = (before ?? {}) as Record<string, unknown>;
  const to = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((f) => !ignore.includes(f));
  return fields
    .filter((f) => JSON.stringify(from[f] ?? null) !== JSON.stringify(to[f] ?? null))
    .map((field) => ({ field, before: from[field] ?? null, after: to[field] ?? null }));
}

/**
 * The fields of a form that differ from the record as loaded, for an update: only those are sent (with the
 * loaded version), so a field someone else changed meanwhile is not overwritten with the old value. An
 * emptied optional text becomes null.
 */
export function changedValues<T extends Record<string, unknown>>(loaded: T, form: Partial<T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(form) as (keyof T)[]) {
    const value = form[key] === '' || form[key] === undefined ? null : form[key];
    if (JSON.stringify(value) !== JSON.stringify(loaded[key] ?? null)) changes[key] = value as T[keyof T];
  }
  return changes;
}

/** The form field an api error names (`input.idNumber` -> `idNumber`); null when it names none or a nested one. */
export function fieldOfInput(field: string | undefined): string | null {
  const match = /^input\.([A-Za-z]+)$/.exec(field ?? '');
  return match ? match[1] : null;
}
