// One rule over one chunk of subjects: the chunk's ids, and the statement that opens, updates and resolves
// its flags.
import { performance } from 'node:perf_hooks';
import { EntityManager } from '@mikro-orm/postgresql';
import { pgTextArray, pgUuidArray } from '@gridhr/common';
import { ComplianceRule, SUBJECT_TABLES } from './compliance-rule';
import { ScanPolicies } from './scan-policies';

export interface ChunkCounts {
  opened: number;
  updated: number;
  resolved: number;
}

/** A chunk's subjects in id order, with the region code of each (for their policies). */
export interface Chunk {
  ids: string[];
  codes: string[];
}

/** The next `size` subjects of a rule within the prefix after `afterId`, in id order. */
export async function nextChunk(em: EntityManager, rule: ComplianceRule, prefix: string, afterId: string | null, size: number): Promise<Chunk> {
  const { table, codeColumn } = SUBJECT_TABLES[rule.subject];
  const rows = await em.execute<{ id: string; code: string }[]>(
    `select id, "${codeColumn}" as code from "${table}" where "${codeColumn}" like ? and (?::uuid is null or id > ?::uuid) order by id limit ?`,
    [`${prefix}%`, afterId, afterId, size],
  );
  return { ids: rows.map((r) => r.id), codes: rows.map((r) => r.code) };
}

/** One rule over one chunk of subjects, in the caller's transaction. */
export async function runChunk(
  em: EntityManager,
  rule: ComplianceRule,
  chunk: Chunk,
  asOf: string,
  policies: ScanPolicies,
  timing?: { policies: number },
): Promise<ChunkCounts> {
  const t = performance.now();
  const policyJson = await policies.json(em, rule, chunk.codes);
  if (timing) timing.policies += performance.now() - t;
  const periods = rule.periods ? pgTextArray(rule.periods(asOf)) : null;
  // Ids bound as one uuid[]: the query plans as an index lookup of exactly these ids, whatever the statistics say.
  // Sent as bind parameters (bound()), not inlined into the text as em.execute does: escaping and copying
  // 200 kB of ids and policies into the statement for every chunk and rule was most of a scan's garbage.
  // The open flags of the chunk are read once and compared with the findings, so a scan writes only
  // what changed: new findings, changed ones, and those gone. (An upsert would lock, and so write,
  // every flag that is still open and unchanged: most of them, on a daily scan.)
  const [row] = await bound<ChunkCounts>(
    em,
    `with chunk as (select unnest(?::uuid[]) as id),
     scan as (select ?::date as as_of),
     -- Unpacked by one jsonb_to_recordset over the expanded groups: a set function the planner estimates at
     -- 100 rows, whatever it returns. The rules' plans were measured with that estimate; expanding the groups
     -- directly (estimated 10,000 rows) made the roster, training and pay plans 3-10 times slower.
     policy as (
       select p.region_code, p.v
         from jsonb_to_recordset((select coalesce(jsonb_agg(jsonb_build_object('region_code', c.code, 'v', g.e -> 'v')), '[]')
                                    from jsonb_array_elements(?::jsonb) as g(e) cross join lateral jsonb_array_elements_text(g.e -> 'codes') as c(code)))
              as p(region_code text, v jsonb)),
     found as (
       select distinct on (r.subject_id, r.period) r.subject_id, r.region_code, r.period, r.severity::flag_severity as severity, r.message,
              coalesce(r.details, '{}'::jsonb) as details, r.worker_id
         from (${rule.sql}) r
        where r.subject_id in (select id from chunk)
        order by r.subject_id, r.period, r.severity::flag_severity desc),
     -- Looked up per subject of the chunk (a lateral subquery kept apart by offset 0, so always an index probe
     -- on rule + subject): with the flag statistics stale, as they are right after a first run inserted most
     -- flags, a filter by = any(array) or a join to the chunk planned as a read of the rule's every open
     -- flag in each chunk (100,000 rows, 0.5 s a chunk, and up to 3 s with the array).
     open as (
       select c.id, c.subject_id, c.period, c.severity, c.message, c.details, c.region_code, c.worker_id
         from chunk k
        cross join lateral (
          select c.* from compliance_flag c where c.rule = ? and c.subject_id = k.id and c.resolved_at is null offset 0) c),
     -- One full join pairs each finding with its open flag: a full join is always a hash or merge join,
     -- where anti-joins against a CTE may be planned as loops over thousands of rows each.
     diff as (
       select f.subject_id, f.region_code, f.period, f.severity, f.message, f.details, f.worker_id, o.id as open_id, o.period as open_period,
              (o.severity, o.message, o.details, o.region_code, o.worker_id) is distinct from (f.severity, f.message, f.details, f.region_code, f.worker_id) as changed
         from found f full join open o on o.subject_id = f.subject_id and o.period = f.period),
     inserted as (
       insert into compliance_flag (id, rule, subject_type, subject_id, worker_id, period, severity, message, citation, details, region_code, found_at)
       select gen_random_uuid(), ?, ?, d.subject_id, d.worker_id, d.period, d.severity, d.message, ?, d.details, d.region_code, now()
         from diff d where d.open_id is null
       on conflict (rule, subject_id, period) where resolved_at is null do nothing
       returning 1),
     updated as (
       update compliance_flag c set severity = d.severity, message = d.message, details = d.details, region_code = d.region_code, worker_id = d.worker_id
         from diff d where c.id = d.open_id and d.subject_id is not null and d.changed
       returning 1),
     cleared as (
       update compliance_flag c set resolved_at = now()
         from diff d
        where c.id = d.open_id and d.subject_id is null and (?::text[] is null or d.open_period = any(?::text[]))
       returning 1)
     select (select count(*) from inserted)::int as opened,
            (select count(*) from updated)::int as updated,
            (select count(*) from cleared)::int as resolved`,
    [pgUuidArray(chunk.ids), asOf, policyJson, rule.id, rule.id, rule.subject, rule.citation, periods, periods],
  );
  return row;
}

/**
 * A statement with its values sent as bind parameters, in the entity manager's transaction if it has one.
 * (MikroORM's execute writes the values into the statement's text, which for a chunk's 5,000 ids builds
 * and copies a string of 200 kB several times.)
 */
async function bound<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const query = em
    .getConnection()
    .getKnex()
    .raw(sql, params as never[]);
  const trx = em.getTransactionContext();
  if (trx) query.transacting(trx as never);
  const result = (await query) as { rows: T[] };
  return result.rows;
}
