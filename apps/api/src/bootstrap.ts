import { assertDatabaseReachable } from '@gridhr/database';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppConfig, RedactingLogger, requestLog } from '@gridhr/common';
import { DOMAINS } from '@gridhr/domains';
import { DomainPlugin } from '@gridhr/platform';
import { CacheEvictions } from '@gridhr/queue';
import { AppModule } from './app.module';
import { CONTENT_SECURITY_POLICY, serveConsole } from './web-console';

/** Builds the api application (used by main and by the end-to-end tests). */
export async function createApi(config: AppConfig, plugins: DomainPlugin[] = DOMAINS): Promise<INestApplication> {
  // Before Nest starts: an unreachable database is one clear line, not a stack trace from inside Nest.
  await assertDatabaseReachable(config.databaseUrl);
  const logger = new RedactingLogger({ json: config.logJson, prefix: 'GridHR api', logLevels: config.nodeEnv === 'test' ? ['error', 'warn'] : undefined });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forPlugins(plugins), { logger, abortOnError: false });
  // Spreadsheet imports arrive base64-encoded (5 MB files).
  app.useBodyParser('json', { limit: '8mb' });
  // Security headers; the content security policy only in production, where the sandbox page is off.
  app.use(helmet({ contentSecurityPolicy: config.nodeEnv === 'production' ? CONTENT_SECURITY_POLICY : false }));
  app.use(requestLog({ json: config.logJson, enabled: config.nodeEnv !== 'test' }));
  // The web console (apps/web, built into dist/web by `npm run build:web`) at /, when it has been built.
  if (!serveConsole(app) && config.nodeEnv !== 'test') logger.warn('no web console build in dist/web (npm run build:web): serving the api only');
  app.enableShutdownHooks();
  // Kept accounts (the signed-in user behind a token) are used only while this process hears evictions.
  app.get(CacheEvictions).listen();
  return app;
}
