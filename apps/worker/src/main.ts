import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@gridhr/common';
import { DOMAINS } from '@gridhr/domains';
import { DomainPlugin } from '@gridhr/platform';
import { createWorker } from './bootstrap';

/** Starts the worker; a bad configuration or plugin list stops it with one line on stderr. */
export async function runWorker(plugins: DomainPlugin[] = DOMAINS): Promise<void> {
  try {
    const config = loadConfigOrExit();
    await createWorker(config, plugins);
    new Logger('GridHR worker').log('processing jobs');
  } catch (error) {
    process.stderr.write(`GridHR worker failed to start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (require.main === module) void runWorker();
