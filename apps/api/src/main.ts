import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@gridhr/common';
import { createApi } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApi(config);
  await app.listen(config.port, '0.0.0.0');
  new Logger('GridHR api').log(`GraphQL at ${(await app.getUrl()).replace('[::1]', 'localhost')}/graphql`);
}

main().catch((error: Error) => {
  process.stderr.write(`GridHR api failed to start: ${error.message}\n`);
  process.exit(1);
});
