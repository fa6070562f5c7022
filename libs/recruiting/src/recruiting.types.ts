import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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
import { Connection, ConnectionArgs, Fen, FenScalar, IsLocalDate, JsonScalar, LocalDateScalar, LongString } from '@gridhr/common';
import { Education, WorkerCategory } from '@gridhr/workers';
import { CampaignStatus, ObjectionStatus, Stage, STAGE_LABELS } from './recruiting.enums';
import { ImportProblemType, MappedSheetInput, SheetReadingType } from '@gridhr/sheets';
import { EmployerKind } from '@gridhr/contracts';

registerEnumType(CampaignStatus, { name: 'CampaignStatus' });
registerEnumType(ObjectionStatus, { name: 'ObjectionStatus' });
registerEnumType(Stage, {
  name: 'ApplicationStage',
  valuesMap: Object.fromEntries(Object.entries(STAGE_LABELS).map(([stage, label]) => [stage, { description: label }])) as Record<
    Stage,
    { description: string }
  >,
});

@ObjectType('Campaign', { description: 'A recruitment announcement (招聘公告)' })
export class CampaignType {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field({ description: 'County code' }) regionCode: string;
  @Field(() => Int) minAge: number;
  @Field(() => Int) maxAge: number;
  @Field(() => LocalDateScalar) ageReferenceDate: string;
  @Field(() => Education, { nullable: true }) minEducation: Education | null;
  @Field(() => String, { nullable: true }) residencePrefix: string | null;
  @Field(() => String, { nullable: true }) otherRequirements: string | null;
  @Field(() => LocalDateScalar) registrationFrom: string;
  @Field(() => LocalDateScalar) registrationTo: string;
  @Field(() => Int) writtenWeightPercent: number;
  @Field(() => Int) publicityWorkingDays: number;
  @Field(() => CampaignStatus) status: CampaignStatus;
  @Field(() => [String], { description: 'The disqualifying cases of the eligibility review (policy recruiting.disqualifications when the campaign was made)' })
  disqualifications: string[];
  @Field(() => JsonScalar, { description: 'How equal scores are ordered (policy recruiting.priorityRule when the campaign was made)' }) priorityRule: unknown;
  @Field(() => EmployerKind, { nullable: true }) employerKind: EmployerKind | null;
  @Field(() => String, { nullable: true }) employerName: string | null;
  @Field(() => Int) version: number;
}

@ObjectType('PublicityRound', { description: 'One publicity (公示) of a campaign, with its own dates; a replacement (递补) gets a round of its own' })
export class PublicityRoundType {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: '1 for the first publicity, 2 and on for replacements' }) round: number;
  @Field(() => LocalDateScalar) startsOn: string;
  @Field(() => LocalDateScalar, { description: 'Last day: the period is this many working days on the mainland calendar' }) endsOn: string;
  @Field(() => String, { nullable: true, description: 'Why a period starting before the day it was opened was recorded' }) alreadyPostedReason: string | null;
  @Field() openedBy: string;
}

@ObjectType()
export class CampaignConnection extends Connection(CampaignType, 'Campaign') {}

@ObjectType('Position')
export class PositionType {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() regionCode: string;
  @Field(() => WorkerCategory) category: WorkerCategory;
  @Field(() => Int) headcount: number;
  @Field(() => EmployerKind, { nullable: true, description: 'This post’s employer, where not the campaign’s' }) employerKind: EmployerKind | null;
  @Field(() => String, { nullable: true }) employerName: string | null;
}

@ObjectType('Application')
export class ApplicationType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'Masked' }) idNumberMasked: string;
  @Field(() => LocalDateScalar) birthDate: string;
  @Field(() => Education, { nullable: true }) education: Education | null;
  @Field(() => Stage) stage: Stage;
  @Field(() => String, { nullable: true }) endReason: string | null;
  @Field(() => Int, { nullable: true, description: 'Rank within the position; applicants tied share one' }) rank: number | null;
  @Field({ description: 'TIED: equal with others for the last places of the position; the extra exam (加试) decides' }) tied: boolean;
  @Field() vetted: boolean;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the applicant passed political vetting' }) vettedOn: string | null;
  @Field() regionCode: string;
  @Field(() => Int) version: number;
}

@ObjectType()
export class ApplicationConnection extends Connection(ApplicationType, 'Application') {}

@ObjectType('StageChange')
export class StageChangeType {
  @Field(() => Stage, { nullable: true }) fromStage: Stage | null;
  @Field(() => Stage) toStage: Stage;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field() actor: string;
  @Field() at: Date;
}

@ObjectType('Objection')
export class ObjectionType {
  @Field(() => ID) id: string;
  @Field() content: string;
  @Field(() => LocalDateScalar) filedOn: string;
  @Field(() => ObjectionStatus) status: ObjectionStatus;
  @Field(() => String, { nullable: true }) decision: string | null;
}

@ObjectType('FunnelRow', { description: 'Applications at one stage for one position' })
export class FunnelRowType {
  @Field(() => ID) positionId: string;
  @Field() positionTitle: string;
  @Field(() => Int) headcount: number;
  @Field(() => Stage) stage: Stage;
  @Field(() => Int) count: number;
}

@InputType()
export class PositionInputType {
  @Field() @IsString() @MinLength(2) @MaxLength(100) title: string;
  @Field(() => ID, { description: 'Township, community or village' }) @IsUUID() regionId: string;
  @Field(() => ID, { nullable: true, description: 'The grid the hire fills' }) @IsOptional() @IsUUID() gridId?: string | null;
  @Field(() => WorkerCategory) @IsEnum(WorkerCategory) category: WorkerCategory;
  @Field(() => Int) @IsInt() @Min(1) @Max(500) headcount: number;
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
  employerName?: string | null;
}

@InputType()
export class CreateCampaignInput {
  @Field(() => ID) @IsUUID() countyId: string;
  @Field() @IsString() @MinLength(4) @MaxLength(200) title: string;
  @Field(() => Int) @IsInt() minAge: number;
  @Field(() => Int) @IsInt() maxAge: number;
  @Field(() => LocalDateScalar, { description: 'Ages are counted on this day' }) @IsString() ageReferenceDate: string;
  @Field(() => Education, { nullable: true }) @IsOptional() @IsEnum(Education) minEducation?: Education | null;
  @Field(() => String, { nullable: true, description: 'Household registration under this division-code prefix' })
  @IsOptional()
  @Matches(/^\d{2,12}$/, { message: 'is a division-code prefix of 2-12 digits' })
  residencePrefix?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) otherRequirements?: string | null;
  @Field(() => LocalDateScalar) @IsString() registrationFrom: string;
  @Field(() => LocalDateScalar) @IsString() registrationTo: string;
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
  employerName?: string | null;
  @Field(() => [PositionInputType])
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PositionInputType)
  positions: PositionInputType[];
}

@InputType()
export class CampaignStatusInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => CampaignStatus) @IsEnum(CampaignStatus) status: CampaignStatus;
}

@InputType()
export class RegisterApplicantInput {
  @Field(() => ID) @IsUUID() positionId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(50) name: string;
  @Field() @IsString() @MaxLength(30) idNumber: string;
  @Field() @IsString() @MaxLength(20) phone: string;
  @Field(() => Education, { nullable: true }) @IsOptional() @IsEnum(Education) education?: Education | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\d{12}$/, { message: 'must be 12 digits' }) homeRegionCode?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() cpcMember?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() professionalTitle?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() socialWorkCertificate?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() veteran?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() lowIncome?: boolean;
  @Field({ nullable: true, description: 'Declared: under investigation' }) @IsOptional() @IsBoolean() underInvestigation?: boolean;
  @Field({ nullable: true, description: 'Declared: criminal punishment' }) @IsOptional() @IsBoolean() criminalPunishment?: boolean;
  @Field({ nullable: true, description: 'Declared: public-security administrative punishment' }) @IsOptional() @IsBoolean() publicSecurityPunishment?: boolean;
  @Field({ nullable: true, description: 'Declared: dismissed from public employment' }) @IsOptional() @IsBoolean() dismissedFromPublicEmployment?: boolean;
}

@InputType()
export class ApplicationRefInput {
  @Field(() => ID) @IsUUID() applicationId: string;
}

@InputType()
export class EndApplicationInput {
  @Field(() => ID) @IsUUID() applicationId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(500) reason: string;
}

@InputType()
export class StageDecisionInput {
  @Field(() => ID) @IsUUID() applicationId: string;
  @Field() @IsBoolean() passed: boolean;
  @Field(() => String, { nullable: true, description: 'Required when failed' }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}

@InputType()
export class ScoreEntryInput {
  @Field(() => ID) @IsUUID() applicationId: string;
  @Field(() => Float) @IsNumber() written: number;
  @Field(() => Float) @IsNumber() interview: number;
}

@InputType()
export class RecordScoresInput {
  @Field(() => ID) @IsUUID() campaignId: string;
  @Field(() => [ScoreEntryInput]) @ArrayMaxSize(5000) @ValidateNested({ each: true }) @Type(() => ScoreEntryInput) entries: ScoreEntryInput[];
}

@InputType()
export class CampaignRefInput {
  @Field(() => ID) @IsUUID() campaignId: string;
}

@InputType()
export class OpenPublicityInput {
  @Field(() => ID) @IsUUID() campaignId: string;
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

@InputType()
export class ExtraExamEntryInput {
  @Field(() => ID) @IsUUID() applicationId: string;
  @Field(() => Float, { description: 'The extra exam (加试) score, 0-100 with at most two decimals' }) @IsNumber() score: number;
}

@InputType()
export class ExtraExamScoresInput {
  @Field(() => ID) @IsUUID() campaignId: string;
  @Field(() => [ExtraExamEntryInput])
  @ValidateNested({ each: true })
  @Type(() => ExtraExamEntryInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  entries: ExtraExamEntryInput[];
}

@InputType()
export class FileObjectionInput {
  @Field(() => ID) @IsUUID() applicationId: string;
  @Field() @IsString() @MinLength(2) @MaxLength(2000) content: string;
}

@InputType()
export class DecideObjectionInput {
  @Field(() => ID) @IsUUID() objectionId: string;
  @Field() @IsBoolean() upheld: boolean;
  @Field() @IsString() @MinLength(2) @MaxLength(2000) decision: string;
}

@InputType()
export class HireInput {
  @Field(() => ID) @IsUUID() applicationId: string;
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
  @Field(() => CampaignStatus, { nullable: true }) @IsOptional() @IsEnum(CampaignStatus) status?: CampaignStatus;
}

@ArgsType()
export class ApplicationsArgs extends ConnectionArgs {
  @Field(() => ID) @IsUUID() campaignId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() positionId?: string;
  @Field(() => Stage, { nullable: true }) @IsOptional() @IsEnum(Stage) stage?: Stage;
}

@InputType()
export class ImportScoresInput extends MappedSheetInput {
  @Field(() => ID) @IsUUID() campaignId: string;
  @Field({ description: 'xlsx or csv' }) @IsIn(['xlsx', 'csv']) format: 'xlsx' | 'csv';
  @Field({ description: 'Columns 身份证号, 姓名, 笔试成绩, 面试成绩 (other columns are ignored); base64' })
  @IsString()
  @LongString()
  @MaxLength(7_000_000)
  contentBase64: string;
}

@ObjectType('ScoreImportReport')
export class ScoreImportReportType {
  @Field(() => Int) recorded: number;
  @Field(() => [ImportProblemType]) problems: ImportProblemType[];
  @Field(() => SheetReadingType, { nullable: true, description: 'How the sheet was read' }) sheet?: SheetReadingType | null;
}
