import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Database, DATABASE, migrate } from '@app/database';
import { Clock, CLOCK } from '@app/workflow';
import { ACCESS_TOKEN_TTL, AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AUTH_MIGRATIONS } from './auth.schema';
import { LoginAttempts } from './login-attempts';
import { TokenService } from './token-service';
import { UserDirectory } from './user-directory';

/** The route handlers that check a password (by method name), limited per client address. */
const PASSWORD_CHECKING_HANDLERS = new Set(['login', 'changePassword']);

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A key object made once: given the secret as a string, jsonwebtoken first tries it as a
        // public key on every verify and builds an exception when that fails (about 0.6 ms of CPU
        // per request here, measured in a profile of POST /cases/:id/urge).
        secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
        signOptions: { expiresIn: config.jwtTtlSeconds, algorithm: 'HS256' },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      // Only the routes that check a password are limited here, per client address (the per-account
      // limit is LoginAttempts): sign-in and changing one's password. The throttler is the default
      // one so that a refusal carries a plain Retry-After header.
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'default', ttl: 60_000, limit: config.loginRateLimitPerMinute }],
        skipIf: (context) => !PASSWORD_CHECKING_HANDLERS.has(context.getHandler().name),
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    {
      provide: UserDirectory,
      inject: [DATABASE],
      useFactory: async (database: Database) => {
        await migrate(database.pool, 'auth', AUTH_MIGRATIONS);
        return new UserDirectory(database.pool);
      },
    },
    {
      provide: LoginAttempts,
      // After UserDirectory, whose factory migrates the auth tables.
      inject: [DATABASE, CLOCK, APP_CONFIG, UserDirectory],
      useFactory: (database: Database, clock: Clock, config: AppConfig) =>
        new LoginAttempts(database.pool, clock, { failuresPerAccount: config.loginFailuresPerAccount, windowSeconds: config.loginFailureWindowSeconds }),
    },
    { provide: TokenService, inject: [JwtService], useFactory: (jwt: JwtService) => new TokenService(jwt) },
    { provide: ACCESS_TOKEN_TTL, inject: [APP_CONFIG], useFactory: (config: AppConfig) => config.jwtTtlSeconds },
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [UserDirectory, TokenService, LoginAttempts],
})
export class AuthModule {}
