import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  APP_CONFIG,
  AppConfig,
  assertRootFieldCosts,
  CompiledQueries,
  ConfigModule,
  describeRootTypes,
  FenScalar,
  formatGraphqlError,
  GraphqlExceptionFilter,
  inOrder,
  InputPipe,
  JsonScalar,
  LocalDateScalar,
  preloadedFields,
  queryLimitsPlugin,
} from '@gridhr/common';
import { accessPlugin, AuthModule, AuthService } from '@gridhr/auth';
import { DatabaseModule } from '@gridhr/database';
import { DomainPlugin, PlatformModule, PluginRegistry } from '@gridhr/platform';
import { QueueModule } from '@gridhr/queue';
import { CompiledQueriesModule } from './compiled-queries.module';
import { HealthController } from './health.controller';

/** The api: GraphQL over the plugins' resolvers, and /health. */
@Module({})
export class AppModule {
  static forPlugins(plugins: DomainPlugin[]): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule,
        DatabaseModule.forEntities(plugins.flatMap((p) => p.entities ?? [])),
        QueueModule,
        PlatformModule.forPlugins(plugins, 'api'),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule, CompiledQueriesModule],
          inject: [APP_CONFIG, AuthService, PluginRegistry, CompiledQueries],
          useFactory: (config: AppConfig, auth: AuthService, registry: PluginRegistry, compiled: CompiledQueries) => ({
            path: '/graphql',
            autoSchemaFile: true,
            // An export, report or job no plugin prices would cost as one field: refuse to start.
            transformSchema: (schema) => assertRootFieldCosts(describeRootTypes(preloadedFields(schema)), registry.costs),
            sortSchema: true,
            resolvers: { LocalDate: LocalDateScalar, JSON: JsonScalar, Fen: FenScalar },
            context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
            formatError: formatGraphqlError,
            includeStacktraceInErrorResponses: false,
            introspection: config.nodeEnv !== 'production',
            // With introspection off, "Did you mean …" would still spell the schema out field by field.
            hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
            playground: false,
            plugins: [
              // Who may call the operation first, then what it costs (which reads the variables).
              inOrder(
                accessPlugin(auth),
                queryLimitsPlugin({
                  maxDepth: config.graphqlMaxDepth,
                  maxComplexity: config.graphqlMaxComplexity,
                  maxRootFields: config.graphqlMaxRootFields,
                  costs: registry.costs,
                }),
              ),
              // Apollo's sandbox in development only.
              config.nodeEnv === 'development' ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
              // With GRAPHQL_COMPILE_AFTER set, a query asked that often runs compiled (after the limits above have passed it).
              compiled.plugin(formatGraphqlError),
              // GridHR sets no cache hints; Apollo's default cache-control plugin would wrap every field's resolver to look for them.
              ApolloServerPluginCacheControlDisabled(),
            ],
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useClass: InputPipe },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      ],
    };
  }
}
