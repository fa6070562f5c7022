import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthUser, InvalidInput } from '@gridhr/common';
import { AuditService } from '@gridhr/audit';
import { parseSheetDate, readUploadedSheet, SheetFormat, SheetProblem } from '@gridhr/sheets';
import { CalendarDayKind, WorkingCalendarDay, WorkingCalendarYear } from './calendar.entity';
import { calendarError, CalendarReason } from './calendar.errors';
import { CalendarMissing, calendarYearProblem, WorkingCalendar, workingPeriodEnd, YearCalendar } from './working-days';

export interface CalendarYearInput extends YearCalendar {
  year: number;
  source: string;
}

/** The working-day calendar kept as data: SYSADMIN enters each year from the State Council's notice. */
@Injectable()
export class WorkingCalendarService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  /** The known years among `years`, with their holidays and make-up working days. */
  async calendar(years: string[], em: EntityManager = this.em): Promise<WorkingCalendar> {
    const known = await em.find(WorkingCalendarYear, { year: { $in: years.map(Number) } });
    const days = known.length ? await em.find(WorkingCalendarDay, { year: { $in: known.map((y) => y.year) } }) : [];
    return Object.fromEntries(
      known.map((y) => [
        String(y.year),
        {
          holidays: days.filter((d) => d.year === y.year && d.kind === CalendarDayKind.HOLIDAY).map((d) => d.day),
          workdays: days.filter((d) => d.year === y.year && d.kind === CalendarDayKind.WORKDAY).map((d) => d.day),
        },
      ]),
    );
  }

  /** The last day of `count` working days opening on `start`; refused (CALENDAR_MISSING) when it reaches a year not entered. */
  async periodEnd(start: string, count: number, field: string, em: EntityManager = this.em): Promise<string> {
    const year = Number(start.slice(0, 4));
    // Thirty working days never span more than two calendar years.
    const calendar = await this.calendar([String(year), String(year + 1)], em);
    try {
      return workingPeriodEnd(start, count, calendar);
    } catch (error) {
      if (error instanceof CalendarMissing) throw calendarError(CalendarReason.CALENDAR_MISSING, error.message, field);
      throw error;
    }
  }

  async year(year: number): Promise<(CalendarYearInput & { enteredBy: string; updatedAt: Date }) | null> {
    const found = await this.em.findOne(WorkingCalendarYear, { year });
    if (!found) return null;
    const calendar = (await this.calendar([String(year)]))[String(year)];
    return { year, source: found.source, enteredBy: found.enteredBy, updatedAt: found.updatedAt, ...calendar };
  }

  /** Enters (or replaces) a year's holidays and make-up working days, audited. */
  async setYear(user: AuthUser, input: CalendarYearInput): Promise<CalendarYearInput> {
    const days = { holidays: [...input.holidays].sort(), workdays: [...input.workdays].sort() };
    const problem = calendarYearProblem(input.year, days);
    if (problem) throw new InvalidInput(`input.${problem.field}`, problem.problem);
    return this.em.transactional(async (em) => {
      const before = (await this.calendar([String(input.year)], em))[String(input.year)] ?? null;
      let year = await em.findOne(WorkingCalendarYear, { year: input.year });
      if (year) Object.assign(year, { source: input.source.trim(), enteredBy: user.username });
      else year = em.create(WorkingCalendarYear, { year: input.year, source: input.source.trim(), enteredBy: user.username });
      await em.nativeDelete(WorkingCalendarDay, { year: input.year });
      for (const day of days.holidays) em.create(WorkingCalendarDay, { day, year: input.year, kind: CalendarDayKind.HOLIDAY });
      for (const day of days.workdays) em.create(WorkingCalendarDay, { day, year: input.year, kind: CalendarDayKind.WORKDAY });
      this.audit.record(em, user, {
        entity: 'WorkingCalendarYear',
        entityId: String(input.year),
        action: before ? 'UPDATE' : 'CREATE',
        before: before ? { ...before } : null,
        after: { ...days, source: year.source },
        regionCode: null,
      });
      return { year: input.year, source: year.source, ...days };
    });
  }

  /** A year from a sheet (日期, 类型: 放假 or 上班/调休上班); with any bad line nothing is entered. */
  async importYear(user: AuthUser, input: { year: number; source: string; format: SheetFormat; contentBase64: string }) {
    const sheet = await readUploadedSheet(input, { day: ['日期'], kind: ['类型', '安排'] }, ['day', 'kind']);
    if (sheet.missing) return { entered: false, problems: [sheet.missing] };
    const problems: SheetProblem[] = [];
    const days: YearCalendar = { holidays: [], workdays: [] };
    for (const row of sheet.rows) {
      const day = parseSheetDate(row.cell.day);
      if (!day) problems.push({ line: row.line, column: '日期', value: row.cell.day, problem: '不是有效日期，请写成 2027-01-01' });
      else if (['放假', '休息', '休'].includes(row.cell.kind)) days.holidays.push(day);
      else if (['上班', '调休上班', '班'].includes(row.cell.kind)) days.workdays.push(day);
      else problems.push({ line: row.line, column: '类型', value: row.cell.kind, problem: '请填“放假”或“上班”' });
    }
    const problem = problems.length ? null : calendarYearProblem(input.year, days);
    if (problem) problems.push({ line: 1, column: problem.field === 'holidays' ? '放假' : '上班', value: '', problem: problem.problem });
    if (problems.length) return { entered: false, problems };
    await this.setYear(user, { year: input.year, source: input.source, ...days });
    return { entered: true, problems: [] };
  }
}
