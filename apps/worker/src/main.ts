import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@gridhr/common';
import { createWorker } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  await createWorker(config);
  new Logger('GridHR worker').log('processing jobs');
}

main().catch((error: Error) => {
  process.stderr.write(`GridHR worker failed to start: ${error.message}\n`);
  process.exit(1);
});
