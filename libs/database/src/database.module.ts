import { DynamicModule, Module, Type } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { APP_CONFIG, AppConfig } from '@gridhr/common';
import { ormConfig } from './orm-config';

/** MikroORM on the configured PostgreSQL; HTTP requests get a forked EntityManager via request context. */
@Module({})
export class DatabaseModule {
  static forEntities(entities: Type<unknown>[]): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        MikroOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ormConfig(config.databaseUrl, entities),
          driver: PostgreSqlDriver,
        }),
      ],
    };
  }
}
