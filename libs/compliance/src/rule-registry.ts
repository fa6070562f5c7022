import { Injectable } from '@nestjs/common';
import { InvalidInput } from '@gridhr/common';
import { ComplianceRule, PluginRegistry } from '@gridhr/platform';

/** The rules the domains declare in their plugins, in order; the scan runs them in that order. */
@Injectable()
export class RuleRegistry {
  private readonly rules: Map<string, ComplianceRule>;

  constructor(plugins: PluginRegistry) {
    this.rules = new Map(plugins.rules.map((r) => [r.id, r]));
  }

  all(): ComplianceRule[] {
    return [...this.rules.values()];
  }

  /** The named rules (all when `ids` is empty or absent); unknown ids are the caller's mistake. */
  select(ids?: string[] | null, field = 'rules'): ComplianceRule[] {
    if (!ids?.length) return this.all();
    return ids.map((id) => {
      const rule = this.rules.get(id);
      if (!rule) throw new InvalidInput(field, `has an unknown rule "${id}"; known: ${[...this.rules.keys()].join(', ')}`);
      return rule;
    });
  }
}
