import { Query } from '@nestjs/cqrs';
import { RoundView } from '../round-views';

/** One round with its progress, and its version for the ETag. */
export class GetRoundQuery extends Query<{ readonly version: number; readonly view: RoundView }> {
  constructor(readonly roundId: string) {
    super();
  }
}
