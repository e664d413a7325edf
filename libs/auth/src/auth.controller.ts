import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Public } from './auth.decorators';
import { InvalidCredentialsError, PasswordChangeRequiredError, SignInDisabledError } from './auth.errors';
import { LoginAttempts } from './login-attempts';
import { TokenService } from './token-service';
import { UserDirectory } from './user-directory';

export class LoginRequest {
  @ApiProperty({ example: 'inspector.anji' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  username!: string;

  @ApiProperty({ example: 'huzhou-demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

class LoginUser {
  @ApiProperty() userId!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty({ nullable: true, type: String }) orgUnitId!: string | null;
  @ApiProperty({ nullable: true, type: String }) homeCountyId!: string | null;
}

class LoginResponse {
  @ApiProperty() accessToken!: string;
  @ApiProperty() tokenType!: 'Bearer';
  @ApiProperty({ description: 'seconds until the token expires' }) expiresIn!: number;
  @ApiProperty({ type: LoginUser }) user!: LoginUser;
}

export const ACCESS_TOKEN_TTL = Symbol('ACCESS_TOKEN_TTL');

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(UserDirectory) private readonly users: UserDirectory,
    @Inject(TokenService) private readonly tokens: TokenService,
    @Inject(LoginAttempts) private readonly attempts: LoginAttempts,
    @Inject(ACCESS_TOKEN_TTL) private readonly ttlSeconds: number,
  ) {}

  @Public()
  @Throttle({ default: {} })
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with username and password; returns a bearer token',
    description:
      'Limited per client address (LOGIN_RATE_LIMIT_PER_MINUTE attempts a minute) and per account: after ' +
      'LOGIN_FAILURES_PER_ACCOUNT failed attempts at one username, from any addresses, within LOGIN_FAILURE_WINDOW_SECONDS of ' +
      'the first, the username is refused until that window ends, whatever the password. A successful sign-in clears the count. ' +
      'Both limits answer 429 with Retry-After (seconds).',
  })
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS' })
  @ApiForbiddenResponse({ description: 'ACCOUNT_DISABLED; PASSWORD_CHANGE_REQUIRED: the password was set by an admin, set your own with POST /auth/password first' })
  @ApiTooManyRequestsResponse({
    description: 'RATE_LIMITED: too many attempts from this address; ACCOUNT_RATE_LIMITED: too many failed attempts at this username',
    headers: { 'Retry-After': { description: 'seconds until the limit lets the next attempt through', schema: { type: 'integer' } } },
  })
  async login(@Body() request: LoginRequest): Promise<LoginResponse> {
    await this.attempts.admit(request.username);
    const account = await this.users.authenticate(request.username, request.password);
    if (account === undefined) throw new InvalidCredentialsError();
    await this.attempts.succeeded(request.username);
    // Said only to whoever knows the password: neither reveals that the account exists.
    if (account.disabled) throw new SignInDisabledError();
    if (account.passwordMustChange) throw new PasswordChangeRequiredError();
    return {
      accessToken: this.tokens.issue(account),
      tokenType: 'Bearer',
      expiresIn: this.ttlSeconds,
      user: { userId: account.userId, username: account.username, displayName: account.displayName, roles: [...account.roles], orgUnitId: account.orgUnitId, homeCountyId: account.homeCountyId },
    };
  }
}
