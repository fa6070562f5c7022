import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Connection, ConnectionArgs, LocalDateScalar, LongString } from '@gridhr/common';
import { MisconductKind } from './misconduct.entity';
import { Education, HireSource, LABELS, PoliticalStatus, Sex, SocialWorkCertificate, WorkerCategory, WorkerStatus } from './worker.enums';
import { FileDownloadType, ImportProblemType, MappedSheetInput, SheetReadingType } from '@gridhr/sheets';

function describe<T extends string>(values: Record<T, string>) {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { description: v as string }])) as Record<T, { description: string }>;
}
registerEnumType(Sex, { name: 'Sex', valuesMap: describe(LABELS.sex) });
registerEnumType(Education, { name: 'Education', valuesMap: describe(LABELS.education) });
registerEnumType(PoliticalStatus, { name: 'PoliticalStatus', valuesMap: describe(LABELS.politicalStatus) });
registerEnumType(SocialWorkCertificate, { name: 'SocialWorkCertificate', valuesMap: describe(LABELS.socialWorkCertificate) });
registerEnumType(HireSource, { name: 'HireSource', valuesMap: describe(LABELS.hireSource) });
registerEnumType(WorkerCategory, { name: 'WorkerCategory', valuesMap: describe(LABELS.category) });
registerEnumType(WorkerStatus, { name: 'WorkerStatus', valuesMap: describe(LABELS.status) });
registerEnumType(MisconductKind, {
  name: 'MisconductKind',
  valuesMap: {
    LEAKING_SECRETS: { description: '泄露国家秘密、工作秘密、商业秘密 (Zigong/Jiangmen art. 13)' },
    PERSONAL_INFO_ABUSE: { description: '非法收集、使用、提供、公开他人个人信息' },
    SELF_DEALING: { description: '利用工作之便谋取私利' },
    FALSIFICATION_OR_SHIRKING: { description: '弄虚作假、推诿塞责' },
    ABUSIVE_CONDUCT: { description: '态度蛮横、行为粗暴或者故意刁难服务对象' },
    OTHER_VIOLATION: { description: '其他违法违规行为' },
  },
});

export enum WorkerSort {
  NAME = 'name',
  CREATED_AT = 'createdAt',
}
registerEnumType(WorkerSort, { name: 'WorkerSort' });

const NAME = /^[^<>{}\\\d]*\S[^<>{}\\\d]*$/;
const REGION_CODE = /^\d{12}$/;

@ObjectType('Worker')
export class WorkerType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => LocalDateScalar, { description: 'From the ID number' }) birthDate: string;
  @Field(() => Sex, { description: 'From the ID number' }) sex: Sex;
  @Field(() => Education, { nullable: true }) education: Education | null;
  @Field(() => PoliticalStatus, { nullable: true }) politicalStatus: PoliticalStatus | null;
  @Field() veteran: boolean;
  @Field() lowIncome: boolean;
  @Field({ description: 'Draws a basic pension (领取基本养老金): no labour relationship' }) drawsPension: boolean;
  @Field(() => SocialWorkCertificate) socialWorkCertificate: SocialWorkCertificate;
  @Field(() => String, { nullable: true }) professionalTitle: string | null;
  @Field(() => String, { nullable: true }) homeRegionCode: string | null;
  @Field(() => HireSource, { nullable: true }) hireSource: HireSource | null;
  @Field(() => WorkerCategory) category: WorkerCategory;
  @Field(() => WorkerStatus) status: WorkerStatus;
  @Field({ description: 'Managing region code' }) regionCode: string;
  @Field(() => LocalDateScalar, { nullable: true }) hiredOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) exitedOn: string | null;
  @Field(() => Int) version: number;
}

@ObjectType()
export class WorkerConnection extends Connection(WorkerType, 'Worker') {}

@ObjectType('GridAssignment')
export class GridAssignmentType {
  @Field(() => ID) id: string;
  @Field(() => WorkerCategory) role: WorkerCategory;
  @Field(() => LocalDateScalar) fromDate: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day; null while current' }) toDate: string | null;
}

@ObjectType('Misconduct')
export class MisconductType {
  @Field(() => ID) id: string;
  @Field(() => MisconductKind) kind: MisconductKind;
  @Field(() => LocalDateScalar) occurredOn: string;
  @Field() finding: string;
  @Field() decidedBy: string;
  @Field() createdAt: Date;
}

@ObjectType('Vacancy', { description: 'An urban community grid without an active full-time worker (Shanxi measures [004]).' })
export class VacancyType {
  @Field(() => ID) gridId: string;
  @Field() gridCode: string;
  @Field() gridName: string;
  @Field() regionCode: string;
  @Field(() => LocalDateScalar) vacantSince: string;
  @Field(() => Int) daysVacant: number;
}

@ObjectType('RosterWorker')
export class RosterWorkerType {
  @Field() name: string;
  @Field() phone: string;
  @Field(() => WorkerCategory) role: WorkerCategory;
  @Field(() => Int, { nullable: true, description: 'Star level 1-5 of the latest finalised assessment (Zigong art. 17)' }) stars: number | null;
}

@ObjectType('RosterGrid', { description: 'One line of the public roster (Zigong art. 21, Jiangmen art. 14).' })
export class RosterGridType {
  @Field() communityName: string;
  @Field() gridCode: string;
  @Field() gridName: string;
  @Field(() => String, { nullable: true, description: 'Area (boundary description)' }) area: string | null;
  @Field(() => String, { nullable: true, description: 'Services given (服务事项)' }) serviceItems: string | null;
  @Field(() => [RosterWorkerType], { description: 'ACTIVE workers on duty; workers in pre-job training are not listed' }) workers: RosterWorkerType[];
  @Field(() => String, { nullable: true }) supervisionPhone: string | null;
}

@ObjectType('RosterPublication', { description: 'A roster as posted on a day, kept unchanged.' })
export class RosterPublicationType {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar) publishedOn: string;
  @Field({ description: 'Where it is posted' }) postedAt: string;
  @Field() publishedBy: string;
  @Field(() => [RosterGridType], { description: 'The roster as posted' }) content: RosterGridType[];
}

@ObjectType('PublicRoster', { description: 'The roster as it would be posted today, against the last publication.' })
export class PublicRosterType {
  @Field(() => LocalDateScalar) asOf: string;
  @Field(() => [RosterGridType]) grids: RosterGridType[];
  @Field(() => RosterPublicationType, { nullable: true }) lastPublication: RosterPublicationType | null;
  @Field({ description: 'True when today’s roster differs from the last publication (or none was posted): post it again' })
  changedSincePublication: boolean;
}

@InputType()
export class PublishRosterInput {
  @Field(() => ID) @IsUUID() townshipId: string;
  @Field({ description: 'Where it is posted, e.g. 社区服务中心公示栏' }) @IsString() @MinLength(1) @MaxLength(200) postedAt: string;
}

@ObjectType('ImportReport')
export class ImportReportType {
  @Field({ description: 'True when the rows were written' }) written: boolean;
  @Field(() => Int) rows: number;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => [ImportProblemType]) problems: ImportProblemType[];
  @Field(() => FileDownloadType, { nullable: true, description: 'The problems as a spreadsheet' }) problemSheet: FileDownloadType | null;
  @Field(() => SheetReadingType, { nullable: true, description: 'How the sheet was read: columns recognised, ignored and missing, notes' })
  sheet?: SheetReadingType | null;
}

@InputType({ isAbstract: true })
abstract class WorkerFieldsInput {
  @Field(() => Education, { nullable: true }) @IsOptional() @IsEnum(Education) education?: Education | null;
  @Field(() => PoliticalStatus, { nullable: true }) @IsOptional() @IsEnum(PoliticalStatus) politicalStatus?: PoliticalStatus | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() veteran?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() lowIncome?: boolean;
  @Field({ nullable: true, description: 'Draws a basic pension (领取基本养老金)' }) @IsOptional() @IsBoolean() drawsPension?: boolean;
  @Field(() => SocialWorkCertificate, { nullable: true }) @IsOptional() @IsEnum(SocialWorkCertificate) socialWorkCertificate?: SocialWorkCertificate;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50) professionalTitle?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(REGION_CODE, { message: 'must be 12 digits' }) homeRegionCode?: string | null;
  @Field(() => HireSource, { nullable: true }) @IsOptional() @IsEnum(HireSource) hireSource?: HireSource | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'First day of work; default today for an ACTIVE worker' }) @IsOptional() hiredOn?: string | null;
}

@InputType()
export class CreateWorkerInput extends WorkerFieldsInput {
  @Field() @IsString() @MinLength(1) @MaxLength(50) @Matches(NAME, { message: 'must be a name without digits or <>{}\\' }) name: string;
  @Field({ description: '18-character resident ID number; birth date and sex are derived from it' }) @IsString() @MaxLength(30) idNumber: string;
  @Field({ description: '11-digit mobile number' }) @IsString() @MaxLength(20) phone: string;
  @Field(() => WorkerCategory) @IsEnum(WorkerCategory) category: WorkerCategory;
  @Field(() => WorkerStatus, { defaultValue: WorkerStatus.ACTIVE }) @IsEnum(WorkerStatus) status: WorkerStatus = WorkerStatus.ACTIVE;
  @Field(() => ID, { description: 'Managing township, community or village' }) @IsUUID() regionId: string;
}

@InputType()
export class UpdateWorkerInput extends WorkerFieldsInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you loaded' }) @IsInt() version: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  @Matches(NAME, { message: 'must be a name without digits or <>{}\\' })
  name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20) phone?: string;
  @Field(() => WorkerCategory, { nullable: true }) @IsOptional() @IsEnum(WorkerCategory) category?: WorkerCategory;
  @Field(() => WorkerStatus, { nullable: true }) @IsOptional() @IsEnum(WorkerStatus) status?: WorkerStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() regionId?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'With status EXITED: last day' }) @IsOptional() exitedOn?: string | null;
}

@InputType()
export class TransferWorkerInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you loaded' }) @IsInt() version: number;
  @Field(() => ID, { description: 'The township, community or village of another township that manages the worker from now on' }) @IsUUID() regionId: string;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'First day under the new township; defaults to today. Grids of the old township end the day before.',
  })
  @IsOptional()
  on?: string | null;
}

@InputType()
export class AssignWorkerInput {
  @Field(() => ID) @IsUUID() workerId: string;
  @Field(() => ID) @IsUUID() gridId: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'First day; defaults to today' }) @IsOptional() fromDate?: string | null;
  @Field({ defaultValue: false, description: 'For a one-grid worker already on duty elsewhere: close that assignment the day before (a move)' })
  @IsBoolean()
  move: boolean = false;
}

@InputType()
export class EndAssignmentInput {
  @Field(() => ID) @IsUUID() assignmentId: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day; defaults to today' }) @IsOptional() toDate?: string | null;
}

@InputType()
export class RecordMisconductInput {
  @Field(() => ID) @IsUUID() workerId: string;
  @Field(() => MisconductKind) @IsEnum(MisconductKind) kind: MisconductKind;
  @Field(() => LocalDateScalar) @IsString() occurredOn: string;
  @Field() @IsString() @MinLength(1) @MaxLength(2000) finding: string;
  @Field() @IsString() @MinLength(1) @MaxLength(100) decidedBy: string;
}

@InputType()
export class ImportWorkersInput extends MappedSheetInput {
  @Field({ description: 'xlsx or csv' }) @IsIn(['xlsx', 'csv']) format: 'xlsx' | 'csv';
  @Field({ description: 'The file, base64-encoded (at most 5 MB)' }) @IsString() @LongString() @MaxLength(7_000_000) contentBase64: string;
  @Field({ defaultValue: false, description: 'Check every row and report, writing nothing' }) @IsBoolean() dryRun: boolean = false;
}

@ArgsType()
export class WorkersArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Part of the name' }) @IsOptional() @IsString() @MaxLength(50) name?: string;
  @Field({ nullable: true, description: 'Exact ID number' }) @IsOptional() @IsString() @MaxLength(30) idNumber?: string;
  @Field({ nullable: true, description: 'Exact mobile number' }) @IsOptional() @IsString() @MaxLength(20) phone?: string;
  @Field(() => WorkerCategory, { nullable: true }) @IsOptional() @IsEnum(WorkerCategory) category?: WorkerCategory;
  @Field(() => WorkerStatus, { nullable: true }) @IsOptional() @IsEnum(WorkerStatus) status?: WorkerStatus;
  @Field(() => ID, { nullable: true, description: 'Currently on duty in this grid' }) @IsOptional() @IsUUID() gridId?: string;
  @Field(() => ID, { nullable: true, description: 'Managed within this region subtree' }) @IsOptional() @IsUUID() regionId?: string;
  @Field(() => WorkerSort, { defaultValue: WorkerSort.NAME }) @IsEnum(WorkerSort) sort: WorkerSort = WorkerSort.NAME;
  @Field({ defaultValue: false }) @IsBoolean() descending: boolean = false;
}
