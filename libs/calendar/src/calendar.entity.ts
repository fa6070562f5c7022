import { Entity, Enum, Index, Opt, PrimaryKey, Property } from '@mikro-orm/core';

export enum CalendarDayKind {
  /** 放假: a public holiday (or a day off of the holiday period). */
  HOLIDAY = 'HOLIDAY',
  /** 调休上班: a Saturday or Sunday worked instead. */
  WORKDAY = 'WORKDAY',
}

/** One year of the mainland working-day calendar, as the State Council General Office's notice sets it. */
@Entity()
export class WorkingCalendarYear {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year: number;

  /** The notice, e.g. 国务院办公厅关于2027年部分节假日安排的通知. */
  @Property({ type: 'string', length: 300 })
  source: string;

  @Property({ type: 'string', length: 64 })
  enteredBy: string;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** A day that differs from the weekly rhythm: a holiday on a weekday or weekend, or a make-up working day. */
@Entity()
@Index({ properties: ['year'] })
export class WorkingCalendarDay {
  @PrimaryKey({ type: 'date' })
  day: string;

  @Property({ type: 'integer' })
  year: number;

  @Enum({ items: () => CalendarDayKind, nativeEnumName: 'calendar_day_kind' })
  kind: CalendarDayKind;
}
