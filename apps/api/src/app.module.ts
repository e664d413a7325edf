import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from '@app/auth';
import { APP_CONFIG, AppConfig, ConfigModule } from '@app/config';
import { Database, DATABASE, DatabaseModule, migrate } from '@app/database';
import { EventStoreModule } from '@app/event-store';
import { LoggingModule } from '@app/logging';
import { OperationsModule } from '@app/operations';
import { ProjectionsModule } from '@app/projections';
import { supervisionProjections } from '@app/read-models';
import { WorkflowRuntimeModule } from '@app/workflow-runtime';
import { AdminModule } from './admin/admin.module';
import { AuditModule } from './audit/audit.module';
import { EvidenceApiModule } from './evidence/evidence.module';
import { CalendarModule } from './calendar/calendar.module';
import { HealthModule } from './health/health.module';
import { IdempotencyInterceptor } from './http/idempotency/idempotency.interceptor';
import { IdempotencyKeys } from './http/idempotency/idempotency-keys';
import { IDEMPOTENCY_MIGRATIONS } from './http/idempotency/idempotency.schema';
import { IdleConnectionSweeper } from './http/idle-connection-sweeper';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { requestValidationPipe } from './http/request-validation.pipe';
import { MetricsModule } from './metrics/metrics.module';
import { NotificationsApiModule } from './notifications/notifications.module';
import { RankingModule } from './ranking/ranking.module';
import { SupervisionModule } from './supervision.module';
import { UsersModule } from './users/users.module';

/**
 * The HTTP application. Configuration and the database come from their global modules; a test
 * builds this module with `Test.createTestingModule({ imports: [AppModule] })` and overrides the
 * `APP_CONFIG` and `DATABASE` providers with its own (see test/app/api-test-app.ts).
 */
@Module({
  imports: [
    CqrsModule.forRoot(),
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    EventStoreModule,
    AuthModule,
    WorkflowRuntimeModule,
    ProjectionsModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ projections: supervisionProjections(), runAsyncProjectors: config.runProjectors, retryDelayMs: 5000 }),
    }),
    OperationsModule,
    HealthModule,
    MetricsModule,
    SupervisionModule,
    AuditModule,
    EvidenceApiModule,
    AdminModule,
    UsersModule,
    RankingModule,
    CalendarModule,
    NotificationsApiModule,
  ],
  providers: [
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    { provide: APP_PIPE, useFactory: requestValidationPipe },
    {
      provide: IdempotencyKeys,
      inject: [DATABASE],
      useFactory: async (database: Database) => {
        await migrate(database.pool, 'idempotency', IDEMPOTENCY_MIGRATIONS);
        return new IdempotencyKeys(database.pool);
      },
    },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    IdleConnectionSweeper,
  ],
})
export class AppModule {}
