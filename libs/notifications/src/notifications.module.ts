import { Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit, Optional } from '@nestjs/common';
import { AUTH_MIGRATIONS } from '@app/auth';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Database, DATABASE, migrate } from '@app/database';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { PrometheusMetrics } from '@app/operations';
import { ProjectionRuntime } from '@app/projections';
import { Clock, CLOCK } from '@app/workflow';
import { OutsideChannel } from './notification-channels';
import { NotificationDispatcher } from './notification-dispatcher';
import { NotificationMetrics } from './notification-metrics';
import { NotificationOutbox, OutboxSources } from './notification-outbox';
import { NotificationStore } from './notification-store';
import { NOTIFICATION_MIGRATIONS } from './notifications.schema';

/**
 * Notifications in every process that appends (the API, the workers): the outbox hook on the event
 * store, and, where `config.runTimers` says background work runs, the dispatcher that sends the
 * outside deliveries. Their metrics join the process's /metrics.
 */
@Module({
  providers: [
    {
      provide: NotificationStore,
      inject: [DATABASE, CLOCK],
      useFactory: async (database: Database, clock: Clock) => {
        // The outbox reads accounts (auth_users), which a worker's process does not otherwise migrate.
        await migrate(database.pool, 'auth', AUTH_MIGRATIONS);
        await migrate(database.pool, 'notifications', NOTIFICATION_MIGRATIONS);
        return new NotificationStore(database.pool, clock);
      },
    },
    { provide: NotificationMetrics, useFactory: () => new NotificationMetrics() },
    {
      provide: NotificationDispatcher,
      inject: [DATABASE, APP_CONFIG, CLOCK, NotificationMetrics, NotificationStore],
      useFactory: (database: Database, config: AppConfig, clock: Clock, metrics: NotificationMetrics) => {
        const logger = new Logger('Notifications');
        return new NotificationDispatcher(database.pool, config.notifications, clock, {
          onAttempt: (channel, outcome, notificationId, error) => {
            metrics.countAttempt(channel, outcome);
            if (outcome === 'gave_up') logger.error({ message: 'notification given up', channel, notificationId, error });
            else if (outcome === 'retry') logger.warn({ message: 'notification not delivered, will retry', channel, notificationId, error });
          },
          onError: (error) => logger.warn({ message: 'notification dispatch failed', error: String(error) }),
        });
      },
    },
  ],
  exports: [NotificationStore, NotificationMetrics, NotificationDispatcher],
})
export class NotificationsModule implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private unsubscribe: (() => void) | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(NotificationDispatcher) private readonly dispatcher: NotificationDispatcher,
    @Inject(NotificationMetrics) private readonly metrics: NotificationMetrics,
    @Inject(NotificationStore) private readonly notifications: NotificationStore,
    // The process's /metrics (the API's and the worker's), when it has one.
    @Optional() @Inject(PrometheusMetrics) private readonly prometheus: PrometheusMetrics | null,
    // The read models' tables exist once the runtime does; the outbox reads three of them.
    @Inject(ProjectionRuntime) _projections: ProjectionRuntime,
  ) {}

  /**
   * The hook goes in before anything appends (the demo seeds at bootstrap), and after the read
   * models' own hook (added as their runtime was made), so the outbox reads them with this append in.
   */
  async onModuleInit(): Promise<void> {
    if (this.prometheus !== null) this.metrics.register(this.prometheus.registry, this.notifications, this.outsideChannels());
    const outbox = new NotificationOutbox(this.outsideChannels(), await this.sources(), (_channel, count) => this.metrics.countInbox(count));
    this.store.addAppendHook(outbox.hook);
  }

  onApplicationBootstrap(): void {
    if (!this.config.runTimers) return;
    this.dispatcher.start();
    if (this.outsideChannels().length > 0) this.unsubscribe = this.store.onAppended(() => this.dispatcher.poke());
  }

  private outsideChannels(): OutsideChannel[] {
    const { webhook, dingtalk } = this.config.notifications;
    return [...(webhook === undefined ? [] : (['webhook'] as const)), ...(dingtalk === undefined ? [] : (['dingtalk'] as const))];
  }

  async onApplicationShutdown(): Promise<void> {
    this.unsubscribe?.();
    await this.dispatcher.stop();
  }

  private async sources(): Promise<OutboxSources> {
    const { rows } = await this.database.pool.query<{ terms: boolean; board: boolean; units: boolean }>(
      `SELECT to_regclass('responsibility_terms') IS NOT NULL AS terms, to_regclass('case_board') IS NOT NULL AS board,
              to_regclass('org_unit_directory') IS NOT NULL AS units`,
    );
    const found = rows[0]!;
    return { responsibilityTerms: found.terms, caseBoard: found.board, orgUnits: found.units };
  }
}
