import { JwtService } from '@nestjs/jwt';
import { Actor } from '@app/workflow';
import { InvalidTokenError } from './auth.errors';
import { StoredAccount } from './user-account';

interface TokenClaims {
  sub: string;
  username: string;
  roles: string[];
  orgUnitId: string | null;
  homeCountyId: string | null;
  /** The account's session version when the token was issued (see AuthGuard). */
  sv: number;
}

/** Who a token speaks for, and the session version it was issued at. */
export type TokenActor = Actor & { readonly username: string; readonly sessionVersion: number };

/** Signs and checks access tokens (HS256 JWTs with an expiry). */
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  issue(account: StoredAccount): string {
    const claims: TokenClaims = {
      sub: account.userId,
      username: account.username,
      roles: [...account.roles],
      orgUnitId: account.orgUnitId,
      homeCountyId: account.homeCountyId,
      sv: account.sessionVersion,
    };
    return this.jwt.sign(claims);
  }

  /** The actor a token speaks for; throws InvalidTokenError for a bad or expired token. */
  actorOf(token: string): TokenActor {
    let claims: TokenClaims;
    try {
      claims = this.jwt.verify<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch (error) {
      throw new InvalidTokenError(error instanceof Error ? error.message : 'unreadable');
    }
    if (!Number.isInteger(claims.sv)) throw new InvalidTokenError('no session version');
    return {
      userId: claims.sub,
      username: claims.username,
      sessionVersion: claims.sv,
      roles: claims.roles,
      ...(claims.orgUnitId === null ? {} : { orgUnitId: claims.orgUnitId }),
      ...(claims.homeCountyId === null ? {} : { homeCountyId: claims.homeCountyId }),
    };
  }
}
