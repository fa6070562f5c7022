// A GridHR context for command-line tasks (seeding): the same plugins as the api and the worker, without
// HTTP or jobs. Reads its configuration from the environment.
import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule } from '@gridhr/common';
import { DatabaseModule } from '@gridhr/database';
import { DOMAINS } from '@gridhr/domains';
import { DomainPlugin, PlatformModule } from '@gridhr/platform';
import { QueueModule } from '@gridhr/queue';

@Module({})
class CliModule {
  static forPlugins(plugins: DomainPlugin[]): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule, DatabaseModule.forEntities(plugins.flatMap((p) => p.entities ?? [])), QueueModule, PlatformModule.forPlugins(plugins, 'cli')],
    };
  }
}

export function createCliContext(plugins: DomainPlugin[] = DOMAINS): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(CliModule.forPlugins(plugins), { logger: ['error', 'warn'], abortOnError: false });
}
