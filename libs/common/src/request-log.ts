// One log line per HTTP request with its duration (JSON when the logger is in JSON mode): the path without
// its query string (a GET query carries the variables), ID numbers and phones masked. The lines are
// written off the request's path: buffered, and handed to the operating system by an asynchronous write
// a few times a second, not one synchronous write per request (stdout to a file or a pipe blocks).
import { write, writeSync } from 'node:fs';
import type { NextFunction, Request, Response } from 'express';
import { redactPersonalData } from './personal-data';

/** Buffers lines and writes them to a file descriptor asynchronously, one write at a time, in order. */
export class AsyncLineWriter {
  private pending: string[] = [];
  private writing = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly fd = 1,
    private readonly flushMs = 100,
  ) {
    // Whatever is still buffered when the process exits is written synchronously then.
    process.once('exit', () => this.flushSync());
  }

  line(text: string): void {
    this.pending.push(text);
    if (this.pending.length >= 1000) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.flushMs).unref();
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.writing || !this.pending.length) return;
    const buffer = Buffer.from(this.pending.join('\n') + '\n');
    this.pending = [];
    this.writing = true;
    write(this.fd, buffer, () => {
      this.writing = false;
      if (this.pending.length) this.flush();
    });
  }

  private flushSync(): void {
    if (!this.pending.length) return;
    try {
      writeSync(this.fd, this.pending.join('\n') + '\n');
    } catch {
      // the descriptor is gone; nothing else to do at exit
    }
    this.pending = [];
  }
}

/** The request log middleware; `enabled: false` (tests) logs nothing, like the logger's levels there. */
export function requestLog(options: { json: boolean; enabled: boolean }, writer = new AsyncLineWriter()) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!options.enabled) return next();
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const body = req.body as { operationName?: unknown } | undefined;
      const operation = typeof body?.operationName === 'string' ? ` ${body.operationName}` : '';
      const user = (req as Request & { user?: { username: string } }).user?.username ?? '-';
      const message = redactPersonalData(`${req.method} ${req.baseUrl}${req.path}${operation} ${res.statusCode} ${ms.toFixed(1)}ms user=${user}`);
      const now = new Date();
      writer.line(
        options.json
          ? JSON.stringify({ level: 'log', pid: process.pid, timestamp: now.getTime(), message, context: 'HTTP' })
          : `[GridHR api] ${process.pid}  - ${now.toLocaleString()}     LOG [HTTP] ${message}`,
      );
    });
    next();
  };
}
