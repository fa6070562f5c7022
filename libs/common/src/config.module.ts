import { Global, Module } from '@nestjs/common';
import { Clock, FixedClock, SystemClock } from './clock';
import { APP_CONFIG, AppConfig, loadConfig } from './config';

/** Provides the validated AppConfig under APP_CONFIG (read at module creation, not at import time) and the Clock. */
@Global()
@Module({
  providers: [
    { provide: APP_CONFIG, useFactory: () => loadConfig() },
    { provide: Clock, inject: [APP_CONFIG], useFactory: (config: AppConfig) => (config.clockToday ? new FixedClock(config.clockToday) : new SystemClock()) },
  ],
  exports: [APP_CONFIG, Clock],
})
export class ConfigModule {}
