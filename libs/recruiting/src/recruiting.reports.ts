// Recruiting's reports, exported through @gridhr/reports.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { IsUUID } from 'class-validator';
import { AuthUser, validateInput } from '@gridhr/common';
import { Report, ReportResult } from '@gridhr/platform';
import { STAGE_LABELS, Stage } from './recruiting.enums';
import { CampaignsService } from './campaigns.service';

export interface FunnelRow {
  positionId: string;
  positionTitle: string;
  headcount: number;
  stage: Stage;
  count: number;
}

export class CampaignParams {
  @IsUUID() campaignId: string;
}

/** Applications per stage per position of a campaign: how far the recruiting has come. */
@Injectable()
export class CampaignFunnelReport implements Report<CampaignParams, FunnelRow> {
  readonly id = 'recruiting.funnel';
  readonly title = '招聘进展';
  readonly columns = [
    { key: 'positionTitle', header: '岗位', kind: 'text' as const, width: 30 },
    { key: 'headcount', header: '招聘人数', kind: 'int' as const },
    { key: 'stage', header: '阶段', kind: 'text' as const, labels: STAGE_LABELS },
    { key: 'count', header: '人数', kind: 'int' as const },
  ];

  constructor(
    private readonly em: EntityManager,
    private readonly campaigns: CampaignsService,
  ) {}

  parse(params: unknown): Promise<CampaignParams> {
    return validateInput(CampaignParams, params, 'params');
  }

  /** The caller's applications only: a township sees the funnel of its own positions. */
  async rows(user: AuthUser, campaignId: string): Promise<FunnelRow[]> {
    const campaign = await this.campaigns.campaign(user, campaignId);
    return this.em.execute<FunnelRow[]>(
      `select p.id as "positionId", p.title as "positionTitle", p.headcount, a.stage, count(*)::int as count
         from application a join "position" p on p.id = a.position_id
        where a.campaign_id = ? and a.region_code like ?
        group by p.id, p.title, p.headcount, a.stage
        order by p.title, a.stage`,
      [campaign.id, `${user.scopePrefix}%`],
    );
  }

  async run(user: AuthUser, params: CampaignParams): Promise<ReportResult<FunnelRow>> {
    const campaign = await this.campaigns.campaign(user, params.campaignId);
    return { title: `${campaign.title}进展`, fileName: `${campaign.title}进展`, rows: await this.rows(user, campaign.id) };
  }
}
