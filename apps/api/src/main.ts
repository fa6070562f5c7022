import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@gridhr/common';
import { DOMAINS } from '@gridhr/domains';
import { DomainPlugin } from '@gridhr/platform';
import { createApi } from './bootstrap';

/** Starts the api; a bad configuration or plugin list stops it with one line on stderr. */
export async function runApi(plugins: DomainPlugin[] = DOMAINS): Promise<void> {
  try {
    const config = loadConfigOrExit();
    const app = await createApi(config, plugins);
    await app.listen(config.port, '0.0.0.0');
    new Logger('GridHR api').log(`GraphQL at ${(await app.getUrl()).replace('[::1]', 'localhost')}/graphql`);
  } catch (error) {
    process.stderr.write(`GridHR api failed to start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (require.main === module) void runApi();
