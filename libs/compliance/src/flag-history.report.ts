// Flags opened and resolved per rule per month in the caller's scope, and how many were open at each month's end.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthUser, InvalidInput } from '@gridhr/common';
import { FlagsService } from './flags.service';
import { historyMonths } from './flag-history';

export interface RuleMonth {
  month: string;
  rule: string;
  opened: number;
  resolved: number;
  openAtEnd: number;
}

@Injectable()
export class FlagHistoryReport {
  constructor(
    private readonly em: EntityManager,
    private readonly flags: FlagsService,
  ) {}

  /**
   * One row per month and rule with any flag opened, resolved or open at the month's end, months in
   * Asia/Shanghai time (as foundAt and resolvedAt are stamped by the scans).
   */
  async rows(user: AuthUser, args: { regionId?: string | null; fromMonth: string; toMonth: string }): Promise<RuleMonth[]> {
    const window = historyMonths(args.fromMonth, args.toMonth);
    if ('problem' in window) throw new InvalidInput(window.field, window.problem);
    const prefix = await this.flags.prefixOf(user, args.regionId);
    const first = `${window.months[0]}-01`;
    const last = `${window.months.at(-1)}-01`;
    return this.em.execute<RuleMonth[]>(
      `with months as (
         select to_char(m, 'YYYY-MM') as month,
                (m::timestamp at time zone 'Asia/Shanghai') as starts,
                ((m + interval '1 month')::timestamp at time zone 'Asia/Shanghai') as ends
           from generate_series(?::date, ?::date, interval '1 month') m),
       flags as (
         select f.rule, f.found_at, f.resolved_at from compliance_flag f
          where f.region_code like ?
            and f.found_at < (select max(ends) from months)
            and (f.resolved_at is null or f.resolved_at >= (select min(starts) from months)))
       select m.month, f.rule,
              count(*) filter (where f.found_at >= m.starts and f.found_at < m.ends)::int as opened,
              count(*) filter (where f.resolved_at >= m.starts and f.resolved_at < m.ends)::int as resolved,
              count(*) filter (where f.found_at < m.ends and (f.resolved_at is null or f.resolved_at >= m.ends))::int as "openAtEnd"
         from months m join flags f on f.found_at < m.ends and (f.resolved_at is null or f.resolved_at >= m.starts)
        group by m.month, f.rule
        order by m.month, f.rule`,
      [first, last, `${prefix}%`],
    );
  }
}
