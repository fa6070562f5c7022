// This year's training: two county sessions and three township sessions (one township in twenty is a
// session behind), attended by the measured workers of the organiser who were hired by then.
import { GenContext } from './context';

export async function loadTraining(ctx: GenContext): Promise<void> {
  const year = ctx.today.slice(0, 4);
  await ctx.db.query(
    `insert into training_session (id, level, kind, organiser_id, region_code, held_on, minutes, topic, trainer, place, version, created_at)
     select gen_random_uuid(), r.level::text::training_level, 'REGULAR', r.id, r.code, d.day, 120, d.topic, '县委政法委', r.name || '会议室', 1, now()
       from region r
       cross join lateral (
         select make_date($1::int, m.month, m.dom) as day, m.topic
           from (values (4, 15, 'COUNTY', '网格员履职能力培训'), (9, 15, 'COUNTY', '矛盾纠纷排查化解'),
                        (3, 10, 'TOWNSHIP', '网格走访与信息采集'), (6, 10, 'TOWNSHIP', '安全隐患排查与上报'), (9, 10, 'TOWNSHIP', '政策宣传与代办服务')) m(month, dom, level, topic)
          where m.level = r.level::text) d
      where r.level in ('COUNTY', 'TOWNSHIP') and d.day <= $2::date
        and not (r.level = 'TOWNSHIP' and d.day = make_date($1::int, 9, 10) and abs(hashtext(r.code)) % 20 = 0)`,
    [Number(year), ctx.today],
  );
  // Statistics first: without them the planner joins the fresh tables by nested loops (148 s for the
  // province's attendance instead of under a second).
  await ctx.db.query('analyze worker, training_session');
  // Who could have come: the measured workers under the organiser, on the register by the day (joined on
  // the code prefix as an equality, so it hashes instead of matching every worker against every session).
  const pairs = (level: string, digits: number) => `
    select ts.id as session_id, w.id as worker_id, w.region_code
      from training_session ts join worker w on substr(w.region_code, 1, ${digits}) = substr(ts.region_code, 1, ${digits})
     where ts.level = '${level}' and w.status = 'ACTIVE' and w.category <> 'INFORMANT' and w.hired_on <= ts.held_on`;
  const eligible = `(${pairs('COUNTY', 6)} union all ${pairs('TOWNSHIP', 9)}) p`;
  const [{ n }] = (await ctx.db.query(`select count(*)::int as n from ${eligible}`)).rows as { n: number }[];
  // Keep as many attendance rows as the scale asks for; of those, 85% present, 10% absent, 5% excused.
  const keep = Math.min(1000, Math.round((1000 * ctx.shape.attendance) / Math.max(1, n)));
  const result = await ctx.db.query(
    `insert into attendance (id, session_id, worker_id, region_code, status)
     select gen_random_uuid(), p.session_id, p.worker_id, p.region_code,
            (case when h.v % 100 < 85 then 'PRESENT' when h.v % 100 < 95 then 'ABSENT' else 'EXCUSED' end)::attendance_status
       from ${eligible} cross join lateral (select abs(hashtext(p.session_id::text || p.worker_id::text)) as v) h
      where h.v / 100 % 1000 < ${keep}`,
  );
  ctx.log(`training: ${result.rowCount} attendance rows (of ${n} possible)`);
}
