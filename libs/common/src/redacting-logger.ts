// The process logger: Nest's console logger with ID numbers and phones masked in every line it writes.
import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { redactPersonalData } from './personal-data';

export class RedactingLogger extends ConsoleLogger {
  protected override formatMessage(
    logLevel: LogLevel,
    message: unknown,
    pidMessage: string,
    formattedLogLevel: string,
    contextMessage: string,
    timestampDiff: string,
  ): string {
    return redactPersonalData(super.formatMessage(logLevel, message, pidMessage, formattedLogLevel, contextMessage, timestampDiff));
  }

  protected override stringifyJsonLogObject(logObject: Record<string, unknown>): string {
    return redactPersonalData(super.stringifyJsonLogObject(logObject));
  }

  protected override printStackTrace(stack: string): void {
    super.printStackTrace(typeof stack === 'string' ? redactPersonalData(stack) : stack);
  }
}
