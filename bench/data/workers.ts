// Grid workers with their grid assignments, and the public rosters the townships posted.
import { randomUUID } from 'node:crypto';
import { addDays } from '@gridhr/common';
import { idCheckCharacter, maskIdNumber, rosterContentSql } from '@gridhr/workers';
import { GenContext, insertRows } from './context';
import { GenGrid, GenRegion, OrgData } from './org';

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = [
  '建国',
  '秀英',
  '丽华',
  '志强',
  '海燕',
  '晓东',
  '春梅',
  '永红',
  '卫东',
  '桂兰',
  '国庆',
  '玉兰',
  '文军',
  '红霞',
  '建军',
  '利民',
  '振华',
  '雪梅',
  '静',
  '磊',
  '敏',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
];

export interface GenWorker {
  id: string;
  category: 'GRID_LEADER' | 'FULL_TIME' | 'PART_TIME' | 'PROFESSIONAL' | 'AUXILIARY' | 'INFORMANT';
  status: 'ONBOARDING' | 'ACTIVE' | 'EXITED';
  region: GenRegion;
  grids: GenGrid[];
  hiredOn: string | null;
  exitedOn: string | null;
  /** The township's code (9 digits + 000). */
  township: string;
}

/**
 * Who works where: in an urban grid a full-time worker (3% of the grids lost theirs two months ago) and
 * two part-timers, in a rural grid two part-time village cadres and an informant; a grid leader per
 * community or village over all its grids; per township two professional workers over half its grids
 * each, a full-timer in pre-job training and an auxiliary who left. Extra part-timers fill up to the
 * scale's number of workers.
 */
export function planWorkers(ctx: GenContext, org: OrgData): GenWorker[] {
  const { random, today } = ctx;
  const hired = () => addDays('2019-01-01', Math.floor(random() * 2860));
  const townshipOf = (code: string) => `${code.slice(0, 9)}000`;
  const workers: GenWorker[] = [];
  const add = (
    category: GenWorker['category'],
    region: GenRegion,
    grids: GenGrid[],
    status: GenWorker['status'] = 'ACTIVE',
    hiredOn: string | null = hired(),
  ) =>
    workers.push({
      id: randomUUID(),
      category,
      status,
      region,
      grids,
      hiredOn,
      exitedOn: status === 'EXITED' ? addDays(today, -60) : null,
      township: townshipOf(region.code),
    });
  const gridsOf = new Map<string, GenGrid[]>();
  for (const grid of org.grids) {
    const key = grid.region.code;
    gridsOf.set(key, [...(gridsOf.get(key) ?? []), grid]);
  }
  for (const grid of org.grids) {
    if (grid.urban) {
      add('FULL_TIME', grid.region, [grid], random() < 0.03 ? 'EXITED' : 'ACTIVE');
      add('PART_TIME', grid.region, [grid]);
      add('PART_TIME', grid.region, [grid]);
    } else {
      add('PART_TIME', grid.region, [grid]);
      add('PART_TIME', grid.region, [grid]);
      add('INFORMANT', grid.region, [grid]);
    }
  }
  for (const community of org.communities) add('GRID_LEADER', community, gridsOf.get(community.code) ?? [], 'ACTIVE', '2019-01-01');
  const byTownship = new Map<string, GenGrid[]>();
  for (const grid of org.grids) byTownship.set(townshipOf(grid.region.code), [...(byTownship.get(townshipOf(grid.region.code)) ?? []), grid]);
  for (const township of org.townships) {
    const own = byTownship.get(township.code) ?? [];
    const half = Math.ceil(own.length / 2);
    add('PROFESSIONAL', township, own.slice(0, half), 'ACTIVE', '2019-03-01');
    add('PROFESSIONAL', township, own.slice(half), 'ACTIVE', '2019-03-01');
    add('FULL_TIME', township, [], 'ONBOARDING', null);
    add('AUXILIARY', township, own.slice(0, 1), 'EXITED', '2020-05-01');
  }
  // Up to the scale's count: extra part-timers over the grids in turn (or fewer informants in a tiny place).
  for (let i = 0; workers.length < ctx.shape.workers; i++) {
    const grid = org.grids[(i * 7919) % org.grids.length];
    add('PART_TIME', grid.region, [grid]);
  }
  return workers.slice(0, ctx.shape.workers);
}

export async function loadWorkers(ctx: GenContext, workers: GenWorker[]): Promise<void> {
  const now = new Date().toISOString();
  const rows = workers.map((w, i) => {
    // Distinct people per county: a birth date per index over ~33 years, then a sequence number.
    const birth = addDays('1966-01-01', i % 12_000);
    const body = `${w.region.code.slice(0, 6)}${birth.replace(/-/g, '')}${String(100 + (Math.floor(i / 12_000) % 900)).padStart(3, '0')}`;
    const idNumber = body + idCheckCharacter(body);
    const male = Number(body[16]) % 2 === 1;
    const name = SURNAMES[Math.floor(ctx.random() * SURNAMES.length)] + GIVEN[Math.floor(ctx.random() * GIVEN.length)];
    return [
      w.id,
      name,
      ctx.cipher.encrypt(idNumber),
      ctx.cipher.hash(idNumber),
      maskIdNumber(idNumber),
      birth,
      male ? 'MALE' : 'FEMALE',
      String(13_000_000_000 + i * 37 + 1),
      ['SENIOR_HIGH', 'JUNIOR_COLLEGE', 'BACHELOR', 'JUNIOR_HIGH'][i % 4],
      ctx.random() < 0.35 ? 'CPC_MEMBER' : 'MASSES',
      ctx.random() < 0.08,
      ctx.random() < 0.03,
      ctx.random() < 0.15 ? 'ASSISTANT' : 'NONE',
      w.region.code,
      w.category === 'FULL_TIME' ? 'SERVICE_PURCHASE' : w.region.urban ? 'COMMUNITY_WORKER' : 'VILLAGE_COMMITTEE',
      w.category,
      w.status,
      w.region.id,
      w.region.code,
      w.hiredOn,
      w.exitedOn,
      now,
      now,
    ];
  });
  await insertRows(
    ctx.db,
    'worker',
    [
      ['id', 'uuid'],
      ['name', 'varchar'],
      ['id_number_cipher', 'text'],
      ['id_number_hash', 'varchar'],
      ['id_number_masked', 'varchar'],
      ['birth_date', 'date'],
      ['sex', 'sex'],
      ['phone', 'varchar'],
      ['education', 'education'],
      ['political_status', 'political_status'],
      ['veteran', 'bool'],
      ['low_income', 'bool'],
      ['social_work_certificate', 'social_work_certificate'],
      ['home_region_code', 'varchar'],
      ['hire_source', 'hire_source'],
      ['category', 'worker_category'],
      ['status', 'worker_status'],
      ['region_id', 'uuid'],
      ['region_code', 'varchar'],
      ['hired_on', 'date'],
      ['exited_on', 'date'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    rows,
  );
  const assignments = workers.flatMap((w) =>
    w.hiredOn ? w.grids.map((g) => [randomUUID(), w.id, g.id, w.category, w.hiredOn, w.exitedOn, g.region.code, now]) : [],
  );
  await insertRows(
    ctx.db,
    'grid_assignment',
    [
      ['id', 'uuid'],
      ['worker_id', 'uuid'],
      ['grid_id', 'uuid'],
      ['role', 'worker_category'],
      ['from_date', 'date'],
      ['to_date', 'date'],
      ['region_code', 'varchar'],
      ['created_at', 'timestamptz'],
    ],
    assignments,
  );
  ctx.log(`workers: ${workers.length} workers, ${assignments.length} grid assignments`);
}

/**
 * Nine townships in ten posted their roster three weeks ago (its content built by the project's own
 * roster SQL, so the fingerprint matches); the tenth never did.
 */
export async function loadRosters(ctx: GenContext): Promise<void> {
  const day = addDays(ctx.today, -21);
  const result = await ctx.db.query(
    `insert into roster_publication (id, township_id, region_code, published_on, posted_at, content, fingerprint, published_by, created_at)
     select gen_random_uuid(), r.id, r.code, $1::date, '社区服务中心公示栏', c.content, md5(c.content::text), 'township', now()
       from region r cross join lateral (select ${rosterContentSql('substr(r.code, 1, 9)', '$1::date')} as content) c
      where r.level = 'TOWNSHIP' and abs(hashtext(r.code)) % 10 <> 0`,
    [day],
  );
  ctx.log(`rosters: ${result.rowCount} publications`);
}
