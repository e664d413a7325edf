export {
  AccountRateLimitedError,
  AuthenticationError,
  InvalidCredentialsError,
  InvalidTokenError,
  MissingTokenError,
  PasswordChangeRequiredError,
  SessionEndedError,
  SignInDisabledError,
} from './auth.errors';
export { CurrentActor, Public, RequestActor, Roles } from './auth.decorators';
export { AuthGuard, RoleForbiddenError } from './auth.guard';
export { AuthModule } from './auth.module';
export { AUTH_MIGRATIONS } from './auth.schema';
export { LoginAttemptLimits, LoginAttempts } from './login-attempts';
export { TokenActor, TokenService } from './token-service';
export { AccountStanding, actorOfAccount, NewUserAccount, StoredAccount, UserAccount } from './user-account';
export { hashPassword, UserDirectory } from './user-directory';
