// The plugin list, checked once: everything a process refuses to start with is found here, as one line.
import { createHash } from 'node:crypto';
import { Type } from '@nestjs/common';
import { CostClass, RootFieldCosts } from '@gridhr/common';
import { JobRef, jobKey } from '@gridhr/queue';
import { ComplianceRule } from './compliance-rule';
import { DomainPlugin, JobHandlerDeclaration, LifecycleHooks, QueueSettings, ScheduleDeclaration } from './domain-plugin';
import { PolicyDefinition } from './policy-definition';
import { Report } from './report';

/** A plugin list a process must not run with; the message is the one line it prints. */
export class PluginError extends Error {}

export class PluginRegistry {
  readonly rules: ComplianceRule[];
  readonly policies: Record<string, PolicyDefinition & { domain: string }>;
  readonly jobs: JobRef<unknown>[];
  readonly handlers: (JobHandlerDeclaration & { domain: string })[];
  readonly schedules: ScheduleDeclaration[];
  readonly queues: QueueSettings[];
  readonly costs: RootFieldCosts;

  constructor(readonly plugins: DomainPlugin[]) {
    const owner = new Map<string, string>();
    const once = (kind: string, key: string, domain: string) => {
      const first = owner.get(`${kind}:${key}`);
      if (first) throw new PluginError(`${kind} ${key} is declared twice (${first}, ${domain})`);
      owner.set(`${kind}:${key}`, domain);
    };
    for (const p of plugins) once('domain', p.name, p.name);

    this.rules = plugins.flatMap((p) => (p.rules ?? []).map((r) => (once('rule', r.id, p.name), r)));
    this.policies = {};
    for (const p of plugins) {
      for (const [key, def] of Object.entries(p.policies ?? {})) {
        once('policy key', key, p.name);
        this.policies[key] = { ...def, domain: p.name };
      }
    }
    for (const rule of this.rules) {
      const missing = rule.policyKeys.filter((k) => !this.policies[k]);
      if (missing.length) throw new PluginError(`rule ${rule.id} reads policy ${missing.join(', ')}, which no domain declares`);
    }

    this.jobs = plugins.flatMap((p) => (p.jobs ?? []).map((j) => (once('job', jobKey(j), p.name), j)));
    const defined = new Set(this.jobs.map(jobKey));
    this.handlers = plugins.flatMap((p) => (p.handlers ?? []).map((h) => ({ ...h, domain: p.name })));
    for (const h of this.handlers) if (!defined.has(jobKey(h.job))) throw new PluginError(`${h.domain} handles job ${jobKey(h.job)}, which no domain defines`);
    for (const job of this.jobs) {
      const handlers = this.handlers.filter((h) => jobKey(h.job) === jobKey(job));
      if (handlers.length === 0) throw new PluginError(`job ${jobKey(job)} has no handler`);
      if (handlers.length > 1) throw new PluginError(`job ${jobKey(job)} has ${handlers.length} handlers (${handlers.map((h) => h.domain).join(', ')})`);
    }
    this.schedules = plugins.flatMap((p) => (p.schedules ?? []).map((s) => (once('schedule', s.id, p.name), s)));
    for (const s of this.schedules)
      if (!defined.has(jobKey(s.job))) throw new PluginError(`schedule ${s.id} runs job ${jobKey(s.job)}, which no domain defines`);
    const nightly = new Set(this.schedules.filter((s) => !s.after).map((s) => jobKey(s.job)));
    for (const s of this.schedules)
      if (s.after && !nightly.has(jobKey(s.after))) throw new PluginError(`schedule ${s.id} runs after job ${jobKey(s.after)}, which no schedule runs nightly`);
    this.queues = plugins.flatMap((p) => (p.queues ?? []).map((q) => (once('queue', q.name, p.name), q)));
    const costs: Record<string, CostClass> = {};
    for (const p of plugins)
      for (const [field, cost] of Object.entries(p.costs ?? {})) {
        once('cost of root field', field, p.name);
        costs[field] = cost;
      }
    this.costs = costs;
  }

  entities(): Type<unknown>[] {
    return this.plugins.flatMap((p) => p.entities ?? []);
  }

  reports(): Type<Report<any, any>>[] {
    return this.plugins.flatMap((p) => p.reports ?? []);
  }

  hooks<K extends keyof LifecycleHooks>(kind: K): NonNullable<LifecycleHooks[K]> {
    return this.plugins.flatMap((p) => (p.hooks?.[kind] ?? []) as unknown[]) as NonNullable<LifecycleHooks[K]>;
  }

  /** The queues jobs run on, with their settings. */
  queueSettings(): QueueSettings[] {
    const names = [...new Set(this.jobs.map((j) => j.queue))];
    return names.map((name) => this.queues.find((q) => q.name === name) ?? { name });
  }

  /** Identifies the rule set: the rule ids with a digest of each rule's SQL, in order. */
  ruleSet(): { id: string; digest: string }[] {
    return this.rules.map((r) => ({
      id: r.id,
      digest: createHash('sha256')
        .update(`${r.subject}\n${r.citation}\n${r.policyKeys.join(',')}\n${r.sql}`)
        .digest('hex')
        .slice(0, 12),
    }));
  }

  fingerprint(): string {
    return createHash('sha256').update(JSON.stringify(this.ruleSet())).digest('hex').slice(0, 16);
  }
}

/** What two rule sets disagree on, in words, or null when they are the same. */
export function ruleSetDifference(here: { id: string; digest: string }[], there: { id: string; digest: string }[]): string | null {
  const mine = new Map(here.map((r) => [r.id, r.digest]));
  const theirs = new Map(there.map((r) => [r.id, r.digest]));
  const onlyHere = [...mine.keys()].filter((id) => !theirs.has(id));
  const onlyThere = [...theirs.keys()].filter((id) => !mine.has(id));
  const changed = [...mine.keys()].filter((id) => theirs.has(id) && theirs.get(id) !== mine.get(id));
  const parts = [
    onlyHere.length ? `only here: ${onlyHere.join(', ')}` : '',
    onlyThere.length ? `only there: ${onlyThere.join(', ')}` : '',
    changed.length ? `changed: ${changed.join(', ')}` : '',
  ].filter(Boolean);
  if (!parts.length && here.map((r) => r.id).join() !== there.map((r) => r.id).join()) parts.push('same rules in another order');
  return parts.length ? parts.join('; ') : null;
}
