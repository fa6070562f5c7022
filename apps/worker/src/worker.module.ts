import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@gridhr/common';
import { DatabaseModule } from '@gridhr/database';
import { DomainPlugin, PlatformModule } from '@gridhr/platform';
import { QueueModule } from '@gridhr/queue';

/** The worker: the same plugins as the api, running their jobs and schedules. */
@Module({})
export class WorkerModule {
  static forPlugins(plugins: DomainPlugin[]): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule, DatabaseModule.forEntities(plugins.flatMap((p) => p.entities ?? [])), QueueModule, PlatformModule.forPlugins(plugins, 'worker')],
    };
  }
}
