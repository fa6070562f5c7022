import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, LoaderContext, ParseId, requestLoader, Role, Roles } from '@gridhr/common';
import { WorkerType } from '@gridhr/workers';
import { Application, Campaign, Position } from './campaign.entity';
import { Stage } from './recruiting.enums';
import { RecruitingExports } from './recruiting-exports';
import {
  ApplicationConnection,
  ApplicationType,
  CampaignConnection,
  CampaignType,
  FunnelRowType,
  ObjectionType,
  PositionType,
  PublicityRoundType,
  ScoreImportReportType,
  StageChangeType,
} from './recruiting.types';
import {
  ApplicationRefInput,
  ApplicationsArgs,
  CampaignRefInput,
  CampaignsArgs,
  CampaignStatusInput,
  CreateCampaignInput,
  DecideObjectionInput,
  EndApplicationInput,
  ExtraExamScoresInput,
  FileObjectionInput,
  HireInput,
  ImportScoresInput,
  OpenPublicityInput,
  RecordScoresInput,
  RegisterApplicantInput,
  StageDecisionInput,
} from './recruiting.inputs';
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

  @Query(() => CampaignType, { description: 'One recruitment campaign in your scope; NOT_FOUND outside it.' })
  campaign(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The campaign' }, ParseId) id: string) {
    return this.campaignsService.campaign(user, id);
  }

  @Query(() => CampaignConnection, { description: "Your county's recruitment campaigns, newest first." })
  campaigns(@CurrentUser() user: AuthUser, @Args() args: CampaignsArgs) {
    return this.campaignsService.campaigns(user, args);
  }

  @Query(() => [FunnelRowType], { description: 'Applications per stage per position.' })
  campaignFunnel(
    @CurrentUser() user: AuthUser,
    @Args('campaignId', { type: () => ID, description: 'The campaign, in your scope' }, ParseId) campaignId: string,
  ) {
    return this.funnel.rows(user, campaignId);
  }

  @Query(() => FileDownloadType, { description: 'The announcement, printable (xlsx).' })
  campaignAnnouncementExport(
    @CurrentUser() user: AuthUser,
    @Args('campaignId', { type: () => ID, description: 'The campaign, in your scope' }, ParseId) campaignId: string,
  ) {
    return this.exports.announcement(user, campaignId);
  }

  @Query(() => FileDownloadType, { description: 'The publicity notice (公示名单), printable (xlsx).' })
  publicityNoticeExport(
    @CurrentUser() user: AuthUser,
    @Args('campaignId', { type: () => ID, description: 'The campaign, in your scope' }, ParseId) campaignId: string,
    @Args('round', { type: () => Int, nullable: true, description: 'The round; default the latest' }) round?: number,
  ) {
    return this.exports.publicityNotice(user, campaignId, round);
  }

  @Mutation(() => CampaignType, { description: 'Creates a recruitment announcement (DRAFT) with its posts (COUNTY_PLC).' })
  @Roles(...COUNTY)
  createCampaign(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The county, the requirements, the dates and the posts' }) input: CreateCampaignInput,
  ) {
    return this.campaignsService.createCampaign(user, input);
  }

  @Mutation(() => CampaignType, { description: 'Publish (OPEN), close registration (CLOSED), finish.' })
  @Roles(...COUNTY)
  setCampaignStatus(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The campaign, the version you last read and the new status' }) input: CampaignStatusInput,
  ) {
    return this.campaignsService.setCampaignStatus(user, input);
  }

  @Mutation(() => [ApplicationType], {
    description: 'Closes the exam: ranks each position by composite score; the top headcount go on to MEDICAL (COUNTY_PLC).',
  })
  @Roles(...COUNTY)
  closeExam(@CurrentUser() user: AuthUser, @Args('input', { description: 'The campaign whose exam scores are complete' }) input: CampaignRefInput) {
    return this.exam.closeExam(user, input);
  }

  @Mutation(() => PublicityRoundType, {
    description:
      'Opens a publicity round (公示) of everyone vetted and not yet listed, for the working days of the campaign; a replacement (递补) gets a round of its own.',
  })
  @Roles(...COUNTY)
  openPublicity(@CurrentUser() user: AuthUser, @Args('input', { description: 'The campaign and the first day' }) input: OpenPublicityInput) {
    return this.publicity.openPublicity(user, input);
  }

  @Mutation(() => [ApplicationType], { description: 'Extra exam (加试) scores of applicants TIED for the last places; the places are filled again.' })
  @Roles(...COUNTY)
  recordExtraExamScores(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The campaign and the tied applicants’ scores' }) input: ExtraExamScoresInput,
  ) {
    return this.exam.recordExtraScores(user, input);
  }

  @ResolveField(() => [PublicityRoundType], { description: 'The publicity rounds, first first' })
  publicityRounds(@Parent() campaign: Campaign, @Context() context: LoaderContext) {
    return requestLoader(context, 'publicityRounds', (ids: readonly string[]) => this.publicity.rounds(ids)).load(campaign.id);
  }

  @ResolveField(() => [PositionType], { description: 'The posts offered, in the order announced' })
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

  @Query(() => ApplicationType, { description: 'One application in your scope, with its history; NOT_FOUND outside it.' })
  application(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The application' }, ParseId) id: string) {
    return this.applicationsService.application(user, id);
  }

  @Query(() => ApplicationConnection, { description: 'Applications of a campaign in your scope, by post and stage.' })
  applications(@CurrentUser() user: AuthUser, @Args() args: ApplicationsArgs) {
    return this.applicationsService.applications(user, args);
  }

  @Mutation(() => ApplicationType, {
    description: 'Registers an applicant for a post of an OPEN campaign (REGISTERED); an ID number registers once per campaign (CONFLICT).',
  })
  @Roles(...STAFF)
  registerApplicant(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The post and the applicant’s particulars and declarations' }) input: RegisterApplicantInput,
  ) {
    return this.applicationsService.register(user, input);
  }

  @Mutation(() => ApplicationType, { description: 'REGISTERED → ELIGIBILITY' })
  @Roles(...STAFF)
  startEligibilityReview(@CurrentUser() user: AuthUser, @Args('input', { description: 'The application, REGISTERED' }) input: ApplicationRefInput) {
    return this.applicationsService.startEligibilityReview(user, input);
  }

  @Mutation(() => ApplicationType, { description: 'ELIGIBILITY → EXAM, or REJECTED with the reasons' })
  @Roles(...STAFF)
  decideEligibility(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The application, at ELIGIBILITY; its declarations decide' }) input: ApplicationRefInput,
  ) {
    return this.applicationsService.decideEligibility(user, input);
  }

  @Mutation(() => [ApplicationType], { description: 'Written and interview scores, in bulk' })
  @Roles(...STAFF)
  recordExamScores(@CurrentUser() user: AuthUser, @Args('input', { description: 'The campaign and each applicant’s scores' }) input: RecordScoresInput) {
    return this.exam.recordScores(user, input);
  }

  @Mutation(() => ScoreImportReportType, { description: 'Scores from a sheet (身份证号, 姓名, 笔试成绩, 面试成绩); with any bad line nothing is recorded' })
  @Roles(...STAFF)
  importExamScores(@CurrentUser() user: AuthUser, @Args('input', { description: 'The campaign and the sheet' }) input: ImportScoresInput) {
    return this.exam.importScores(user, input);
  }

  @Mutation(() => ApplicationType, { description: 'MEDICAL → VETTING, or REJECTED (the next ranked moves up)' })
  @Roles(...STAFF)
  recordMedicalResult(@CurrentUser() user: AuthUser, @Args('input', { description: 'The application at MEDICAL and its result' }) input: StageDecisionInput) {
    return this.applicationsService.recordMedical(user, input);
  }

  @Mutation(() => ApplicationType, {
    description:
      'Records the political vetting (政治审查) result: passed marks the applicant vetted, to be listed by the next publicity round; failed (with the reason in note) → REJECTED and the next ranked moves up. COUNTY_PLC only: other roles get FORBIDDEN (reason COUNTY_ONLY).',
  })
  @Roles(...STAFF)
  recordVettingResult(@CurrentUser() user: AuthUser, @Args('input', { description: 'The application at VETTING and its result' }) input: StageDecisionInput) {
    return this.applicationsService.recordVetting(user, input);
  }

  @Mutation(() => ApplicationType, { description: 'The applicant withdraws; a place they held goes to the next ranked' })
  @Roles(...STAFF)
  withdrawApplication(@CurrentUser() user: AuthUser, @Args('input', { description: 'The application and the reason given' }) input: EndApplicationInput) {
    return this.applicationsService.end(user, input, Stage.WITHDRAWN);
  }

  @Mutation(() => ApplicationType, { description: 'Rejects with a reason; a place held goes to the next ranked' })
  @Roles(...STAFF)
  rejectApplication(@CurrentUser() user: AuthUser, @Args('input', { description: 'The application and the reason' }) input: EndApplicationInput) {
    return this.applicationsService.end(user, input, Stage.REJECTED);
  }

  @Mutation(() => ObjectionType, { description: 'Records an objection (异议) to a listed applicant during publicity.' })
  @Roles(...STAFF)
  fileObjection(@CurrentUser() user: AuthUser, @Args('input', { description: 'The application and the objection' }) input: FileObjectionInput) {
    return this.publicity.fileObjection(user, input);
  }

  @Mutation(() => ObjectionType, { description: 'Upheld: rejected, next ranked moves up; dismissed: continues' })
  @Roles(...COUNTY)
  decideObjection(@CurrentUser() user: AuthUser, @Args('input', { description: 'The objection and the decision' }) input: DecideObjectionInput) {
    return this.publicity.decideObjection(user, input);
  }

  @Mutation(() => ApplicationType, { description: 'TRAINING → HIRED after the pre-job session: on duty, with a draft contract' })
  @Roles(...STAFF)
  hireApplicant(@CurrentUser() user: AuthUser, @Args('input', { description: 'The application, the base pay and the contract’s end' }) input: HireInput) {
    return this.hiring.hire(user, input);
  }

  @ResolveField(() => PositionType, { description: 'The post applied for' })
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

  @ResolveField(() => [ObjectionType], {
    description: 'Objections (异议) filed against the applicant during publicity, first filed first, with their decisions',
  })
  objections(@Parent() application: Application, @Context() context: LoaderContext) {
    return requestLoader(context, 'applicationObjections', (ids: readonly string[]) => this.applicationsService.objectionsOf(ids)).load(application.id);
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
