// The generator's sections, one per domain, run in this order. A new domain adds its section here,
// reading what the earlier ones planned.
import { randomUUID } from 'node:crypto';
import { hashPassword } from '@gridhr/auth';
import { DEMO_PASSWORD } from '@gridhr/demo';
import { loadAssessment } from './assessment';
import { GenContext, insertRows } from './context';
import { loadContracts, loadInsurance } from './contracts';
import { loadOrg, OrgData, planOrg } from './org';
import { loadPayroll } from './payroll';
import { loadTraining } from './training';
import { GenWorker, loadRosters, loadWorkers, planWorkers } from './workers';

export interface Generated {
  org?: OrgData;
  workers?: GenWorker[];
}

export interface Section {
  name: string;
  run(ctx: GenContext, data: Generated): Promise<void>;
}

/** The logins the benchmark uses, one per scope, with the demo password; first city, county and township. */
async function loadUsers(ctx: GenContext, org: OrgData): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const county = org.counties[0];
  const townships = org.townships.filter((t) => t.code.startsWith(county.code.slice(0, 6)));
  const city = org.regions.find((r) => r.level === 'CITY')!;
  const province = org.regions[0];
  const users: [string, string, string, { id: string; code: string }][] = [
    ['admin', '系统管理员', 'SYSADMIN', province],
    ['city', `${city.name}管理员`, 'CITY_ADMIN', city],
    ['county', `${county.name}委政法委`, 'COUNTY_PLC', county],
    ['finance', `${county.name}财政局`, 'FINANCE', county],
    ['township', `${townships[0].name}综治中心`, 'TOWNSHIP_STAFF', townships[0]],
    ['township2', `${townships.at(-1)!.name}综治中心`, 'TOWNSHIP_STAFF', townships.at(-1)!],
  ];
  const now = new Date().toISOString();
  await insertRows(
    ctx.db,
    'app_user',
    [
      ['id', 'uuid'],
      ['username', 'varchar'],
      ['display_name', 'varchar'],
      ['password_hash', 'varchar'],
      ['role', 'user_role'],
      ['scope_region_id', 'uuid'],
      ['region_code', 'varchar'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    users.map(([username, displayName, role, region]) => [randomUUID(), username, displayName, passwordHash, role, region.id, region.code, now, now]),
  );
}

export const SECTIONS: Section[] = [
  {
    name: 'org',
    run: async (ctx, data) => {
      data.org = planOrg(ctx);
      await loadOrg(ctx, data.org);
      await loadUsers(ctx, data.org);
    },
  },
  {
    name: 'workers',
    run: async (ctx, data) => {
      data.workers = planWorkers(ctx, data.org!);
      await loadWorkers(ctx, data.workers);
      await loadRosters(ctx);
    },
  },
  {
    name: 'contracts',
    run: async (ctx, data) => {
      await loadContracts(ctx, data.workers!);
      await loadInsurance(ctx);
    },
  },
  { name: 'training', run: (ctx) => loadTraining(ctx) },
  { name: 'payroll', run: (ctx) => loadPayroll(ctx) },
  { name: 'assessment', run: (ctx) => loadAssessment(ctx) },
];
