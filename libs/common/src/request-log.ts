// One log line per HTTP request with its duration (JSON when the logger is in JSON mode).
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const logger = new Logger('HTTP');

export function requestLog(req: Request, res: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const body = req.body as { operationName?: unknown } | undefined;
    const operation = typeof body?.operationName === 'string' ? ` ${body.operationName}` : '';
    const user = (req as Request & { user?: { username: string } }).user?.username ?? '-';
    logger.log(`${req.method} ${req.originalUrl}${operation} ${res.statusCode} ${ms.toFixed(1)}ms user=${user}`);
  });
  next();
}
