import { Module } from '@nestjs/common';
import { AuditModule } from '@gridhr/audit';
import { SheetMappings } from './sheet-mappings.service';
import { SheetsResolver } from './sheets.resolver';

@Module({ imports: [AuditModule], providers: [SheetMappings, SheetsResolver], exports: [SheetMappings] })
export class SheetsModule {}
