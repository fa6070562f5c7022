import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { CalendarResolver } from './calendar.resolver';
import { WorkingCalendarService } from './calendar.service';

@Module({ imports: [AuditModule], providers: [WorkingCalendarService, CalendarResolver], exports: [WorkingCalendarService] })
export class CalendarModule {}
