// What a root field costs beyond its selections: a file built or read, a report over a whole region, a
// job started. The query-limits plugin adds the cost to each alias of the field, so against
// GRAPHQL_MAX_COMPLEXITY (20,000 by default) one request holds at most three files or a score of reports.
// Each domain prices its own root fields in its plugin (`costs`); the api refuses to start when a field
// whose return type says it builds a file, a report or a job is left unpriced (or priced too low), or when
// a plugin prices a field the schema lacks.
import { GraphQLField, GraphQLNamedType, GraphQLObjectType, GraphQLSchema, getNamedType } from 'graphql';

export enum CostClass {
  /** An export, a template or an import: a workbook built or read whole in memory. */
  FILE = 'FILE',
  /** Aggregates over every worker, flag or record of a region. */
  REPORT = 'REPORT',
  /** Starts a background job. */
  JOB = 'JOB',
}

export const COST: Record<CostClass, number> = { FILE: 5000, REPORT: 1000, JOB: 100 };

/** Root field name -> its class: each domain declares its own in its plugin (`costs`). */
export type RootFieldCosts = Readonly<Record<string, CostClass>>;

/**
 * The criterion, by the name of the type a root field returns (lists unwrapped): a file download or an
 * import's report is a file; another `…Report` or `ReportData` is a report; a mutation returning the record
 * of a background job (a scan run, a county payroll generation, a publicity round and its closing job, a report file, a chat digest)
 * starts one. A query returning such a record only reads it.
 */
export function costClassOfReturnType(type: GraphQLNamedType, root: 'query' | 'mutation'): CostClass | null {
  if (type.name === 'FileDownload' || type.name.endsWith('ImportReport')) return CostClass.FILE;
  if (type.name === 'ReportData' || /.Report$/.test(type.name)) return CostClass.REPORT;
  if (root === 'mutation' && JOB_RECORD_TYPES.has(type.name)) return CostClass.JOB;
  return null;
}

const JOB_RECORD_TYPES = new Set(['ScanRun', 'PayrollGeneration', 'PublicityRound', 'ReportFileRequest', 'ChatDigestRequest']);

/** The cost of a root field beyond its selections: 0 for a field the map does not name. */
export function rootFieldCost(name: string, costs: RootFieldCosts): number {
  return Object.hasOwn(costs, name) ? COST[costs[name]] : 0;
}

/** Every mismatch between the schema's root fields and the map, in words; none when they agree. */
export function rootFieldCostProblems(schema: GraphQLSchema, costs: RootFieldCosts): string[] {
  const problems: string[] = [];
  const roots: [GraphQLObjectType | null | undefined, 'query' | 'mutation'][] = [
    [schema.getQueryType(), 'query'],
    [schema.getMutationType(), 'mutation'],
  ];
  const known = new Set<string>();
  for (const [type, root] of roots) {
    for (const field of Object.values(type?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
      known.add(field.name);
      const needed = costClassOfReturnType(getNamedType(field.type), root);
      if (!needed) continue;
      const priced = Object.hasOwn(costs, field.name) ? costs[field.name] : undefined;
      if (!priced) problems.push(`${root} ${field.name} returns ${getNamedType(field.type).name} (${needed}) but has no cost`);
      else if (COST[priced] < COST[needed])
        problems.push(`${root} ${field.name} returns ${getNamedType(field.type).name} (${needed}) but costs only ${priced}`);
    }
  }
  for (const name of Object.keys(costs)) if (!known.has(name)) problems.push(`${name} has a cost but is no root field of the schema`);
  return problems;
}

/** For the schema build: the api does not start while a costly root field is unpriced or the map names a field that is gone. */
export function assertRootFieldCosts(schema: GraphQLSchema, costs: RootFieldCosts): GraphQLSchema {
  const problems = rootFieldCostProblems(schema, costs);
  if (problems.length) throw new Error(`The domains' root field costs (their plugins' costs) disagree with the schema: ${problems.join('; ')}`);
  return schema;
}
