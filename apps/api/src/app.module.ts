import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { APP_CONFIG, AppConfig, ConfigModule, formatGraphqlError, GraphqlExceptionFilter, inOrder, InputPipe, JsonScalar, LocalDateScalar, queryLimitsPlugin } from '@gridhr/common';
import { AuditModule } from '@gridhr/audit';
import { accessPlugin, AuthModule, AuthService } from '@gridhr/auth';
import { DatabaseModule } from '@gridhr/database';
import { OrgModule } from '@gridhr/org';
import { PolicyModule } from '@gridhr/policy';
import { QueueModule } from '@gridhr/queue';
import { WorkersModule } from '@gridhr/workers';
import { ComplianceModule } from '@gridhr/compliance';
import { ContractsModule } from '@gridhr/contracts';
import { TrainingModule } from '@gridhr/training';
import { RecruitingModule } from '@gridhr/recruiting';
import { HealthController } from './health.controller';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    QueueModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule],
      inject: [APP_CONFIG, AuthService],
      useFactory: (config: AppConfig, auth: AuthService) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        resolvers: { LocalDate: LocalDateScalar, JSON: JsonScalar },
        context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
        formatError: formatGraphqlError,
        includeStacktraceInErrorResponses: false,
        introspection: config.nodeEnv !== 'production',
        playground: false,
        plugins: [
          // Who may call the operation first, then what it costs (which reads the variables).
          inOrder(accessPlugin(auth), queryLimitsPlugin({ maxDepth: config.graphqlMaxDepth, maxComplexity: config.graphqlMaxComplexity })),
          // Apollo's sandbox in development only.
          config.nodeEnv === 'development' ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
        ],
      }),
    }),
    AuthModule,
    AuditModule,
    PolicyModule,
    OrgModule,
    WorkersModule,
    ComplianceModule,
    ContractsModule,
    TrainingModule,
    RecruitingModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_PIPE, useClass: InputPipe },
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
  ],
})
export class AppModule {}
