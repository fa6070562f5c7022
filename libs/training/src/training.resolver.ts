import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, ParseId, Role, Roles } from '@gridhr/common';
import { WorkerType } from '@gridhr/workers';
import { RegionType } from '@gridhr/org';
import { Attendance, TrainingSession } from './training-session.entity';
import {
  AttendanceType,
  CreateTrainingSessionInput,
  ImportSignInSheetInput,
  RecordAttendanceInput,
  SignInReportType,
  TrainingCountyReportArgs,
  TrainingCountyReportType,
  TrainingReportArgs,
  TrainingReportType,
  TrainingSessionConnection,
  TrainingSessionsArgs,
  TrainingSessionType,
  UpdateTrainingSessionInput,
} from './training.types';
import { TrainingReportService } from './training-report.service';
import { TrainingCountyReportService } from './training-county-report.service';
import { TrainingService } from './training.service';
import { ExportFormat, FileDownloadType } from '@gridhr/sheets';
import { ReportExports } from '@gridhr/reports';
import { TrainingTownshipReport } from './training.reports';

const ORGANISERS = [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC, Role.CITY_ADMIN, Role.SYSADMIN];
const ATTENDANCE_KEEPERS = [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC];

@Resolver(() => TrainingSessionType)
export class TrainingResolver {
  constructor(
    private readonly training: TrainingService,
    private readonly reports: TrainingReportService,
    private readonly countyReports: TrainingCountyReportService,
    private readonly townshipReport: TrainingTownshipReport,
    private readonly exports: ReportExports,
  ) {}

  @Query(() => TrainingSessionType, { description: 'One training session visible from your scope; NOT_FOUND otherwise.' })
  trainingSession(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID, description: 'The training session' }, ParseId) id: string) {
    return this.training.get(user, id);
  }

  @Query(() => TrainingSessionConnection, { description: 'Sessions organised in your scope or above it, latest first.' })
  trainingSessions(@CurrentUser() user: AuthUser, @Args() args: TrainingSessionsArgs) {
    return this.training.list(user, args);
  }

  @Mutation(() => TrainingSessionType, { description: 'COUNTY_PLC records county sessions; TOWNSHIP_STAFF township and department sessions.' })
  @Roles(...ORGANISERS)
  createTrainingSession(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The level, kind, organiser, date, length and topic' }) input: CreateTrainingSessionInput,
  ) {
    return this.training.create(user, input);
  }

  @Mutation(() => TrainingSessionType, { description: 'Changes a session’s details (the organiser’s staff); CONFLICT when the version is stale.' })
  @Roles(...ORGANISERS)
  updateTrainingSession(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The session, the version you last read and the fields to change' }) input: UpdateTrainingSessionInput,
  ) {
    return this.training.update(user, input);
  }

  @Mutation(() => [AttendanceType], { description: "Sets the session's attendance of your workers, all at once." })
  @Roles(...ATTENDANCE_KEEPERS)
  recordAttendance(@CurrentUser() user: AuthUser, @Args('input', { description: 'The session and each worker’s attendance' }) input: RecordAttendanceInput) {
    return this.training.recordAttendance(user, input);
  }

  @Mutation(() => SignInReportType, { description: 'Records attendance from a sign-in sheet; with any bad line nothing is recorded.' })
  @Roles(...ATTENDANCE_KEEPERS)
  importSignInSheet(@CurrentUser() user: AuthUser, @Args('input', { description: 'The session and the sign-in sheet' }) input: ImportSignInSheetInput) {
    return this.training.importSignInSheet(user, input);
  }

  @Query(() => TrainingReportType, { description: 'Training compliance of a township for a year.' })
  trainingReport(@CurrentUser() user: AuthUser, @Args() args: TrainingReportArgs) {
    return this.reports.report(user, args);
  }

  @Query(() => TrainingCountyReportType, { description: 'Training compliance of a county for a year: its own sessions, and each township.' })
  trainingCountyReport(@CurrentUser() user: AuthUser, @Args() args: TrainingCountyReportArgs) {
    return this.countyReports.report(user, args);
  }

  @Query(() => FileDownloadType, { description: 'The training report as xlsx (default) or csv; the same as reportExport(report: "training.township").' })
  async trainingReportExport(
    @CurrentUser() user: AuthUser,
    @Args() args: TrainingReportArgs,
    @Args('format', { type: () => ExportFormat, defaultValue: ExportFormat.XLSX, description: 'xlsx (default) or csv' }) format: ExportFormat,
  ) {
    return this.exports.export(user, this.townshipReport, args, await this.townshipReport.run(user, args), format);
  }

  @ResolveField(() => Number, { description: 'Length in hours' })
  hours(@Parent() session: TrainingSession): number {
    return session.minutes / 60;
  }

  @ResolveField(() => RegionType, { description: 'The region that organised the session' })
  organiser(@Parent() session: TrainingSession) {
    return session.organiser;
  }

  @ResolveField(() => [AttendanceType], { description: 'Attendance of the workers you may see' })
  attendance(@CurrentUser() user: AuthUser, @Parent() session: TrainingSession) {
    return this.training.attendanceOf(user, session.id);
  }
}

@Resolver(() => AttendanceType)
export class AttendanceResolver {
  @ResolveField(() => WorkerType, { description: 'The worker whose attendance this is' })
  worker(@Parent() row: Attendance) {
    return row.worker;
  }
}
