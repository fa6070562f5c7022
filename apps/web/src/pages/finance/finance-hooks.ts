import { useMemo } from 'react';
import { PayrollRunsDocument, TownshipRegionsDocument } from '../../graphql/generated';
import { useQuery } from '../../use-query';

/** The newest payroll month on record (the api lists newest first): the pages' default month and year. */
export function useLatestPayrollMonth(): string | null | undefined {
  const { data } = useQuery(PayrollRunsDocument, { first: 1 });
  if (!data) return undefined;
  return data.payrollRuns.edges[0]?.node.month ?? null;
}

/** The county and its townships in the user's scope, the county first. */
export function useCountyAndTownships() {
  const { data, error } = useQuery(TownshipRegionsDocument, {});
  const regions = useMemo(() => (data?.regionTree ?? []).filter((r) => r.level === 'COUNTY' || r.level === 'TOWNSHIP'), [data]);
  return { regions, error, loaded: !!data };
}
