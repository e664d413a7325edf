import { Query } from '@nestjs/cqrs';
import { RoundView } from '../round-views';

export interface RoundPage {
  readonly items: RoundView[];
  readonly nextCursor: string | null;
}

/** Rounds in id order, a page at a time (`cursor` is the previous page's nextCursor), each with its progress. */
export class ListRoundsQuery extends Query<RoundPage> {
  constructor(readonly page: { readonly cursor?: string; readonly limit: number }) {
    super();
  }
}
