import { Migration } from '@mikro-orm/migrations';

// The minimum-wage table as gathered in ../shared/data/minimum-wages-cn.csv (2026-11): province code and name, tier,
// areas, monthly and part-time hourly standard in fen, effective date, source, verification, status, and whether the
// standard includes the worker's own contributions (not in Beijing and Shanghai). UNVERIFIED or undated rows are
// UNCONFIRMED: shown, never applied until SYSADMIN confirms them with a date.
const MINIMUM_WAGES: [string, string, string, string | null, number, number, string | null, string, string, string, boolean][] = [
  ['11', '北京', '单档', '全市', 254000, 2770, '2025-09-01', 'AttendanceDesktop', 'third-party', 'CONFIRMED', false],
  ['12', '天津', '单档', '全市', 251000, 2660, null, 'AttendanceDesktop', 'third-party', 'UNCONFIRMED', true],
  ['13', '河北', '一档', null, 238000, 2400, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  ['13', '河北', '二档', null, 223000, 2200, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  ['13', '河北', '三档', null, 208000, 2000, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  [
    '14',
    '山西',
    '一类',
    'tiers are listed per county in the notice annex',
    198000,
    2130,
    '2023-01-01',
    'Shanxi provincial minimum wage notice effective 2023-01-01 (full text quoted online)',
    'confirmed amounts; county list per tier not reproduced here',
    'CONFIRMED',
    true,
  ],
  [
    '14',
    '山西',
    '二类',
    'tiers are listed per county in the notice annex',
    188000,
    2020,
    '2023-01-01',
    'Shanxi provincial minimum wage notice effective 2023-01-01 (full text quoted online)',
    'confirmed amounts; county list per tier not reproduced here',
    'CONFIRMED',
    true,
  ],
  [
    '14',
    '山西',
    '三类',
    'tiers are listed per county in the notice annex',
    178000,
    1910,
    '2023-01-01',
    'Shanxi provincial minimum wage notice effective 2023-01-01 (full text quoted online)',
    'confirmed amounts; county list per tier not reproduced here',
    'CONFIRMED',
    true,
  ],
  [
    '14',
    '山西',
    '一类',
    '太原',
    215000,
    2320,
    null,
    'AttendanceDesktop',
    'UNVERIFIED: no official notice found for these amounts; the confirmed standard is the 2023-01-01 row',
    'UNCONFIRMED',
    true,
  ],
  [
    '14',
    '山西',
    '二类',
    '大同/阳泉/长治/晋城',
    205000,
    2210,
    null,
    'AttendanceDesktop',
    'UNVERIFIED: no official notice found for these amounts; the confirmed standard is the 2023-01-01 row',
    'UNCONFIRMED',
    true,
  ],
  [
    '14',
    '山西',
    '三类',
    '朔州/晋中/运城/忻州/临汾/吕梁',
    195000,
    2090,
    null,
    'AttendanceDesktop',
    'UNVERIFIED: no official notice found for these amounts; the confirmed standard is the 2023-01-01 row',
    'UNCONFIRMED',
    true,
  ],
  ['15', '内蒙古', '一档', null, 238000, 2350, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  ['15', '内蒙古', '二档', null, 231000, 2280, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  ['15', '内蒙古', '三档', null, 225000, 2220, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  ['21', '辽宁', '一档', null, 223000, 2200, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  ['21', '辽宁', '二档', null, 208000, 2000, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  ['21', '辽宁', '三档', null, 193000, 1900, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  ['22', '吉林', '一档', '长春', 223000, 2200, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  ['22', '吉林', '二档', '吉林 白山 松原 延吉 珲春', 202000, 2050, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  ['22', '吉林', '三档', '四平 辽源 通化 白城 梅河口 各县', 187000, 1900, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  ['23', '黑龙江', '一档', null, 227000, 2100, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  ['23', '黑龙江', '二档', null, 201000, 1880, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  ['23', '黑龙江', '三档', null, 191000, 1820, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  [
    '31',
    '上海',
    '单档',
    '全市',
    274000,
    2500,
    '2025-07-01',
    'AttendanceDesktop',
    'third-party; MOHRSS table 2026-01 says Shanghai highest 2740',
    'CONFIRMED',
    false,
  ],
  ['32', '江苏', '一档', '南京苏州无锡常州镇江', 266000, 2500, '2026-01-01', 'AttendanceDesktop', 'third-party', 'CONFIRMED', true],
  ['32', '江苏', '二档', '徐州南通等', 243000, 2300, '2026-01-01', 'AttendanceDesktop', 'third-party', 'CONFIRMED', true],
  ['32', '江苏', '三档', '宿迁', 218000, 2100, '2026-01-01', 'AttendanceDesktop', 'third-party', 'CONFIRMED', true],
  ['33', '浙江', '一档', '杭甬温', 266000, 2500, '2026-01-01', 'AttendanceDesktop (浙政发〔2025〕23号)', 'third-party', 'CONFIRMED', true],
  ['33', '浙江', '二档', '嘉湖绍金舟台', 243000, 2300, '2026-01-01', 'AttendanceDesktop (浙政发〔2025〕23号)', 'third-party', 'CONFIRMED', true],
  ['33', '浙江', '三档', '衢丽', 218000, 2100, '2026-01-01', 'AttendanceDesktop (浙政发〔2025〕23号)', 'third-party', 'CONFIRMED', true],
  [
    '36',
    '江西',
    '一类',
    '南昌市区',
    224000,
    2240,
    '2025-12-01',
    'china-payroll.com (赣府厅字〔2025〕42号 per AttendanceDesktop)',
    'secondary',
    'CONFIRMED',
    true,
  ],
  [
    '36',
    '江西',
    '二类',
    '设区市城区',
    209000,
    2090,
    '2025-12-01',
    'china-payroll.com (赣府厅字〔2025〕42号 per AttendanceDesktop)',
    'secondary',
    'CONFIRMED',
    true,
  ],
  ['36', '江西', '三类', '各县', 195000, 1950, '2025-12-01', 'china-payroll.com (赣府厅字〔2025〕42号 per AttendanceDesktop)', 'secondary', 'CONFIRMED', true],
  ['41', '河南', '一档', null, 235000, 2300, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  ['41', '河南', '二档', null, 215000, 2110, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  ['41', '河南', '三档', null, 200000, 1960, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  [
    '42',
    '湖北',
    '一档',
    '武汉市区/襄阳(襄城 樊城)/宜昌(西陵 伍家岗 点军 猇亭)',
    240000,
    2400,
    '2025-12-01',
    '鄂政办发〔2025〕44号 quoted in GitHub verified_sources script',
    'official text quoted',
    'CONFIRMED',
    true,
  ],
  [
    '42',
    '湖北',
    '二档',
    '黄石/十堰/荆州/荆门(市区)',
    213000,
    2150,
    '2025-12-01',
    '鄂政办发〔2025〕44号',
    'amounts official; areas third-party',
    'CONFIRMED',
    true,
  ],
  ['42', '湖北', '三档', '其余', 197000, 2000, '2025-12-01', '鄂政办发〔2025〕44号', 'amounts official', 'CONFIRMED', true],
  [
    '43',
    '湖南',
    '一类',
    '长沙/株洲/湘潭(城区)',
    220000,
    2200,
    '2025-09-01',
    'china-payroll.com 2025-12-16 + AttendanceDesktop',
    'amounts confirmed; city mapping third-party',
    'CONFIRMED',
    true,
  ],
  [
    '43',
    '湖南',
    '二类',
    '衡阳/岳阳/常德/张家界(城区)',
    200000,
    2000,
    '2025-09-01',
    'china-payroll.com + AttendanceDesktop',
    'amounts confirmed',
    'CONFIRMED',
    true,
  ],
  [
    '43',
    '湖南',
    '三类',
    '邵阳/益阳/郴州/永州/怀化/娄底/湘西',
    180000,
    1800,
    '2025-09-01',
    'china-payroll.com + AttendanceDesktop',
    'amounts confirmed; 永州 tier third-party only',
    'CONFIRMED',
    true,
  ],
  ['44', '广东', '一类', '广州', 250000, 2370, '2025-03-01', 'AttendanceDesktop app/wages.py', 'third-party; date from Zhuhai notice', 'CONFIRMED', true],
  [
    '44',
    '广东',
    '二类',
    '珠海/佛山/东莞/中山',
    208000,
    1980,
    '2025-03-01',
    'bayarea.gov.hk (Zhuhai notice 2025-02-23) + AttendanceDesktop',
    'Zhuhai confirmed by HK govt summary',
    'CONFIRMED',
    true,
  ],
  [
    '44',
    '广东',
    '三类',
    '汕头/惠州/江门/湛江/肇庆',
    185000,
    1830,
    '2025-03-01',
    'AttendanceDesktop app/wages.py',
    'third-party; 茂名 tier disputed',
    'CONFIRMED',
    true,
  ],
  [
    '44',
    '广东',
    '四类',
    '韶关/茂名?/清远/梅州/汕尾/河源/阳江/潮州/揭阳/云浮',
    175000,
    1740,
    '2025-03-01',
    'AttendanceDesktop app/wages.py',
    'third-party; 清远 in 四类',
    'CONFIRMED',
    true,
  ],
  [
    '44',
    '广东',
    '深圳(单列)',
    '深圳',
    252000,
    2370,
    '2025-03-01',
    'AttendanceDesktop app/wages.py',
    'single third-party source (hourly unverified)',
    'CONFIRMED',
    true,
  ],
  ['46', '海南', '一类', '海口三亚三沙儋州', 225000, 2000, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  ['46', '海南', '二类', '其余', 207000, 1840, '2025-12-01', 'china-payroll.com', 'secondary', 'CONFIRMED', true],
  ['50', '重庆', '一类', '主城等', 233000, 2300, '2025-01-01', 'AttendanceDesktop (渝人社发〔2024〕22号)', 'third-party', 'CONFIRMED', true],
  ['50', '重庆', '二类', '城口等12县', 220000, 2200, '2025-01-01', 'AttendanceDesktop', 'third-party', 'CONFIRMED', true],
  [
    '51',
    '四川',
    '一档',
    '成都(市区)/攀枝花',
    233000,
    2300,
    '2025-01-01',
    'AttendanceDesktop (cites 川府规〔2024〕4号)',
    'single third-party source',
    'CONFIRMED',
    true,
  ],
  [
    '51',
    '四川',
    '二档',
    '自贡/泸州/德阳/绵阳/广元/乐山/南充/宜宾/达州/内江/雅安/巴中/资阳/眉山/遂宁/广安?/甘孜/阿坝/凉山',
    220000,
    2200,
    '2025-01-01',
    'AttendanceDesktop',
    'single third-party source; 自贡=二档',
    'CONFIRMED',
    true,
  ],
  ['62', '甘肃', '一档', '兰州', 220000, 2200, '2025-12-01', 'china-payroll.com Dec 2025 overview', 'secondary source', 'CONFIRMED', true],
  ['62', '甘肃', '二档', '天水白银酒泉', 213000, 2150, '2025-12-01', 'china-payroll.com Dec 2025 overview', 'secondary source', 'CONFIRMED', true],
  ['62', '甘肃', '三档', '其余', 208000, 2100, '2025-12-01', 'china-payroll.com Dec 2025 overview', 'secondary source', 'CONFIRMED', true],
];

export class Migration20261125090032 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "minimum_wage_status" as enum ('CONFIRMED', 'UNCONFIRMED');`);
    this.addSql(`create type "pay_period_kind" as enum ('MONTH', 'FIRST_HALF', 'SECOND_HALF');`);
    this.addSql(`create type "payroll_run_kind" as enum ('REGULAR', 'ADJUSTMENT');`);
    this.addSql(`create type "payroll_run_status" as enum ('DRAFT', 'SUBMITTED', 'APPROVED', 'PAID');`);
    this.addSql(
      `create type "pay_item_kind" as enum ('PERFORMANCE', 'REWARD', 'PER_CASE', 'ALLOWANCE', 'SPECIAL_ALLOWANCE', 'OVERTIME', 'DEDUCTION', 'OWN_INSURANCE', 'EMPLOYER_INSURANCE', 'HOURS');`,
    );
    this.addSql(
      `create table "county_wage_tier" ("id" uuid not null, "county_code" varchar(6) not null, "tier" varchar(20) not null, "effective_from" date not null, "source" varchar(300) not null, "set_by" varchar(64) not null, "version" int not null default 1, "created_at" timestamptz not null, constraint "county_wage_tier_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "county_wage_tier" add constraint "county_wage_tier_county_code_effective_from_unique" unique ("county_code", "effective_from");`);

    this.addSql(
      `create table "minimum_wage" ("id" uuid not null, "province_code" varchar(2) not null, "province_name" varchar(20) not null, "tier" varchar(20) not null, "areas" text null, "monthly_fen" bigint not null, "hourly_fen" bigint not null, "effective_from" date null, "source" varchar(300) not null, "verification" varchar(300) not null, "status" "minimum_wage_status" not null, "includes_own_contributions" boolean not null, "confirmed_by" varchar(64) null, "version" int not null default 1, "updated_at" timestamptz not null, constraint "minimum_wage_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "minimum_wage_province_code_tier_effective_from_index" on "minimum_wage" ("province_code", "tier", "effective_from");`);

    this.addSql(
      `create table "payroll_run" ("id" uuid not null, "township_id" uuid not null, "region_code" varchar(12) not null, "month" varchar(7) not null, "period_kind" "pay_period_kind" not null, "period_from" date not null, "period_to" date not null, "kind" "payroll_run_kind" not null, "sequence" int not null, "status" "payroll_run_status" not null default 'DRAFT', "note" varchar(500) null, "line_count" int not null default 0, "gross_fen" bigint not null default 0, "net_fen" bigint not null default 0, "employer_insurance_fen" bigint not null default 0, "breach_count" int not null default 0, "generated_by" varchar(64) not null, "submitted_by" varchar(64) null, "approved_by" varchar(64) null, "approved_on" date null, "paid_on" date null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "payroll_run_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "payroll_run_region_code_idx" on "payroll_run" ("region_code" text_pattern_ops, "month");`);
    this.addSql(
      `alter table "payroll_run" add constraint "payroll_run_township_id_period_from_period_kind_sequence_unique" unique ("township_id", "period_from", "period_kind", "sequence");`,
    );

    this.addSql(
      `create table "payroll_generation" ("id" uuid not null, "county_id" uuid not null, "region_code" varchar(12) not null, "month" varchar(7) not null, "status" varchar(10) not null default 'QUEUED', "townships_total" int not null default 0, "townships_done" int not null default 0, "runs_generated" int not null default 0, "skipped" jsonb not null, "error" text null, "requested_by" varchar(64) not null, "created_at" timestamptz not null, constraint "payroll_generation_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "pay_line" ("id" uuid not null, "run_id" uuid not null, "worker_id" uuid not null, "region_code" varchar(12) not null, "worker_name" varchar(50) not null, "category" "worker_category" not null, "employer_name" varchar(100) null, "employed_days" int not null, "base_fen" bigint not null, "performance_fen" bigint not null, "reward_fen" bigint not null, "per_case_fen" bigint not null, "allowance_fen" bigint not null, "special_allowance_fen" bigint not null, "overtime_fen" bigint not null, "deduction_fen" bigint not null, "gross_fen" bigint not null, "own_insurance_fen" bigint not null, "net_fen" bigint not null, "employer_insurance_fen" bigint not null, "minutes" int not null, "floor_checks" jsonb not null, "minimum_wage_id" uuid null, "breach" boolean not null, "shortfall_fen" bigint not null, constraint "pay_line_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "pay_line_worker_id_index" on "pay_line" ("worker_id");`);
    this.addSql(`create index "pay_line_run_id_index" on "pay_line" ("run_id");`);

    this.addSql(
      `create table "pay_item" ("id" uuid not null, "worker_id" uuid not null, "region_code" varchar(12) not null, "period_from" date not null, "kind" "pay_item_kind" not null, "amount_fen" bigint not null, "cases" int null, "rate_fen" bigint null, "minutes" int null, "note" varchar(200) null, "entered_by" varchar(64) not null, "version" int not null default 1, "created_at" timestamptz not null, constraint "pay_item_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "pay_item_region_code_idx" on "pay_item" ("region_code" text_pattern_ops, "period_from");`);
    this.addSql(`create index "pay_item_worker_id_period_from_index" on "pay_item" ("worker_id", "period_from");`);

    this.addSql(
      `alter table "payroll_run" add constraint "payroll_run_township_id_foreign" foreign key ("township_id") references "region" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "payroll_generation" add constraint "payroll_generation_county_id_foreign" foreign key ("county_id") references "region" ("id") on update cascade;`,
    );

    this.addSql(`alter table "pay_line" add constraint "pay_line_run_id_foreign" foreign key ("run_id") references "payroll_run" ("id") on update cascade;`);
    this.addSql(`alter table "pay_line" add constraint "pay_line_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade;`);
    this.addSql(
      `alter table "pay_line" add constraint "pay_line_minimum_wage_id_foreign" foreign key ("minimum_wage_id") references "minimum_wage" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "pay_item" add constraint "pay_item_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade;`);

    this.addSql(`alter table "contract" add column "probation_monthly_pay_fen" bigint null;`);

    const text = (v: string | null) => (v === null ? 'null' : `'${v.replace(/'/g, "''")}'`);
    this.addSql(
      `insert into "minimum_wage" ("id", "province_code", "province_name", "tier", "areas", "monthly_fen", "hourly_fen", "effective_from", "source", "verification", "status", "includes_own_contributions", "updated_at") values ${MINIMUM_WAGES.map(
        ([code, name, tier, areas, monthly, hourly, from, source, verification, status, includes]) =>
          `(gen_random_uuid(), ${text(code)}, ${text(name)}, ${text(tier)}, ${text(areas)}, ${monthly}, ${hourly}, ${text(from)}, ${text(source)}, ${text(verification)}, '${status}', ${includes}, now())`,
      ).join(', ')};`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "pay_line" drop constraint "pay_line_minimum_wage_id_foreign";`);

    this.addSql(`alter table "pay_line" drop constraint "pay_line_run_id_foreign";`);

    this.addSql(`drop table if exists "county_wage_tier" cascade;`);

    this.addSql(`drop table if exists "minimum_wage" cascade;`);

    this.addSql(`drop table if exists "payroll_run" cascade;`);

    this.addSql(`drop table if exists "payroll_generation" cascade;`);

    this.addSql(`drop table if exists "pay_line" cascade;`);

    this.addSql(`drop table if exists "pay_item" cascade;`);

    this.addSql(`alter table "contract" drop column "probation_monthly_pay_fen";`);

    this.addSql(`drop type "minimum_wage_status";`);
    this.addSql(`drop type "pay_period_kind";`);
    this.addSql(`drop type "payroll_run_kind";`);
    this.addSql(`drop type "payroll_run_status";`);
    this.addSql(`drop type "pay_item_kind";`);
  }
}
