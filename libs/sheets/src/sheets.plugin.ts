import { DomainPlugin } from '@gridhr/platform';
import { SheetMapping } from './sheet-mapping.entity';
import { SheetsModule } from './sheets.module';

/** Spreadsheet imports: the column mappings units save for their own sheets. */
export const sheetsPlugin: DomainPlugin = { name: 'sheets', module: SheetsModule, entities: [SheetMapping] };
