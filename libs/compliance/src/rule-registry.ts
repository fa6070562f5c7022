import { Injectable } from '@nestjs/common';
import { InvalidInput } from '@gridhr/common';
import { ComplianceRule } from './compliance-rule';

/** The rules every domain registers at start (in its module's constructor); the scan runs them in order. */
@Injectable()
export class RuleRegistry {
  private readonly rules = new Map<string, ComplianceRule>();

  register(...rules: ComplianceRule[]): void {
    for (const rule of rules) {
      if (this.rules.has(rule.id)) throw new Error(`compliance rule ${rule.id} registered twice`);
      this.rules.set(rule.id, rule);
    }
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
