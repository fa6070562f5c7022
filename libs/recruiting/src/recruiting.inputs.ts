// What county staff send to run a campaign: the inputs and arguments of the recruiting API.
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import {
  ConnectionArgs,
  Fen,
  FenScalar,
  IsBusinessDate,
  IsCleanText,
  IsLocalDate,
  IsPersonName,
  IsPlaceName,
  LocalDateScalar,
  LongString,
} from '@gridhr/common';
import { Education, WorkerCategory } from '@gridhr/workers';
import { CampaignStatus, Stage } from './recruiting.enums';
import { MappedSheetInput } from '@gridhr/sheets';
import { EmployerKind } from '@gridhr/contracts';
@InputType({ description: 'A post (岗位) offered by a campaign: where, which category of grid worker, and how many.' })
export class PositionInputType {
  @Field({ description: 'The post as announced, e.g. 城关街道专职网格员, 2-100 characters' }) @IsString() @MinLength(2) @MaxLength(100) title: string;
  @Field(() => ID, { description: 'Township, community or village' }) @IsUUID() regionId: string;
  @Field(() => ID, { nullable: true, description: 'The grid the hire fills' }) @IsOptional() @IsUUID() gridId?: string | null;
  @Field(() => WorkerCategory, { description: 'The category of grid worker hired (专职, 兼职 …)' }) @IsEnum(WorkerCategory) category: WorkerCategory;
  @Field(() => Int, { description: 'Places to fill (招聘人数), 1-500' }) @IsInt() @Min(1) @Max(500) headcount: number;
  @Field(() => EmployerKind, {
    nullable: true,
    description: 'This post’s employer, where not the campaign’s: a township government (TOWNSHIP) or a labour-service company (LABOR_COMPANY)',
  })
  @IsOptional()
  @IsEnum(EmployerKind)
  employerKind?: EmployerKind | null;
  @Field(() => String, { nullable: true, description: 'Its name, e.g. 城关街道办事处; never the political-legal committee (a Party organ)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @IsPlaceName()
  employerName?: string | null;
}

@InputType({ description: 'A new recruitment announcement (招聘公告) of a county; it starts as DRAFT.' })
export class CreateCampaignInput {
  @Field(() => ID, { description: 'The county (县/市/区) that recruits, in your scope' }) @IsUUID() countyId: string;
  @Field({ description: 'The announcement’s title, 4-200 characters' }) @IsString() @MinLength(4) @MaxLength(200) @IsCleanText() title: string;
  @Field(() => Int, { description: 'Youngest age accepted, in full years on ageReferenceDate' }) @IsInt() minAge: number;
  @Field(() => Int, { description: 'Oldest age accepted, in full years on ageReferenceDate' }) @IsInt() maxAge: number;
  @Field(() => LocalDateScalar, { description: 'Ages are counted on this day' }) @IsString() @IsBusinessDate() ageReferenceDate: string;
  @Field(() => Education, { nullable: true, description: 'Lowest education accepted (学历要求); null for none' })
  @IsOptional()
  @IsEnum(Education)
  minEducation?: Education | null;
  @Field(() => String, { nullable: true, description: 'Household registration under this division-code prefix' })
  @IsOptional()
  @Matches(/^\d{2,12}$/, { message: 'is a division-code prefix of 2-12 digits' })
  residencePrefix?: string | null;
  @Field(() => String, { nullable: true, description: 'Further requirements as announced, up to 2000 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  otherRequirements?: string | null;
  @Field(() => LocalDateScalar, { description: 'First day of registration (报名), YYYY-MM-DD' }) @IsString() @IsBusinessDate() registrationFrom: string;
  @Field(() => LocalDateScalar, { description: 'Last day of registration, YYYY-MM-DD, not before registrationFrom' })
  @IsString()
  @IsBusinessDate()
  registrationTo: string;
  @Field(() => Int, { nullable: true, description: 'Default: policy recruiting.writtenExamWeightPercent' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  writtenWeightPercent?: number | null;
  @Field(() => Int, { nullable: true, description: 'Default: policy recruiting.publicityWorkingDays' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  publicityWorkingDays?: number | null;
  @Field(() => EmployerKind, {
    nullable: true,
    description:
      'The employer of the hires: a township government (TOWNSHIP) or a labour-service company (LABOR_COMPANY); default the township government of each position',
  })
  @IsOptional()
  @IsEnum(EmployerKind)
  employerKind?: EmployerKind | null;
  @Field(() => String, { nullable: true, description: 'Its name, e.g. 城关街道办事处; never the political-legal committee (a Party organ)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @IsPlaceName()
  employerName?: string | null;
  @Field(() => [PositionInputType], { description: 'The posts offered, 1-200' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PositionInputType)
  positions: PositionInputType[];
}

@InputType({ description: 'Moves a campaign on: DRAFT → OPEN (published, registration open) → CLOSED (registration closed) → FINISHED.' })
export class CampaignStatusInput {
  @Field(() => ID, { description: 'The campaign, in your scope' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => CampaignStatus, { description: 'The status to move to' }) @IsEnum(CampaignStatus) status: CampaignStatus;
}

@InputType({ description: 'An applicant’s registration (报名) for one post, with what they declare for the eligibility review and priority.' })
export class RegisterApplicantInput {
  @Field(() => ID, { description: 'The post applied for, of an OPEN campaign within its registration dates' }) @IsUUID() positionId: string;
  @Field({ description: 'The applicant’s name as on the ID card, 1-50 characters' }) @IsString() @MinLength(1) @MaxLength(50) @IsPersonName() name: string;
  @Field({ description: 'Resident ID number (居民身份证号码), 18 characters with a valid GB 11643 check digit; birth date and sex are taken from it' })
  @IsString()
  @MaxLength(30)
  idNumber: string;
  @Field({ description: 'Mobile phone number to reach the applicant' }) @IsString() @MaxLength(20) phone: string;
  @Field(() => Education, { nullable: true, description: 'Highest education completed (学历)' }) @IsOptional() @IsEnum(Education) education?: Education | null;
  @Field(() => String, {
    nullable: true,
    description: 'Household registration (户籍) as a 12-digit division code; checked against the campaign’s residencePrefix',
  })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'must be 12 digits' })
  homeRegionCode?: string | null;
  @Field({ nullable: true, description: 'A CPC member (中共党员): a priority under equal conditions' }) @IsOptional() @IsBoolean() cpcMember?: boolean;
  @Field({ nullable: true, description: 'Holds a professional title (职称): a priority under equal conditions' })
  @IsOptional()
  @IsBoolean()
  professionalTitle?: boolean;
  @Field({ nullable: true, description: 'Holds a social-work certificate (社会工作者职业资格): a priority under equal conditions' })
  @IsOptional()
  @IsBoolean()
  socialWorkCertificate?: boolean;
  @Field({ nullable: true, description: 'A veteran (退役军人): a priority under equal conditions' }) @IsOptional() @IsBoolean() veteran?: boolean;
  @Field({ nullable: true, description: 'Receives the minimum living allowance (低保): a priority under equal conditions' })
  @IsOptional()
  @IsBoolean()
  lowIncome?: boolean;
  @Field({ nullable: true, description: 'Declared: under investigation' }) @IsOptional() @IsBoolean() underInvestigation?: boolean;
  @Field({ nullable: true, description: 'Declared: criminal punishment' }) @IsOptional() @IsBoolean() criminalPunishment?: boolean;
  @Field({ nullable: true, description: 'Declared: public-security administrative punishment' }) @IsOptional() @IsBoolean() publicSecurityPunishment?: boolean;
  @Field({ nullable: true, description: 'Declared: dismissed from public employment' }) @IsOptional() @IsBoolean() dismissedFromPublicEmployment?: boolean;
}

@InputType({ description: 'One application to act on.' })
export class ApplicationRefInput {
  @Field(() => ID, { description: 'The application, in your scope' }) @IsUUID() applicationId: string;
}

@InputType({ description: 'Ends an application (REJECTED or WITHDRAWN) with its reason.' })
export class EndApplicationInput {
  @Field(() => ID, { description: 'The application, in your scope' }) @IsUUID() applicationId: string;
  @Field({ description: 'Why it ends, kept in its history, 1-500 characters' }) @IsString() @MinLength(1) @MaxLength(500) reason: string;
}

@InputType({ description: 'The result of a stage (medical examination or political vetting) for one applicant.' })
export class StageDecisionInput {
  @Field(() => ID, { description: 'The application, in your scope' }) @IsUUID() applicationId: string;
  @Field({ description: 'True: the applicant moves to the next stage; false: REJECTED, and the next ranked applicant moves up' }) @IsBoolean() passed: boolean;
  @Field(() => String, { nullable: true, description: 'Required when failed' }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}

@InputType({ description: 'One applicant’s written exam (笔试) and interview (面试) scores.' })
export class ScoreEntryInput {
  @Field(() => ID, { description: 'The application, at the EXAM stage' }) @IsUUID() applicationId: string;
  @Field(() => Float, { description: 'Written exam score (笔试成绩), points 0-100 with at most two decimals' }) @IsNumber() written: number;
  @Field(() => Float, { description: 'Interview score (面试成绩), points 0-100 with at most two decimals' }) @IsNumber() interview: number;
}

@InputType({ description: 'Exam scores of a campaign’s applicants, in bulk.' })
export class RecordScoresInput {
  @Field(() => ID, { description: 'The campaign, in your scope' }) @IsUUID() campaignId: string;
  @Field(() => [ScoreEntryInput], { description: 'One entry per applicant, up to 5000' })
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => ScoreEntryInput)
  entries: ScoreEntryInput[];
}

@InputType({ description: 'One campaign to act on.' })
export class CampaignRefInput {
  @Field(() => ID, { description: 'The campaign, in your scope' }) @IsUUID() campaignId: string;
}

@InputType({ description: 'Opens a publicity round (公示) of the vetted applicants not yet listed.' })
export class OpenPublicityInput {
  @Field(() => ID, { description: 'The campaign, in your scope' }) @IsUUID() campaignId: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'First day (default today); never before the last listed applicant passed vetting' })
  @IsOptional()
  @IsLocalDate()
  startsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'For a start before today: where and when it was already posted (recorded and audited)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  alreadyPostedReason?: string | null;
}

@InputType({ description: 'One tied applicant’s extra exam (加试) score.' })
export class ExtraExamEntryInput {
  @Field(() => ID, { description: 'The application, TIED for the last places of its post' }) @IsUUID() applicationId: string;
  @Field(() => Float, { description: 'The extra exam (加试) score, 0-100 with at most two decimals' }) @IsNumber() score: number;
}

@InputType({ description: 'Extra exam (加试) scores of the applicants tied for a post’s last places.' })
export class ExtraExamScoresInput {
  @Field(() => ID, { description: 'The campaign, in your scope' }) @IsUUID() campaignId: string;
  @Field(() => [ExtraExamEntryInput], { description: 'One entry per tied applicant, 1-500' })
  @ValidateNested({ each: true })
  @Type(() => ExtraExamEntryInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  entries: ExtraExamEntryInput[];
}

@InputType({ description: 'An objection (异议) raised against a listed applicant during publicity.' })
export class FileObjectionInput {
  @Field(() => ID, { description: 'The application, in an open publicity round' }) @IsUUID() applicationId: string;
  @Field({ description: 'What the objection says, as received, 2-2000 characters' }) @IsString() @MinLength(2) @MaxLength(2000) content: string;
}

@InputType({ description: 'The county’s decision on an objection.' })
export class DecideObjectionInput {
  @Field(() => ID, { description: 'The objection, OPEN' }) @IsUUID() objectionId: string;
  @Field({ description: 'True: the objection holds, the applicant is REJECTED and the next ranked moves up; false: dismissed, the applicant continues' })
  @IsBoolean()
  upheld: boolean;
  @Field({ description: 'The decision as communicated, with its grounds, 2-2000 characters' }) @IsString() @MinLength(2) @MaxLength(2000) decision: string;
}

@InputType({ description: 'Hires an applicant who finished pre-job training: creates the worker (on duty) and a draft contract.' })
export class HireInput {
  @Field(() => ID, { description: 'The application, at the TRAINING stage' }) @IsUUID() applicationId: string;
  @Field(() => FenScalar, {
    nullable: true,
    description: 'Monthly base pay of the draft contract, fen (not for a grid leader, professional worker or informant, who get no contract)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  monthlyBasePayFen?: Fen | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of the first contract; default the term of the policy recruiting.firstContractYears' })
  @IsOptional()
  @IsLocalDate()
  contractEndDate?: string | null;
}

@ArgsType()
export class CampaignsArgs extends ConnectionArgs {
  @Field(() => CampaignStatus, { nullable: true, description: 'Only campaigns in this status' }) @IsOptional() @IsEnum(CampaignStatus) status?: CampaignStatus;
}

@ArgsType()
export class ApplicationsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The campaign, in your scope' }) @IsUUID() campaignId: string;
  @Field(() => ID, { nullable: true, description: 'Only applications for this post' }) @IsOptional() @IsUUID() positionId?: string;
  @Field(() => Stage, { nullable: true, description: 'Only applications at this stage' }) @IsOptional() @IsEnum(Stage) stage?: Stage;
}

@InputType({ description: 'A sheet of exam scores (xlsx or csv) to record; with any bad line nothing is recorded.' })
export class ImportScoresInput extends MappedSheetInput {
  @Field(() => ID, { description: 'The campaign, in your scope' }) @IsUUID() campaignId: string;
  @Field({ description: 'xlsx or csv' }) @IsIn(['xlsx', 'csv']) format: 'xlsx' | 'csv';
  @Field({ description: 'Columns 身份证号, 姓名, 笔试成绩, 面试成绩 (other columns are ignored); base64' })
  @IsString()
  @LongString()
  @MaxLength(7_000_000)
  contentBase64: string;
}
