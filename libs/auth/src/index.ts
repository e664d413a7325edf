export { AccountRateLimitedError, AuthenticationError, InvalidCredentialsError, InvalidTokenError, MissingTokenError } from './auth.errors';
export { CurrentActor, Public, RequestActor, Roles } from './auth.decorators';
export { AuthGuard, RoleForbiddenError } from './auth.guard';
export { AuthModule } from './auth.module';
export { AUTH_MIGRATIONS } from './auth.schema';
export { LoginAttemptLimits, LoginAttempts } from './login-attempts';
export { TokenService } from './token-service';
export { NewUserAccount, UserAccount } from './user-account';
export { UserDirectory } from './user-directory';
