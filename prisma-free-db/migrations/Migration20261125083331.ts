import { Migration } from '@mikro-orm/migrations';

// Grid sizing becomes one province policy (grid.sizing), no longer national defaults: Sichuan and Hunan get
// the numbers of their texts; the old per-number keys (never released with settings) are dropped.
const SICHUAN = {
  tolerancePercent: 20,
  bands: [{ regionLevel: 'COMMUNITY', householdsMin: 300, householdsMax: 500, populationAbout: 1000, source: '自贡市网格化服务管理办法第八条 [001]' }],
};
const HUNAN = {
  tolerancePercent: 20,
  bands: [
    { setting: 'URBAN', householdsMin: 300, householdsMax: 300, populationAbout: 1000, source: '永州市网格化服务管理规定 [002]' },
    { setting: 'RURAL', householdsMin: 200, householdsMax: 200, populationAbout: 500, source: '永州市网格化服务管理规定 [002]' },
  ],
};
const OLD_KEYS = [
  'grid.urbanHouseholdsMin',
  'grid.urbanHouseholdsMax',
  'grid.urbanPopulationMax',
  'grid.ruralHouseholdsMax',
  'grid.ruralPopulationMax',
  'grid.exclusiveResidentsMin',
  'grid.sizingTolerancePercent',
];

export class Migration20261125083331 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`delete from "policy_setting" where "key" in (${OLD_KEYS.map((k) => `'${k}'`).join(', ')});`);
    const seed = (code: string, value: object, from: string, source: string) =>
      this.addSql(
        `insert into "policy_setting" ("id", "region_code", "key", "value", "effective_from", "source", "created_at")
         values (gen_random_uuid(), '${code}', 'grid.sizing', '${JSON.stringify(value)}'::jsonb, '${from}', '${source}', now())
         on conflict ("region_code", "key", "effective_from") do nothing;`,
      );
    seed('510000000000', SICHUAN, '2024-02-01', 'Sichuan: Zigong City Grid Service Management Measures art. 8 (in force 2024-02-01) [001]');
    seed('430000000000', HUNAN, '2024-03-01', 'Hunan: Yongzhou City Grid Service Management Provisions (in force 2024-03-01) [002]');
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "policy_setting" where "key" = 'grid.sizing';`);
  }
}
