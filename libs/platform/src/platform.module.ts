import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { DomainPlugin } from './domain-plugin';
import { JobRunner } from './job-runner';
import { PluginHooks } from './plugin-hooks';
import { PluginRegistry } from './plugin-registry';
import { PROCESS_ROLE, ProcessRegistry, ProcessRole } from './process-registry';

/**
 * Loads the plugins' modules and gives every module the checked registry of what they contribute. The
 * registry is built (and checked) here, so a bad plugin list fails before anything starts. The worker
 * also runs the jobs and schedules.
 */
@Global()
@Module({})
export class PlatformModule {
  static forPlugins(plugins: DomainPlugin[], role: ProcessRole): DynamicModule {
    const registry = new PluginRegistry(plugins);
    const providers: Provider[] = [
      { provide: PluginRegistry, useValue: registry },
      { provide: PROCESS_ROLE, useValue: role },
      PluginHooks,
      ...(role === 'cli' ? [] : [ProcessRegistry]),
      ...(role === 'worker' ? [JobRunner] : []),
    ];
    return { module: PlatformModule, imports: plugins.map((p) => p.module), providers, exports: [PluginRegistry, PluginHooks] };
  }
}
