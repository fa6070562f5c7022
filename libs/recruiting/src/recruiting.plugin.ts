import { CostClass } from '@gridhr/common';
import { DomainPlugin } from '@gridhr/platform';
import { Application, Campaign, Objection, Position, StageChange } from './campaign.entity';
import { PublicityEndHandler, PublicitySweepHandler } from './recruiting.handlers';
import { PUBLICITY_END, PUBLICITY_SWEEP } from './recruiting.jobs';
import { RecruitingModule } from './recruiting.module';
import { RECRUITING_POLICIES } from './recruiting.policies';
import { CampaignFunnelReport } from './recruiting.reports';
import { PublicityRound } from './publicity-round.entity';

/** Recruiting campaigns from the announcement to the hire (Shanxi measures [004]). */
export const recruitingPlugin: DomainPlugin = {
  name: 'recruiting',
  module: RecruitingModule,
  entities: [Campaign, Position, Application, StageChange, Objection, PublicityRound],
  policies: RECRUITING_POLICIES,
  jobs: [PUBLICITY_END, PUBLICITY_SWEEP],
  handlers: [
    { job: PUBLICITY_END, handler: PublicityEndHandler },
    { job: PUBLICITY_SWEEP, handler: PublicitySweepHandler },
  ],
  schedules: [{ id: 'daily:publicity-sweep', job: PUBLICITY_SWEEP, data: {} }],
  reports: [CampaignFunnelReport],
  costs: {
    campaignAnnouncementExport: CostClass.FILE,
    campaignFunnel: CostClass.REPORT,
    importExamScores: CostClass.FILE,
    openPublicity: CostClass.JOB,
    publicityNoticeExport: CostClass.FILE,
  },
};
