import { createReadStream } from 'node:fs';
import { Controller, Get, HttpStatus, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@gridhr/common';
import { CSV_MIME, XLSX_MIME } from '@gridhr/sheets';
import { ReportFiles } from './report-files.service';

const STATUS = { NOT_FOUND: HttpStatus.NOT_FOUND, NOT_READY: HttpStatus.CONFLICT, GONE: HttpStatus.GONE } as const;
const MESSAGE = {
  NOT_FOUND: 'no such file',
  NOT_READY: 'the file is still being written: follow reportFile(id) and try again when it is DONE',
  GONE: 'the link was used already, has expired, or the file could not be written',
} as const;

/** GET /exports/:id?token=…: a report file, once; the link itself is the credential (it holds the token). */
@Controller('exports')
export class ReportFileController {
  constructor(private readonly files: ReportFiles) {}

  @Public()
  @Get(':id')
  async download(@Param('id') id: string, @Query('token') token: string, @Res() res: Response): Promise<void> {
    const taken = await this.files.take(id, typeof token === 'string' ? token : '');
    if (typeof taken === 'string') {
      res.status(STATUS[taken]).json({ error: taken, message: MESSAGE[taken] });
      return;
    }
    res.setHeader('content-type', taken.format === 'CSV' ? CSV_MIME : XLSX_MIME);
    res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(taken.fileName)}`);
    res.setHeader('cache-control', 'no-store');
    const file = createReadStream(taken.path);
    file.on('error', () => res.destroy());
    res.on('finish', () => void this.files.discard(taken.path));
    file.pipe(res);
  }
}
