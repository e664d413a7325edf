export {
  AppConfig,
  ConfigValidationError,
  LOG_LEVELS,
  LogLevel,
  loadConfig,
  loadTestEnvironment,
  NotificationSettings,
  SealingSettings,
  TestEnvironment,
} from './app-config';
export { APP_CONFIG, ConfigModule } from './config.module';
export { loadConfigOrReport } from './startup-config';
