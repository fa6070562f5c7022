// Pure shaping of the recruiting answers for the county's pages (unit-tested in recruiting-view.spec.ts).
import type { ApplicationStage, CampaignStatus } from '../../graphql/generated';

/** The stages in the order an application goes through them, then how it may end. */
export const STAGE_ORDER: ApplicationStage[] = [
  'REGISTERED',
  'ELIGIBILITY',
  'EXAM',
  'MEDICAL',
  'VETTING',
  'PUBLICITY',
  'TRAINING',
  'HIRED',
  'REJECTED',
  'WITHDRAWN',
];

export interface FunnelCount {
  positionId: string;
  positionTitle: string;
  headcount: number;
  stage: ApplicationStage;
  count: number;
}

export interface PositionFunnel {
  positionId: string;
  positionTitle: string;
  headcount: number;
  counts: Record<ApplicationStage, number>;
  total: number;
}

const zero = () => Object.fromEntries(STAGE_ORDER.map((s) => [s, 0])) as Record<ApplicationStage, number>;

/** campaignFunnel's rows (per post per stage) as the campaign's totals per stage, in stage order. */
export function stageTotals(rows: FunnelCount[]): { stage: ApplicationStage; count: number }[] {
  const totals = zero();
  for (const r of rows) totals[r.stage] += r.count;
  return STAGE_ORDER.map((stage) => ({ stage, count: totals[stage] }));
}

/** campaignFunnel's rows as one line per post with its count at each stage. */
export function positionFunnels(rows: FunnelCount[]): PositionFunnel[] {
  const byPost = new Map<string, PositionFunnel>();
  for (const r of rows) {
    const post = byPost.get(r.positionId) ?? { positionId: r.positionId, positionTitle: r.positionTitle, headcount: r.headcount, counts: zero(), total: 0 };
    post.counts[r.stage] += r.count;
    post.total += r.count;
    byPost.set(r.positionId, post);
  }
  return [...byPost.values()];
}

/** The next status a campaign may be moved to (DRAFT → OPEN → CLOSED → FINISHED), none when finished. */
export function nextCampaignStatus(status: CampaignStatus): CampaignStatus | null {
  const order: CampaignStatus[] = ['DRAFT', 'OPEN', 'CLOSED', 'FINISHED'];
  return order[order.indexOf(status) + 1] ?? null;
}
