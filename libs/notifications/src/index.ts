export {
  deliveryFailure,
  dingtalkRequest,
  dingtalkSignature,
  NOTIFICATION_CHANNELS,
  NotificationChannel,
  OutsideMessage,
  retryDelayMs,
  WEBHOOK_HEADERS,
  webhookRequest,
  webhookSignature,
} from './notification-channels';
export { DeliveryOutcome, NotificationDispatcher } from './notification-dispatcher';
export { NotificationMetrics } from './notification-metrics';
export { NotificationOutbox } from './notification-outbox';
export {
  NOTIFICATION_STATUSES,
  NotificationCursor,
  NotificationPage,
  NotificationStatus,
  NotificationStore,
  NotificationView,
  OutboxFilter,
} from './notification-store';
export { NotificationsModule } from './notifications.module';
export { NOTIFICATION_MIGRATIONS } from './notifications.schema';
