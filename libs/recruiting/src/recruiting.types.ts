import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, JsonScalar, LocalDateScalar } from '@gridhr/common';
import { Education, WorkerCategory } from '@gridhr/workers';
import { CampaignStatus, ObjectionStatus, Stage, STAGE_LABELS } from './recruiting.enums';
import { ImportProblemType, SheetReadingType } from '@gridhr/sheets';
import { EmployerKind } from '@gridhr/contracts';

registerEnumType(CampaignStatus, {
  name: 'CampaignStatus',
  description: 'Where a recruitment campaign stands.',
  valuesMap: {
    DRAFT: { description: '草稿: being prepared, not published' },
    OPEN: { description: '报名中: published, registration open within its dates' },
    CLOSED: { description: '报名截止: registration closed; review, exams and the later stages go on' },
    FINISHED: { description: '已结束: the campaign is over' },
  },
});
registerEnumType(ObjectionStatus, {
  name: 'ObjectionStatus',
  description: 'Where an objection raised during publicity stands.',
  valuesMap: {
    OPEN: { description: '待处理: not yet decided; the applicant waits' },
    UPHELD: { description: '异议成立: the applicant is rejected and the next ranked moves up' },
    DISMISSED: { description: '异议不成立: the applicant continues' },
  },
});
registerEnumType(Stage, {
  name: 'ApplicationStage',
  description:
    'Where an application stands: the step it waits for, in the order REGISTERED → ELIGIBILITY → EXAM → MEDICAL → VETTING → PUBLICITY → TRAINING → HIRED, or how it ended (REJECTED, WITHDRAWN).',
  valuesMap: {
    REGISTERED: { description: `${STAGE_LABELS.REGISTERED}: registered for a post; the township starts the eligibility review` },
    ELIGIBILITY: { description: `${STAGE_LABELS.ELIGIBILITY}: age, education, residence and the disqualifying cases are checked` },
    EXAM: { description: `${STAGE_LABELS.EXAM}: written exam (笔试) and interview (面试), a weighted composite ranked per post` },
    MEDICAL: { description: `${STAGE_LABELS.MEDICAL}: the top-ranked applicants of each post take the medical examination` },
    VETTING: { description: `${STAGE_LABELS.VETTING}: political vetting, by the county political-legal committee only` },
    PUBLICITY: { description: `${STAGE_LABELS.PUBLICITY}: listed publicly for the campaign’s working days; objections are decided` },
    TRAINING: { description: `${STAGE_LABELS.TRAINING}: on the worker register (ONBOARDING) until the pre-job training session` },
    HIRED: { description: `${STAGE_LABELS.HIRED}: hired, the worker is ACTIVE, with a draft contract where the category has one` },
    REJECTED: { description: `${STAGE_LABELS.REJECTED}: ended by a failed stage or an upheld objection, with the reason` },
    WITHDRAWN: { description: `${STAGE_LABELS.WITHDRAWN}: the applicant withdrew; a place they held goes to the next ranked` },
  } satisfies Record<Stage, { description: string }>,
});

@ObjectType('Campaign', { description: 'A recruitment announcement (招聘公告)' })
export class CampaignType {
  @Field(() => ID, { description: 'Identifier of the campaign' }) id: string;
  @Field({ description: 'The announcement’s title' }) title: string;
  @Field({ description: 'The 12-digit code of the county that recruits (scope)' }) regionCode: string;
  @Field(() => Int, { description: 'Youngest age accepted, in full years on ageReferenceDate' }) minAge: number;
  @Field(() => Int, { description: 'Oldest age accepted, in full years on ageReferenceDate' }) maxAge: number;
  @Field(() => LocalDateScalar, { description: 'The day ages are counted on, YYYY-MM-DD' }) ageReferenceDate: string;
  @Field(() => Education, { nullable: true, description: 'Lowest education accepted (学历要求); null for none' }) minEducation: Education | null;
  @Field(() => String, { nullable: true, description: 'Household registration (户籍) required under this division-code prefix; null for none' })
  residencePrefix: string | null;
  @Field(() => String, { nullable: true, description: 'Further requirements as announced' }) otherRequirements: string | null;
  @Field(() => LocalDateScalar, { description: 'First day of registration (报名), YYYY-MM-DD' }) registrationFrom: string;
  @Field(() => LocalDateScalar, { description: 'Last day of registration, YYYY-MM-DD' }) registrationTo: string;
  @Field(() => Int, { description: 'Weight of the written exam in the composite score, percent; the interview has the rest' }) writtenWeightPercent: number;
  @Field(() => Int, { description: 'Length of each publicity (公示) period, in working days of the mainland calendar' }) publicityWorkingDays: number;
  @Field(() => CampaignStatus, { description: 'DRAFT, OPEN (registration open), CLOSED (registration closed) or FINISHED' }) status: CampaignStatus;
  @Field(() => [String], { description: 'The disqualifying cases of the eligibility review (policy recruiting.disqualifications when the campaign was made)' })
  disqualifications: string[];
  @Field(() => JsonScalar, { description: 'How equal scores are ordered (policy recruiting.priorityRule when the campaign was made)' }) priorityRule: unknown;
  @Field(() => EmployerKind, {
    nullable: true,
    description: 'The employer (用人单位) of the hires: a township government or a labour-service company; null: each post’s township',
  })
  employerKind: EmployerKind | null;
  @Field(() => String, { nullable: true, description: 'The employer’s name, e.g. 城关街道办事处' }) employerName: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with setCampaignStatus' }) version: number;
}

@ObjectType('PublicityRound', { description: 'One publicity (公示) of a campaign, with its own dates; a replacement (递补) gets a round of its own' })
export class PublicityRoundType {
  @Field(() => ID, { description: 'Identifier of the publicity round' }) id: string;
  @Field(() => Int, { description: '1 for the first publicity, 2 and on for replacements' }) round: number;
  @Field(() => LocalDateScalar, { description: 'First day of publicity, YYYY-MM-DD' }) startsOn: string;
  @Field(() => LocalDateScalar, { description: 'Last day: the period is this many working days on the mainland calendar' }) endsOn: string;
  @Field(() => String, { nullable: true, description: 'Why a period starting before the day it was opened was recorded' }) alreadyPostedReason: string | null;
  @Field({ description: 'Username of who opened the round' }) openedBy: string;
}

@ObjectType({ description: 'A page of recruitment campaigns, newest first.' })
export class CampaignConnection extends Connection(CampaignType, 'Campaign') {}

@ObjectType('Position', { description: 'A post (岗位) offered by a campaign.' })
export class PositionType {
  @Field(() => ID, { description: 'Identifier of the post' }) id: string;
  @Field({ description: 'The post as announced' }) title: string;
  @Field({ description: 'The 12-digit code of the township, community or village of the post' }) regionCode: string;
  @Field(() => WorkerCategory, { description: 'The category of grid worker hired' }) category: WorkerCategory;
  @Field(() => Int, { description: 'Places to fill (招聘人数)' }) headcount: number;
  @Field(() => EmployerKind, { nullable: true, description: 'This post’s employer, where not the campaign’s' }) employerKind: EmployerKind | null;
  @Field(() => String, { nullable: true, description: 'This post’s employer’s name, where not the campaign’s' }) employerName: string | null;
}

@ObjectType('Application', {
  description:
    'One applicant’s application (报名) for one post, and where it stands in REGISTERED → ELIGIBILITY → EXAM → MEDICAL → VETTING → PUBLICITY → TRAINING → HIRED.',
})
export class ApplicationType {
  @Field(() => ID, { description: 'Identifier of the application' }) id: string;
  @Field({ description: 'The applicant’s name' }) name: string;
  @Field({ description: 'The applicant’s resident ID number, masked (e.g. 1407**********1234)' }) idNumberMasked: string;
  @Field(() => LocalDateScalar, { description: 'Birth date from the ID number, YYYY-MM-DD' }) birthDate: string;
  @Field(() => Education, { nullable: true, description: 'Highest education declared' }) education: Education | null;
  @Field(() => Stage, { description: 'The step the application waits for, or how it ended (REJECTED, WITHDRAWN)' }) stage: Stage;
  @Field(() => String, { nullable: true, description: 'Why it was rejected or withdrawn; null while it goes on' }) endReason: string | null;
  @Field(() => Int, { nullable: true, description: 'Rank within the position; applicants tied share one' }) rank: number | null;
  @Field({ description: 'TIED: equal with others for the last places of the position; the extra exam (加试) decides' }) tied: boolean;
  @Field({ description: 'True once the applicant passed political vetting (政治审查)' }) vetted: boolean;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the applicant passed political vetting' }) vettedOn: string | null;
  @Field({ description: 'The 12-digit code of the post’s region (scope)' }) regionCode: string;
  @Field(() => Int, { description: 'Optimistic-lock version of the application' }) version: number;
}

@ObjectType({ description: 'A page of applications of a campaign, in rank order.' })
export class ApplicationConnection extends Connection(ApplicationType, 'Application') {}

@ObjectType('StageChange', { description: 'One step in an application’s history.' })
export class StageChangeType {
  @Field(() => Stage, { nullable: true, description: 'The stage before; null for the registration' }) fromStage: Stage | null;
  @Field(() => Stage, { description: 'The stage after' }) toStage: Stage;
  @Field(() => String, { nullable: true, description: 'Why, when the step ended or rejected the application' }) reason: string | null;
  @Field({ description: 'Username of who made the change' }) actor: string;
  @Field({ description: 'When, as an ISO 8601 instant' }) at: Date;
}

@ObjectType('Objection', { description: 'An objection (异议) raised during publicity, and its decision.' })
export class ObjectionType {
  @Field(() => ID, { description: 'Identifier of the objection' }) id: string;
  @Field({ description: 'What the objection says' }) content: string;
  @Field(() => LocalDateScalar, { description: 'The day it was filed, YYYY-MM-DD' }) filedOn: string;
  @Field(() => ObjectionStatus, { description: 'OPEN until decided; then UPHELD or DISMISSED' }) status: ObjectionStatus;
  @Field(() => String, { nullable: true, description: 'The decision and its grounds; null while OPEN' }) decision: string | null;
}

@ObjectType('FunnelRow', { description: 'Applications at one stage for one position' })
export class FunnelRowType {
  @Field(() => ID, { description: 'The post' }) positionId: string;
  @Field({ description: 'The post’s title' }) positionTitle: string;
  @Field(() => Int, { description: 'Places the post offers' }) headcount: number;
  @Field(() => Stage, { description: 'The stage counted' }) stage: Stage;
  @Field(() => Int, { description: 'Applications of the post now at this stage' }) count: number;
}

@ObjectType('ScoreImportReport', { description: 'What importExamScores did with a sheet.' })
export class ScoreImportReportType {
  @Field(() => Int, { description: 'Applicants whose scores were recorded (0 when any line has a problem)' }) recorded: number;
  @Field(() => [ImportProblemType], { description: 'Lines that could not be read or matched, with the row and the reason' }) problems: ImportProblemType[];
  @Field(() => SheetReadingType, { nullable: true, description: 'How the sheet was read' }) sheet?: SheetReadingType | null;
}
