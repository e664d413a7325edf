import { Query } from '@nestjs/cqrs';
import type { AccountView } from '../account-commands';

/** One account from its stream, with its version for the ETag. */
export class GetAccountQuery extends Query<{ readonly version: number; readonly account: AccountView }> {
  constructor(readonly userId: string) {
    super();
  }
}
