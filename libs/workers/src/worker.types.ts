import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Connection, ConnectionArgs, IsBusinessDate, IsCleanText, IsPersonName, LocalDateScalar, LongString } from '@gridhr/common';
import { MisconductKind } from './misconduct.entity';
import { Education, HireSource, LABELS, PoliticalStatus, Sex, SocialWorkCertificate, WorkerCategory, WorkerStatus } from './worker.enums';
import { FileDownloadType, ImportProblemType, MappedSheetInput, SheetReadingType } from '@gridhr/sheets';

/** Each value's Chinese label (the term users know), and what it means where the label alone does not say. */
function describe<T extends string>(labels: Record<T, string>, meanings?: Record<T, string>) {
  return Object.fromEntries(
    Object.entries(labels).map(([k, v]) => [k, { description: meanings ? `${v as string}: ${meanings[k as T]}` : (v as string) }]),
  ) as Record<T, { description: string }>;
}
registerEnumType(Sex, { name: 'Sex', valuesMap: describe(LABELS.sex), description: 'Sex (性别), as derived from the ID number.' });
registerEnumType(Education, { name: 'Education', valuesMap: describe(LABELS.education), description: 'Highest education completed (学历).' });
registerEnumType(PoliticalStatus, { name: 'PoliticalStatus', valuesMap: describe(LABELS.politicalStatus), description: 'Political status (政治面貌).' });
registerEnumType(SocialWorkCertificate, {
  name: 'SocialWorkCertificate',
  valuesMap: describe(LABELS.socialWorkCertificate),
  description: 'Level of the national social-work certificate (社会工作者职业资格) held.',
});
registerEnumType(HireSource, {
  name: 'HireSource',
  valuesMap: describe(LABELS.hireSource, {
    SERVICE_PURCHASE: 'the county buys the service (政府购买服务) and the worker is employed under it',
    LABOR_COMPANY: 'employed by a labour-service company the county contracts with',
    VILLAGE_COMMITTEE: 'a member of the village or community committees (两委) serving part-time',
    GRADUATE_SCHEME: 'placed through a college-graduate employment scheme',
    COMMUNITY_WORKER: 'a community worker (社区工作者) already on the community’s staff',
  }),
  description: 'How a worker came to the post (人员来源).',
});
registerEnumType(WorkerCategory, {
  name: 'WorkerCategory',
  valuesMap: describe(LABELS.category, {
    GRID_LEADER: 'the grid leader, a community or village leader’s post; may cover several grids; no GridHR contract',
    FULL_TIME: 'full-time grid worker; needs a signed labour contract and social insurance, and every urban community grid needs one',
    PART_TIME: 'part-time grid worker (often a village cadre), under a service or part-time agreement; needs work-injury or accident insurance',
    PROFESSIONAL: 'professional grid worker sent by a department (police, market regulation …), trained by that department; may cover several grids',
    AUXILIARY: 'grid auxiliary staff helping the grid workers; pay floor set locally',
    INFORMANT: 'an information volunteer, not measured as a grid worker by the yearly training requirement',
  }),
  description: 'The category of grid worker (网格员类别).',
});
registerEnumType(WorkerStatus, {
  name: 'WorkerStatus',
  valuesMap: describe(LABELS.status, {
    CANDIDATE: 'on the register, not yet in pre-job training',
    ONBOARDING: 'in pre-job training (岗前培训) before going on duty; not on the public roster',
    ACTIVE: 'on duty: counted for grids, training, assessment and pay',
    EXITED: 'has left (an exit case closed); the record is kept, never deleted',
  }),
  description: 'Where a worker stands: CANDIDATE → ONBOARDING → ACTIVE → EXITED.',
});
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
  description: 'A kind of prohibited conduct of a grid worker (Zigong art. 13, Jiangmen art. 13).',
});

export enum WorkerSort {
  NAME = 'name',
  CREATED_AT = 'createdAt',
}
registerEnumType(WorkerSort, {
  name: 'WorkerSort',
  description: 'The order of the workers list.',
  valuesMap: { NAME: { description: 'By name' }, CREATED_AT: { description: 'By when the record was created' } },
});

const REGION_CODE = /^\d{12}$/;

@ObjectType('Worker', {
  description:
    'A grid worker (网格员) on the register: who they are, their category, status and managing region. ID number and phone are masked for roles that do not need them.',
})
export class WorkerType {
  @Field(() => ID, { description: 'Identifier of the worker' }) id: string;
  @Field({ description: 'The worker’s name as on the ID card' }) name: string;
  @Field(() => LocalDateScalar, { description: 'From the ID number' }) birthDate: string;
  @Field(() => Sex, { description: 'From the ID number' }) sex: Sex;
  @Field(() => Education, { nullable: true, description: 'Highest education completed (学历)' }) education: Education | null;
  @Field(() => PoliticalStatus, { nullable: true, description: 'Political status (政治面貌), e.g. CPC member' }) politicalStatus: PoliticalStatus | null;
  @Field({ description: 'A veteran (退役军人)' }) veteran: boolean;
  @Field({ description: 'Receives the minimum living allowance (低保)' }) lowIncome: boolean;
  @Field({ description: 'Draws a basic pension (领取基本养老金): no labour relationship' }) drawsPension: boolean;
  @Field(() => SocialWorkCertificate, { description: 'Level of social-work certificate (社会工作者职业资格) held, or NONE' })
  socialWorkCertificate: SocialWorkCertificate;
  @Field(() => String, { nullable: true, description: 'Professional title (职称) as written, e.g. 助理社会工作师' }) professionalTitle: string | null;
  @Field(() => String, { nullable: true, description: 'Household registration (户籍) as a 12-digit division code' }) homeRegionCode: string | null;
  @Field(() => HireSource, { nullable: true, description: 'How the worker came to the post (government service purchase, labour company …)' })
  hireSource: HireSource | null;
  @Field(() => String, { nullable: true, description: 'The phone published for the grid (a work mobile or landline); the public roster shows it' })
  workPhone: string | null;
  @Field({ description: 'The worker consents to publishing the personal phone on the public roster (PIPL art. 25)' }) phonePublishConsent: boolean;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day that consent was recorded' }) phonePublishConsentOn: string | null;
  @Field(() => WorkerCategory, { description: 'The worker’s category: 网格长, 专职, 兼职, 专业, 辅助员 or 信息员' }) category: WorkerCategory;
  @Field(() => WorkerStatus, { description: 'CANDIDATE → ONBOARDING (pre-job training) → ACTIVE → EXITED; records are never deleted' }) status: WorkerStatus;
  @Field({ description: 'Managing region code' }) regionCode: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'First day of work, YYYY-MM-DD' }) hiredOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of work, YYYY-MM-DD; null unless EXITED' }) exitedOn: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with updateWorker or transferWorker' }) version: number;
}

@ObjectType({ description: 'A page of workers of the register, in the order asked for.' })
export class WorkerConnection extends Connection(WorkerType, 'Worker') {}

@ObjectType('GridAssignment', { description: 'A worker on duty in a grid (网格) for a period, in a role.' })
export class GridAssignmentType {
  @Field(() => ID, { description: 'Identifier of the assignment: endGridAssignment takes it' }) id: string;
  @Field(() => WorkerCategory, { description: 'The role in the grid, as a worker category (a grid leader or professional may cover several grids)' })
  role: WorkerCategory;
  @Field(() => LocalDateScalar, { description: 'First day on duty in the grid, YYYY-MM-DD' }) fromDate: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day; null while current' }) toDate: string | null;
}

@ObjectType('Misconduct', { description: 'A finding of prohibited conduct (违规行为, Zigong and Jiangmen art. 13); it feeds assessment and exit.' })
export class MisconductType {
  @Field(() => ID, { description: 'Identifier of the finding' }) id: string;
  @Field(() => MisconductKind, { description: 'Which prohibited conduct' }) kind: MisconductKind;
  @Field(() => LocalDateScalar, { description: 'The day the conduct happened, YYYY-MM-DD' }) occurredOn: string;
  @Field({ description: 'What was found, as written in the decision' }) finding: string;
  @Field({ description: 'Who decided it (body or person), as written on the decision' }) decidedBy: string;
  @Field({ description: 'When it was recorded, as an ISO 8601 instant' }) createdAt: Date;
}

@ObjectType('Vacancy', { description: 'An urban community grid without an active full-time worker (Shanxi measures [004]).' })
export class VacancyType {
  @Field(() => ID, { description: 'The vacant grid' }) gridId: string;
  @Field({ description: 'The grid’s unified code, assigned by the county' }) gridCode: string;
  @Field({ description: 'The grid’s name' }) gridName: string;
  @Field({ description: 'The 12-digit code of the grid’s community' }) regionCode: string;
  @Field(() => LocalDateScalar, { description: 'First day without an active full-time worker, YYYY-MM-DD' }) vacantSince: string;
  @Field(() => Int, { description: 'Calendar days vacant up to today' }) daysVacant: number;
}

@ObjectType('RosterWorker', { description: 'A worker as the public roster shows them: name, published phone and role.' })
export class RosterWorkerType {
  @Field({ description: 'The worker’s name' }) name: string;
  @Field(() => String, {
    nullable: true,
    description: 'The phone the worker publishes: the work phone, else the personal phone with the consent on record (PIPL art. 25), else none',
  })
  phone: string | null;
  @Field(() => WorkerCategory, { description: 'The worker’s role in the grid (网格长, 专职 …)' }) role: WorkerCategory;
  @Field(() => Int, { nullable: true, description: 'Star level 1-5 of the latest finalised assessment (Zigong art. 17)' }) stars: number | null;
}

@ObjectType('RosterGrid', { description: 'One line of the public roster (Zigong art. 21, Jiangmen art. 14).' })
export class RosterGridType {
  @Field({ description: 'The community (社区) or village (行政村) of the grid' }) communityName: string;
  @Field({ description: 'The grid’s unified code' }) gridCode: string;
  @Field({ description: 'The grid’s name' }) gridName: string;
  @Field(() => String, { nullable: true, description: 'Area (boundary description)' }) area: string | null;
  @Field(() => String, { nullable: true, description: 'Services given (服务事项)' }) serviceItems: string | null;
  @Field(() => [RosterWorkerType], { description: 'ACTIVE workers on duty; workers in pre-job training are not listed' }) workers: RosterWorkerType[];
  @Field(() => String, { nullable: true, description: 'The supervision phone (监督电话) residents may call about the grid' }) supervisionPhone: string | null;
}

@ObjectType('RosterPublication', { description: 'A roster as posted on a day, kept unchanged.' })
export class RosterPublicationType {
  @Field(() => ID, { description: 'Identifier of the publication' }) id: string;
  @Field(() => LocalDateScalar, { description: 'The day it was posted, YYYY-MM-DD' }) publishedOn: string;
  @Field({ description: 'Where it is posted' }) postedAt: string;
  @Field({ description: 'Username of who posted it' }) publishedBy: string;
  @Field(() => [RosterGridType], { description: 'The roster as posted' }) content: RosterGridType[];
}

@ObjectType('PublicRoster', { description: 'The roster as it would be posted today, against the last publication.' })
export class PublicRosterType {
  @Field(() => LocalDateScalar, { description: 'The day the roster is drawn for (today), YYYY-MM-DD' }) asOf: string;
  @Field(() => [RosterGridType], { description: 'One line per active grid of the township, by community and grid code' }) grids: RosterGridType[];
  @Field(() => RosterPublicationType, { nullable: true, description: 'The last roster posted; null when none has been' })
  lastPublication: RosterPublicationType | null;
  @Field({ description: 'True when today’s roster differs from the last publication (or none was posted): post it again' })
  changedSincePublication: boolean;
}

@InputType({ description: 'Posts a township’s roster as it stands today.' })
export class PublishRosterInput {
  @Field(() => ID, { description: 'The township (乡镇/街道), in your scope' }) @IsUUID() townshipId: string;
  @Field({ description: 'Where it is posted, e.g. 社区服务中心公示栏' }) @IsString() @MinLength(1) @MaxLength(200) @IsCleanText() postedAt: string;
}

@ObjectType('ImportReport', { description: 'What importWorkers did with a sheet, or would do in a dry run.' })
export class ImportReportType {
  @Field({ description: 'True when the rows were written' }) written: boolean;
  @Field(() => Int, { description: 'Data rows read from the sheet' }) rows: number;
  @Field(() => Int, { description: 'Workers created (or that would be, in a dry run)' }) created: number;
  @Field(() => Int, { description: 'Workers updated (or that would be, in a dry run)' }) updated: number;
  @Field(() => [ImportProblemType], { description: 'Rows that cannot be imported, each with its row, column and reason' }) problems: ImportProblemType[];
  @Field(() => FileDownloadType, { nullable: true, description: 'The problems as a spreadsheet' }) problemSheet: FileDownloadType | null;
  @Field(() => SheetReadingType, { nullable: true, description: 'How the sheet was read: columns recognised, ignored and missing, notes' })
  sheet?: SheetReadingType | null;
}

@InputType({ isAbstract: true })
abstract class WorkerFieldsInput {
  @Field(() => Education, { nullable: true, description: 'Highest education completed (学历)' }) @IsOptional() @IsEnum(Education) education?: Education | null;
  @Field(() => PoliticalStatus, { nullable: true, description: 'Political status (政治面貌)' })
  @IsOptional()
  @IsEnum(PoliticalStatus)
  politicalStatus?: PoliticalStatus | null;
  @Field({ nullable: true, description: 'A veteran (退役军人)' }) @IsOptional() @IsBoolean() veteran?: boolean;
  @Field({ nullable: true, description: 'Receives the minimum living allowance (低保)' }) @IsOptional() @IsBoolean() lowIncome?: boolean;
  @Field({ nullable: true, description: 'Draws a basic pension (领取基本养老金)' }) @IsOptional() @IsBoolean() drawsPension?: boolean;
  @Field(() => SocialWorkCertificate, { nullable: true, description: 'Level of social-work certificate held' })
  @IsOptional()
  @IsEnum(SocialWorkCertificate)
  socialWorkCertificate?: SocialWorkCertificate;
  @Field(() => String, { nullable: true, description: 'Professional title (职称) as written, up to 50 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @IsCleanText()
  professionalTitle?: string | null;
  @Field(() => String, { nullable: true, description: 'Household registration (户籍) as a 12-digit division code' })
  @IsOptional()
  @Matches(REGION_CODE, { message: 'must be 12 digits' })
  homeRegionCode?: string | null;
  @Field(() => HireSource, { nullable: true, description: 'How the worker came to the post' }) @IsOptional() @IsEnum(HireSource) hireSource?: HireSource | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'First day of work; default today for an ACTIVE worker' })
  @IsOptional()
  @IsBusinessDate()
  hiredOn?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The phone published for the grid: a mobile or a landline with area code (0354-1234567); null clears it',
  })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  workPhone?: string | null;
  @Field({ nullable: true, description: 'The worker’s separate consent to publish the personal phone on the public roster (PIPL art. 25); false withdraws it' })
  @IsOptional()
  @IsBoolean()
  phonePublishConsent?: boolean;
  @Field(() => LocalDateScalar, { nullable: true, description: 'With phonePublishConsent: true, the day the consent was recorded; default today' })
  @IsOptional()
  phonePublishConsentOn?: string | null;
}

@InputType({ description: 'A new worker for the register (TOWNSHIP_STAFF, COUNTY_PLC); an ID number already on the register is a CONFLICT.' })
export class CreateWorkerInput extends WorkerFieldsInput {
  @Field({ description: 'The worker’s name as on the ID card, 1-50 characters' }) @IsString() @MinLength(1) @MaxLength(50) @IsPersonName() name: string;
  @Field({ description: '18-character resident ID number; birth date and sex are derived from it' }) @IsString() @MaxLength(30) idNumber: string;
  @Field({ description: '11-digit mobile number' }) @IsString() @MaxLength(20) phone: string;
  @Field(() => WorkerCategory, { description: 'The worker’s category (网格长, 专职, 兼职 …)' }) @IsEnum(WorkerCategory) category: WorkerCategory;
  @Field(() => WorkerStatus, { defaultValue: WorkerStatus.ACTIVE, description: 'ACTIVE for a worker on duty (default), CANDIDATE or ONBOARDING before' })
  @IsEnum(WorkerStatus)
  status: WorkerStatus = WorkerStatus.ACTIVE;
  @Field(() => ID, { description: 'Managing township, community or village' }) @IsUUID() regionId: string;
}

@InputType({ description: 'A change to a worker’s record; only the fields given change. The change is audited.' })
export class UpdateWorkerInput extends WorkerFieldsInput {
  @Field(() => ID, { description: 'The worker, in your scope' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you loaded' }) @IsInt() version: number;
  @Field({ nullable: true, description: 'New name, 1-50 characters' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  @IsPersonName()
  name?: string;
  @Field({ nullable: true, description: 'New 11-digit mobile number' }) @IsOptional() @IsString() @MaxLength(20) phone?: string;
  @Field(() => WorkerCategory, { nullable: true, description: 'New category' }) @IsOptional() @IsEnum(WorkerCategory) category?: WorkerCategory;
  @Field(() => WorkerStatus, {
    nullable: true,
    description: 'New status; EXITED ends the worker on exitedOn (default today) unless an open record blocks it, and openExit is the usual way',
  })
  @IsOptional()
  @IsEnum(WorkerStatus)
  status?: WorkerStatus;
  @Field(() => ID, {
    nullable: true,
    description: 'New managing township, community or village; one under another township is a transfer, as with transferWorker',
  })
  @IsOptional()
  @IsUUID()
  regionId?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'With status EXITED: last day' }) @IsOptional() @IsBusinessDate() exitedOn?: string | null;
}

@InputType({ description: 'Moves a worker to another township (COUNTY_PLC, CITY_ADMIN, SYSADMIN).' })
export class TransferWorkerInput {
  @Field(() => ID, { description: 'The worker, in your scope' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you loaded' }) @IsInt() version: number;
  @Field(() => ID, { description: 'The township, community or village of another township that manages the worker from now on' }) @IsUUID() regionId: string;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'First day under the new township; defaults to today. Grids of the old township end the day before.',
  })
  @IsOptional()
  @IsBusinessDate()
  on?: string | null;
}

@InputType({ description: 'Puts a worker on duty in a grid from a day.' })
export class AssignWorkerInput {
  @Field(() => ID, { description: 'The worker, in your scope' }) @IsUUID() workerId: string;
  @Field(() => ID, { description: 'The grid, in the worker’s township' }) @IsUUID() gridId: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'First day; defaults to today' }) @IsOptional() @IsBusinessDate() fromDate?: string | null;
  @Field({ defaultValue: false, description: 'For a one-grid worker already on duty elsewhere: close that assignment the day before (a move)' })
  @IsBoolean()
  move: boolean = false;
}

@InputType({ description: 'Ends a worker’s duty in a grid.' })
export class EndAssignmentInput {
  @Field(() => ID, { description: 'The current assignment to end' }) @IsUUID() assignmentId: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day; defaults to today' }) @IsOptional() @IsBusinessDate() toDate?: string | null;
}

@InputType({ description: 'A finding of prohibited conduct (Zigong and Jiangmen art. 13) against a worker.' })
export class RecordMisconductInput {
  @Field(() => ID, { description: 'The worker, in your scope' }) @IsUUID() workerId: string;
  @Field(() => MisconductKind, { description: 'Which prohibited conduct' }) @IsEnum(MisconductKind) kind: MisconductKind;
  @Field(() => LocalDateScalar, { description: 'The day it happened, YYYY-MM-DD' }) @IsString() @IsBusinessDate() occurredOn: string;
  @Field({ description: 'What was found, as written in the decision, 1-2000 characters' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @IsCleanText({ multiline: true })
  finding: string;
  @Field({ description: 'Who decided it (body or person), as on the decision, 1-100 characters' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @IsCleanText()
  decidedBy: string;
}

@InputType({ description: 'A worker spreadsheet (xlsx or csv, the template’s columns or a mapping of your own) to check and import.' })
export class ImportWorkersInput extends MappedSheetInput {
  @Field({ description: 'xlsx or csv' }) @IsIn(['xlsx', 'csv']) format: 'xlsx' | 'csv';
  @Field({ description: 'The file, base64-encoded (at most 5 MB)' }) @IsString() @LongString() @MaxLength(7_000_000) contentBase64: string;
  @Field({ defaultValue: false, description: 'Check every row and report, writing nothing' }) @IsBoolean() dryRun: boolean = false;
}

@ArgsType()
export class WorkersArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Part of the name' }) @IsOptional() @IsString() @MaxLength(50) name?: string;
  @Field({ nullable: true, description: 'Exact ID number: a reveal (TOWNSHIP_STAFF and COUNTY_PLC only; counts against REVEAL_MAX_PER_USER; audited)' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  idNumber?: string;
  @Field({ nullable: true, description: 'Exact mobile number: a reveal, as idNumber' }) @IsOptional() @IsString() @MaxLength(20) phone?: string;
  @Field(() => WorkerCategory, { nullable: true, description: 'Only workers of this category' })
  @IsOptional()
  @IsEnum(WorkerCategory)
  category?: WorkerCategory;
  @Field(() => WorkerStatus, { nullable: true, description: 'Only workers in this status' }) @IsOptional() @IsEnum(WorkerStatus) status?: WorkerStatus;
  @Field(() => ID, { nullable: true, description: 'Currently on duty in this grid' }) @IsOptional() @IsUUID() gridId?: string;
  @Field(() => ID, { nullable: true, description: 'Managed within this region subtree' }) @IsOptional() @IsUUID() regionId?: string;
  @Field(() => WorkerSort, { defaultValue: WorkerSort.NAME, description: 'Order by name or by when the record was created' })
  @IsEnum(WorkerSort)
  sort: WorkerSort = WorkerSort.NAME;
  @Field({ defaultValue: false, description: 'Reverse the order' }) @IsBoolean() descending: boolean = false;
}
