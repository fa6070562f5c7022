import { ConsoleLogger, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, requestLog } from '@gridhr/common';
import { DOMAINS } from '@gridhr/domains';
import { DomainPlugin } from '@gridhr/platform';
import { AppModule } from './app.module';

/** Builds the api application (used by main and by the end-to-end tests). */
export async function createApi(config: AppConfig, plugins: DomainPlugin[] = DOMAINS): Promise<INestApplication> {
  const logger = new ConsoleLogger({ json: config.logJson, prefix: 'GridHR api', logLevels: config.nodeEnv === 'test' ? ['error', 'warn'] : undefined });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forPlugins(plugins), { logger, abortOnError: false });
  // Spreadsheet imports arrive base64-encoded (5 MB files).
  app.useBodyParser('json', { limit: '8mb' });
  app.use(requestLog({ json: config.logJson, enabled: config.nodeEnv !== 'test' }));
  app.enableShutdownHooks();
  return app;
}
