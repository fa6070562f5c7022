import { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '@gridhr/common';
import { AuditService, SYSTEM_ACTOR } from '@gridhr/audit';
import { Grid, GridSetting, Region } from '@gridhr/org';
import {
  Education,
  GridAssignment,
  HireSource,
  idCheckCharacter,
  maskIdNumber,
  PiiCipher,
  PoliticalStatus,
  SocialWorkCertificate,
  Worker,
  WorkerCategory,
  WorkerStatus,
  workerSnapshot,
} from '@gridhr/workers';

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
  '翠花',
  '红霞',
  '建军',
  '小燕',
  '利民',
  '淑珍',
  '振华',
  '雪梅',
  '明亮',
  '佳怡',
  '子豪',
  '欣然',
  '浩然',
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
  '超',
  '霞',
  '平',
  '刚',
];

/**
 * Grids left without a full-time worker in the demo, so the vacancy list has something to show:
 * 140799001003-01 never had one; 140799001002-03 lost hers when she left on 2026-09-30.
 */
export const DEMO_NEVER_STAFFED = '140799001003-01';
export const DEMO_LEFT_VACANT = '140799001002-03';

interface Spec {
  category: WorkerCategory;
  status?: WorkerStatus;
  region: Region;
  grids: Grid[];
  hireSource: HireSource;
  hiredOn: string;
  exitedOn?: string;
}

/**
 * What the demo roster shows of each worker (PIPL art. 25: the personal phone only with consent): a grid
 * leader the community office's landline, full-time and professional workers the work mobile the
 * township issues, every other part-timer the personal phone with the consent recorded when hired;
 * informants and the other part-timers publish none.
 */
function demoPhonePublishing(spec: Spec, i: number): Partial<Pick<Worker, 'workPhone' | 'phonePublishConsent' | 'phonePublishConsentOn'>> {
  if (spec.category === WorkerCategory.GRID_LEADER) return { workPhone: `0354-3${String(100_000 + i)}` };
  if (spec.category === WorkerCategory.FULL_TIME || spec.category === WorkerCategory.PROFESSIONAL) return { workPhone: String(13_600_000_000 + i * 7919 + 1) };
  if (spec.category === WorkerCategory.PART_TIME && i % 2 === 0) return { phonePublishConsent: true, phonePublishConsentOn: spec.hiredOn };
  return {};
}

/**
 * About 150 workers over the demo grids: a full-time worker and two part-timers in each urban grid, a
 * part-time village cadre and an informant in each rural grid, a grid leader per community or village
 * covering all its grids, professional workers (police, judicial office) each covering a township's
 * grids, a few people in pre-job training and two who left. Deterministic: every demo database is the same.
 */
export function seedDemoWorkers(tx: EntityManager, cipher: PiiCipher, regions: Region[], grids: Grid[], random: () => number): Worker[] {
  const audit = new AuditService(tx);
  const specs: Spec[] = [];
  const created: Worker[] = [];
  const hired = () => addDays('2024-01-01', Math.floor(random() * 600));
  const gridsOf = (prefix: string) => grids.filter((g) => g.regionCode.startsWith(prefix));
  for (const region of regions.filter((r) => gridsOf(r.code).length)) {
    const own = gridsOf(region.code);
    const urban = own[0].setting === GridSetting.URBAN;
    specs.push({
      category: WorkerCategory.GRID_LEADER,
      region,
      grids: own,
      hireSource: urban ? HireSource.COMMUNITY_WORKER : HireSource.VILLAGE_COMMITTEE,
      hiredOn: '2024-01-01',
    });
    for (const grid of own) {
      if (urban) {
        if (grid.code === DEMO_LEFT_VACANT) {
          specs.push({
            category: WorkerCategory.FULL_TIME,
            status: WorkerStatus.EXITED,
            region,
            grids: [grid],
            hireSource: HireSource.SERVICE_PURCHASE,
            hiredOn: '2024-01-01',
            exitedOn: '2026-09-30',
          });
        } else if (grid.code !== DEMO_NEVER_STAFFED) {
          specs.push({ category: WorkerCategory.FULL_TIME, region, grids: [grid], hireSource: HireSource.SERVICE_PURCHASE, hiredOn: hired() });
        }
        specs.push({ category: WorkerCategory.PART_TIME, region, grids: [grid], hireSource: HireSource.COMMUNITY_WORKER, hiredOn: hired() });
        specs.push({ category: WorkerCategory.PART_TIME, region, grids: [grid], hireSource: HireSource.COMMUNITY_WORKER, hiredOn: hired() });
      } else {
        specs.push({ category: WorkerCategory.PART_TIME, region, grids: [grid], hireSource: HireSource.VILLAGE_COMMITTEE, hiredOn: hired() });
        specs.push({ category: WorkerCategory.INFORMANT, region, grids: [grid], hireSource: HireSource.VILLAGE_COMMITTEE, hiredOn: hired() });
      }
    }
  }
  for (const township of regions.filter((r) => r.code.endsWith('000') && !r.code.endsWith('000000') && gridsOf(r.prefix).length)) {
    const own = gridsOf(township.prefix);
    specs.push({
      category: WorkerCategory.PROFESSIONAL,
      region: township,
      grids: own.slice(0, Math.ceil(own.length / 2)),
      hireSource: HireSource.COMMUNITY_WORKER,
      hiredOn: '2024-03-01',
    });
    specs.push({
      category: WorkerCategory.PROFESSIONAL,
      region: township,
      grids: own.slice(Math.ceil(own.length / 2)),
      hireSource: HireSource.COMMUNITY_WORKER,
      hiredOn: '2024-03-01',
    });
    specs.push({
      category: WorkerCategory.FULL_TIME,
      status: WorkerStatus.ONBOARDING,
      region: township,
      grids: [],
      hireSource: HireSource.SERVICE_PURCHASE,
      hiredOn: '2026-11-02',
    });
    specs.push({
      category: WorkerCategory.AUXILIARY,
      status: WorkerStatus.EXITED,
      region: township,
      grids: own.slice(0, 1),
      hireSource: HireSource.LABOR_COMPANY,
      hiredOn: '2024-05-01',
      exitedOn: '2025-12-31',
    });
  }

  specs.forEach((spec, i) => {
    const male = random() < 0.45;
    const birth = `${1968 + Math.floor(random() * 32)}${String(1 + Math.floor(random() * 12)).padStart(2, '0')}${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    // Sequence numbers from 600 up keep clear of the ones the test factories use.
    const sequenceNumber = 600 + ((i * 2) % 398) + (male ? 1 : 0);
    const body = `${spec.region.code.slice(0, 6)}${birth}${sequenceNumber}`;
    const idNumber = body + idCheckCharacter(body);
    const status = spec.status ?? WorkerStatus.ACTIVE;
    const worker = tx.create(Worker, {
      name: SURNAMES[Math.floor(random() * SURNAMES.length)] + GIVEN[Math.floor(random() * GIVEN.length)],
      idNumberCipher: cipher.encrypt(idNumber),
      idNumberHash: cipher.hash(idNumber),
      idNumberMasked: maskIdNumber(idNumber),
      birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`,
      sex: (male ? 'MALE' : 'FEMALE') as Worker['sex'],
      phone: String(13_500_000_000 + i * 7919 + 1),
      ...demoPhonePublishing(spec, i),
      education: [Education.SENIOR_HIGH, Education.JUNIOR_COLLEGE, Education.BACHELOR, Education.JUNIOR_HIGH][Math.floor(random() * 4)],
      politicalStatus: random() < 0.35 ? PoliticalStatus.CPC_MEMBER : PoliticalStatus.MASSES,
      veteran: random() < 0.08,
      lowIncome: random() < 0.03,
      socialWorkCertificate: random() < 0.15 ? SocialWorkCertificate.ASSISTANT : SocialWorkCertificate.NONE,
      homeRegionCode: spec.region.code,
      hireSource: spec.hireSource,
      category: spec.category,
      status,
      region: spec.region,
      regionCode: spec.region.code,
      hiredOn: status === WorkerStatus.ONBOARDING ? null : spec.hiredOn,
      exitedOn: spec.exitedOn ?? null,
    });
    for (const grid of spec.grids) {
      tx.create(GridAssignment, { worker, grid, role: spec.category, fromDate: spec.hiredOn, toDate: spec.exitedOn ?? null, regionCode: grid.regionCode });
    }
    audit.record(tx, SYSTEM_ACTOR, {
      entity: 'Worker',
      entityId: worker.id,
      action: 'CREATE',
      before: null,
      after: workerSnapshot(worker),
      regionCode: worker.regionCode,
    });
    created.push(worker);
  });
  return created;
}
