import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig, CompiledQueries } from '@gridhr/common';

/** The api's compiled queries, one cache per process (GRAPHQL_COMPILE_AFTER). */
@Module({
  providers: [
    {
      provide: CompiledQueries,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new CompiledQueries({ compileAfter: config.graphqlCompileAfter, maxQueries: 1000 }),
    },
  ],
  exports: [CompiledQueries],
})
export class CompiledQueriesModule {}
