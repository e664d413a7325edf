import { Query } from '@nestjs/cqrs';
import { CadreHistory } from '@app/read-models';
import { Actor } from '@app/workflow';

/** A person's history across units, if `actor` may read it: an official, when any of the person's units lies in their subtree. */
export class GetCadreHistoryQuery extends Query<CadreHistory> {
  constructor(
    readonly personId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
