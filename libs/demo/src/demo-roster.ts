// The demo's public rosters: 城关街道 posted one six weeks ago and the phone a worker publishes (her own,
// with her consent) has changed since (so it is overdue for a new posting), 河东镇 posted this week, 西山乡
// has never posted one on record.
import { EntityManager } from '@mikro-orm/postgresql';
import { addDays, RegionLevel } from '@gridhr/common';
import { Region } from '@gridhr/org';
import { readRoster, RosterPublication, Worker, WorkerStatus } from '@gridhr/workers';

export async function seedDemoRosters(tx: EntityManager, today: string): Promise<void> {
  const regions = new Map((await tx.find(Region, { level: RegionLevel.TOWNSHIP })).map((r) => [r.code, r]));
  const workers = await tx.find(
    Worker,
    { regionCode: { $like: '140799001%' }, status: WorkerStatus.ACTIVE },
    { orderBy: { regionCode: 'asc', name: 'asc', id: 'asc' } },
  );
  await tx.flush();
  const publish = async (code: string, day: string, postedAt: string) => {
    const township = regions.get(code)!;
    const { content, fingerprint } = await readRoster(tx, township.prefix, day);
    tx.create(RosterPublication, { township, regionCode: code, publishedOn: day, postedAt, content, fingerprint, publishedBy: 'demo' });
  };
  await publish('140799001000', addDays(today, -42), '各社区党群服务中心公示栏');
  await publish('140799101000', addDays(today, -2), '镇政府公示栏、各村村务公开栏');
  const changed = workers.find((w) => w.phonePublishConsent && !w.workPhone)!;
  changed.phone = '13512340000';
  changed.rosterChangedOn = addDays(today, -20);
}
