import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, LoaderContext, ParseId, requestLoader, Role, Roles } from '@gridhr/common';
import { WorkerType } from '@gridhr/workers';
import { Application, Campaign, Position } from './campaign.entity';
import { Stage } from './recruiting.enums';
import { RecruitingExports } from './recruiting-exports';
import {
  ApplicationConnection,
  ApplicationRefInput,
  ApplicationsArgs,
  ApplicationType,
  CampaignConnection,
  CampaignRefInput,
  CampaignsArgs,
  CampaignStatusInput,
  CampaignType,
  CreateCampaignInput,
  DecideObjectionInput,
  EndApplicationInput,
  ExtraExamScoresInput,
  FileObjectionInput,
  FunnelRowType,
  HireInput,
  ImportScoresInput,
  ObjectionType,
  OpenPublicityInput,
  PositionType,
  PublicityRoundType,
  RecordScoresInput,
  RegisterApplicantInput,
  ScoreImportReportType,
  StageChangeType,
  StageDecisionInput,
} from './recruiting.types';
import { ApplicationsService } from './applications.service';
import { CampaignsService } from './campaigns.service';
import { ExamService } from './exam.service';
import { HiringService } from './hiring.service';
import { PublicityService } from './publicity.service';
import { FileDownloadType } from '@gridhr/sheets';
import { CampaignFunnelReport } from './recruiting.reports';

const COUNTY = [Role.COUNTY_PLC];
const STAFF = [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC];

@Resolver(() => CampaignType)
export class CampaignsResolver {
  constructor(
    private readonly campaignsService: CampaignsService,
    private readonly exam: ExamService,
    private readonly publicity: PublicityService,
    private readonly exports: RecruitingExports,
    private readonly funnel: CampaignFunnelReport,
  ) {}

  @Query(() => CampaignType)
  campaign(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, ParseId) id: string) {
    return this.campaignsService.campaign(user, id);
  }

  @Query(() => CampaignConnection, { description: "Your county's recruitment campaigns, newest first." })
  campaigns(@CurrentUser() user: AuthUser, @Args() args: CampaignsArgs) {
    return this.campaignsService.campaigns(user, args);
  }

  @Query(() => [FunnelRowType], { description: 'Applications per stage per position.' })
  campaignFunnel(@CurrentUser() user: AuthUser, @Args('campaignId', { type: () => ID }, ParseId) campaignId: string) {
    return this.funnel.rows(user, campaignId);
  }

  @Query(() => FileDownloadType, { description: 'The announcement, printable (xlsx).' })
  campaignAnnouncementExport(@CurrentUser() user: AuthUser, @Args('campaignId', { type: () => ID }, ParseId) campaignId: string) {
    return this.exports.announcement(user, campaignId);
  }

  @Query(() => FileDownloadType, { description: 'The publicity notice (公示名单), printable (xlsx).' })
  publicityNoticeExport(
    @CurrentUser() user: AuthUser,
    @Args('campaignId', { type: () => ID }, ParseId) campaignId: string,
    @Args('round', { type: () => Int, nullable: true, description: 'The round; default the latest' }) round?: number,
  ) {
    return this.exports.publicityNotice(user, campaignId, round);
  }

  @Mutation(() => CampaignType)
  @Roles(...COUNTY)
  createCampaign(@CurrentUser() user: AuthUser, @Args('input') input: CreateCampaignInput) {
    return this.campaignsService.createCampaign(user, input);
  }

  @Mutation(() => CampaignType, { description: 'Publish (OPEN), close registration (CLOSED), finish.' })
  @Roles(...COUNTY)
  setCampaignStatus(@CurrentUser() user: AuthUser, @Args('input') input: CampaignStatusInput) {
    return this.campaignsService.setCampaignStatus(user, input);
  }

  @Mutation(() => [ApplicationType], { description: 'Ranks each position; the top headcount go on to MEDICAL.' })
  @Roles(...COUNTY)
  closeExam(@CurrentUser() user: AuthUser, @Args('input') input: CampaignRefInput) {
    return this.exam.closeExam(user, input);
  }

  @Mutation(() => PublicityRoundType, {
    description:
      'Opens a publicity round (公示) of everyone vetted and not yet listed, for the working days of the campaign; a replacement (递补) gets a round of its own.',
  })
  @Roles(...COUNTY)
  openPublicity(@CurrentUser() user: AuthUser, @Args('input') input: OpenPublicityInput) {
    return this.publicity.openPublicity(user, input);
  }

  @Mutation(() => [ApplicationType], { description: 'Extra exam (加试) scores of applicants TIED for the last places; the places are filled again.' })
  @Roles(...COUNTY)
  recordExtraExamScores(@CurrentUser() user: AuthUser, @Args('input') input: ExtraExamScoresInput) {
    return this.exam.recordExtraScores(user, input);
  }

  @ResolveField(() => [PublicityRoundType], { description: 'The publicity rounds, first first' })
  publicityRounds(@Parent() campaign: Campaign, @Context() context: LoaderContext) {
    return requestLoader(context, 'publicityRounds', (ids: readonly string[]) => this.publicity.rounds(ids)).load(campaign.id);
  }

  @ResolveField(() => [PositionType])
  positions(@Parent() campaign: Campaign, @Context() context: LoaderContext) {
    return requestLoader(context, 'positionsOfCampaigns', (ids: readonly string[]) => this.campaignsService.positionsOf(ids)).load(campaign.id);
  }
}

@Resolver(() => ApplicationType)
export class ApplicationsResolver {
  constructor(
    private readonly applicationsService: ApplicationsService,
    private readonly exam: ExamService,
    private readonly publicity: PublicityService,
    private readonly hiring: HiringService,
  ) {}

  @Query(() => ApplicationType)
  application(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, ParseId) id: string) {
    return this.applicationsService.application(user, id);
  }

  @Query(() => ApplicationConnection)
  applications(@CurrentUser() user: AuthUser, @Args() args: ApplicationsArgs) {
    return this.applicationsService.applications(user, args);
  }

  @Mutation(() => ApplicationType)
  @Roles(...STAFF)
  registerApplicant(@CurrentUser() user: AuthUser, @Args('input') input: RegisterApplicantInput) {
    return this.applicationsService.register(user, input);
  }

  @Mutation(() => ApplicationType, { description: 'REGISTERED → ELIGIBILITY' })
  @Roles(...STAFF)
  startEligibilityReview(@CurrentUser() user: AuthUser, @Args('input') input: ApplicationRefInput) {
    return this.applicationsService.startEligibilityReview(user, input);
  }

  @Mutation(() => ApplicationType, { description: 'ELIGIBILITY → EXAM, or REJECTED with the reasons' })
  @Roles(...STAFF)
  decideEligibility(@CurrentUser() user: AuthUser, @Args('input') input: ApplicationRefInput) {
    return this.applicationsService.decideEligibility(user, input);
  }

  @Mutation(() => [ApplicationType], { description: 'Written and interview scores, in bulk' })
  @Roles(...STAFF)
  recordExamScores(@CurrentUser() user: AuthUser, @Args('input') input: RecordScoresInput) {
    return this.exam.recordScores(user, input);
  }

  @Mutation(() => ScoreImportReportType, { description: 'Scores from a sheet (身份证号, 姓名, 笔试成绩, 面试成绩); with any bad line nothing is recorded' })
  @Roles(...STAFF)
  importExamScores(@CurrentUser() user: AuthUser, @Args('input') input: ImportScoresInput) {
    return this.exam.importScores(user, input);
  }

  @Mutation(() => ApplicationType, { description: 'MEDICAL → VETTING, or REJECTED (the next ranked moves up)' })
  @Roles(...STAFF)
  recordMedicalResult(@CurrentUser() user: AuthUser, @Args('input') input: StageDecisionInput) {
    return this.applicationsService.recordMedical(user, input);
  }

  @Mutation(() => ApplicationType, { description: 'Political vetting: COUNTY_PLC only' })
  @Roles(...STAFF)
  recordVettingResult(@CurrentUser() user: AuthUser, @Args('input') input: StageDecisionInput) {
    return this.applicationsService.recordVetting(user, input);
  }

  @Mutation(() => ApplicationType, { description: 'The applicant withdraws; a place they held goes to the next ranked' })
  @Roles(...STAFF)
  withdrawApplication(@CurrentUser() user: AuthUser, @Args('input') input: EndApplicationInput) {
    return this.applicationsService.end(user, input, Stage.WITHDRAWN);
  }

  @Mutation(() => ApplicationType, { description: 'Rejects with a reason; a place held goes to the next ranked' })
  @Roles(...STAFF)
  rejectApplication(@CurrentUser() user: AuthUser, @Args('input') input: EndApplicationInput) {
    return this.applicationsService.end(user, input, Stage.REJECTED);
  }

  @Mutation(() => ObjectionType)
  @Roles(...STAFF)
  fileObjection(@CurrentUser() user: AuthUser, @Args('input') input: FileObjectionInput) {
    return this.publicity.fileObjection(user, input);
  }

  @Mutation(() => ObjectionType, { description: 'Upheld: rejected, next ranked moves up; dismissed: continues' })
  @Roles(...COUNTY)
  decideObjection(@CurrentUser() user: AuthUser, @Args('input') input: DecideObjectionInput) {
    return this.publicity.decideObjection(user, input);
  }

  @Mutation(() => ApplicationType, { description: 'TRAINING → HIRED after the pre-job session: on duty, with a draft contract' })
  @Roles(...STAFF)
  hireApplicant(@CurrentUser() user: AuthUser, @Args('input') input: HireInput) {
    return this.hiring.hire(user, input);
  }

  @ResolveField(() => PositionType)
  position(@Parent() application: Application): Position {
    return application.position;
  }

  @ResolveField(() => Float, { nullable: true, description: 'Composite exam score, points' })
  compositeScore(@Parent() application: Application): number | null {
    return application.compositeScore === null ? null : application.compositeScore / 100;
  }

  @ResolveField(() => Float, { nullable: true, description: 'Extra exam (加试) score of a tie, points' })
  extraExamScore(@Parent() application: Application): number | null {
    return application.extraExamScore === null ? null : application.extraExamScore / 100;
  }

  @ResolveField(() => PublicityRoundType, { nullable: true, description: 'The publicity round that lists the applicant' })
  publicityRound(@Parent() application: Application, @Context() context: LoaderContext) {
    const id = application.publicityRound?.id;
    return id ? requestLoader(context, 'publicityRoundById', (ids: readonly string[]) => this.publicity.roundsById(ids)).load(id) : null;
  }

  @ResolveField(() => WorkerType, { nullable: true, description: 'The worker record, from pre-job training on' })
  worker(@CurrentUser() user: AuthUser, @Parent() application: Application) {
    return this.applicationsService.workerOf(user, application);
  }

  @ResolveField(() => [StageChangeType], { description: "The applicant's history, oldest first" })
  history(@Parent() application: Application, @Context() context: LoaderContext) {
    return requestLoader(context, 'applicationHistory', (ids: readonly string[]) => this.applicationsService.historyOf(ids)).load(application.id);
  }
}

export const RECRUITING_RESOLVERS = [CampaignsResolver, ApplicationsResolver];
