import { JwtService } from '@nestjs/jwt';
import { Actor } from '@app/workflow';
import { InvalidTokenError } from './auth.errors';
import { UserAccount } from './user-account';

interface TokenClaims {
  sub: string;
  username: string;
  roles: string[];
  orgUnitId: string | null;
  homeCountyId: string | null;
}

/** Signs and checks access tokens (HS256 JWTs with an expiry). */
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  issue(account: UserAccount): string {
    const claims: TokenClaims = {
      sub: account.userId,
      username: account.username,
      roles: [...account.roles],
      orgUnitId: account.orgUnitId,
      homeCountyId: account.homeCountyId,
    };
    return this.jwt.sign(claims);
  }

  /** The actor a token speaks for; throws InvalidTokenError for a bad or expired token. */
  actorOf(token: string): Actor & { username: string } {
    let claims: TokenClaims;
    try {
      claims = this.jwt.verify<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch (error) {
      throw new InvalidTokenError(error instanceof Error ? error.message : 'unreadable');
    }
    return {
      userId: claims.sub,
      username: claims.username,
      roles: claims.roles,
      ...(claims.orgUnitId === null ? {} : { orgUnitId: claims.orgUnitId }),
      ...(claims.homeCountyId === null ? {} : { homeCountyId: claims.homeCountyId }),
    };
  }
}
