import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Role, Roles } from '@gridhr/common';
import { FileDownloadType } from '@gridhr/sheets';
import { ImportReportType, WorkerType } from '@gridhr/workers';
import { workPeriodLabel } from './cycle-period.rules';
import { WorkRecord } from './work-record.entity';
import { ImportWorkRecordsInput, RecordWorkInput, WorkRecordConnection, WorkRecordsArgs, WorkRecordsWrittenType, WorkRecordType } from './work-record.types';
import { WorkRecordImportService } from './work-record-import.service';
import { WorkRecordsService } from './work-records.service';

const KEEPERS = [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC];

@Resolver(() => WorkRecordType)
export class WorkRecordsResolver {
  constructor(
    private readonly records: WorkRecordsService,
    private readonly imports: WorkRecordImportService,
  ) {}

  @Query(() => WorkRecordConnection, { description: 'Work records of the workers in your scope, latest period first.' })
  workRecords(@CurrentUser() user: AuthUser, @Args() args: WorkRecordsArgs) {
    return this.records.list(user, args);
  }

  @Query(() => FileDownloadType, { description: 'The xlsx template for importWorkRecords.' })
  workRecordTemplate() {
    return this.imports.template();
  }

  @Mutation(() => WorkRecordsWrittenType, {
    description: 'Weekly visit rounds and monthly events and satisfaction, keyed by worker and period; all or nothing.',
  })
  @Roles(...KEEPERS)
  recordWorkRecords(@CurrentUser() user: AuthUser, @Args('input', { description: 'The source and the records' }) input: RecordWorkInput) {
    return this.records.record(user, input);
  }

  @Mutation(() => ImportReportType, {
    description: 'The grid platform’s export (身份证号, 周次/是否全域走访 or 月份/上报事件数/按时办结数/满意度); with any bad line nothing is written.',
  })
  @Roles(...KEEPERS)
  importWorkRecords(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The sheet, its format, the source and whether to only check it' }) input: ImportWorkRecordsInput,
  ) {
    return this.imports.import(user, input);
  }

  @ResolveField(() => String, { description: '"2026-W05" or "2026-03"' })
  period(@Parent() record: WorkRecord) {
    return workPeriodLabel(record.periodKind, record.periodStart);
  }

  @ResolveField(() => Number, { nullable: true, description: 'Month: the satisfaction score, points' })
  satisfaction(@Parent() record: WorkRecord) {
    return record.satisfactionX100 === null ? null : record.satisfactionX100 / 100;
  }

  @ResolveField(() => WorkerType, { description: 'The worker the figures are for' })
  worker(@Parent() record: WorkRecord) {
    return record.worker;
  }
}
