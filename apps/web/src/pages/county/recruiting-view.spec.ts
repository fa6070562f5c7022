import { describe, expect, it } from '@jest/globals';
import { nextCampaignStatus, positionFunnels, stageTotals } from './recruiting-view';

describe('recruiting view', () => {
  const rows = [
    { positionId: 'p1', positionTitle: '东风社区专职网格员', headcount: 1, stage: 'EXAM' as const, count: 3 },
    { positionId: 'p1', positionTitle: '东风社区专职网格员', headcount: 1, stage: 'VETTING' as const, count: 1 },
    { positionId: 'p2', positionTitle: '河东镇兼职网格员', headcount: 2, stage: 'EXAM' as const, count: 2 },
    { positionId: 'p2', positionTitle: '河东镇兼职网格员', headcount: 2, stage: 'REJECTED' as const, count: 4 },
  ];

  it('sums the funnel per stage in stage order, with the stages nobody is at', () => {
    const totals = stageTotals(rows);
    expect(totals.map((t) => t.stage)).toEqual([
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
    ]);
    expect(totals.find((t) => t.stage === 'EXAM')!.count).toBe(5);
    expect(totals.find((t) => t.stage === 'VETTING')!.count).toBe(1);
    expect(totals.find((t) => t.stage === 'MEDICAL')!.count).toBe(0);
  });

  it('keeps one line per post with its counts and total', () => {
    const posts = positionFunnels(rows);
    expect(posts.map((p) => [p.positionId, p.total, p.counts.EXAM, p.counts.REJECTED])).toEqual([
      ['p1', 4, 3, 0],
      ['p2', 6, 2, 4],
    ]);
  });

  it('moves a campaign on one status at a time', () => {
    expect(nextCampaignStatus('DRAFT')).toBe('OPEN');
    expect(nextCampaignStatus('OPEN')).toBe('CLOSED');
    expect(nextCampaignStatus('CLOSED')).toBe('FINISHED');
    expect(nextCampaignStatus('FINISHED')).toBeNull();
  });
});
