import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { decodeListCursor, encodeListCursor } from '@app/read-models';
import { CHECKPOINT_LOG, CheckpointLog, PublishedCheckpoints } from '@app/sealing';
import { NoCheckpoint } from '../audit.errors';
import type { CheckpointView } from '../seal-views';
import { servedCheckpoint } from '../served-checkpoint';
import { CheckpointPage, GetLatestCheckpointQuery, ListCheckpointsQuery } from './list-checkpoints.query';

const LIST = 'checkpoints';

@QueryHandler(GetLatestCheckpointQuery)
export class GetLatestCheckpointHandler implements IQueryHandler<GetLatestCheckpointQuery, CheckpointView> {
  constructor(
    @Inject(CHECKPOINT_LOG) private readonly checkpoints: CheckpointLog | null,
    @Inject(PublishedCheckpoints) private readonly published: PublishedCheckpoints | null,
  ) {}

  async execute(): Promise<CheckpointView> {
    const latest = await this.checkpoints?.latest();
    if (this.checkpoints === null || latest === null || latest === undefined) throw new NoCheckpoint(this.checkpoints !== null);
    return servedCheckpoint(latest, this.checkpoints, this.published);
  }
}

/** A page is served whole or refused: one checkpoint that may not be served refuses it. */
@QueryHandler(ListCheckpointsQuery)
export class ListCheckpointsHandler implements IQueryHandler<ListCheckpointsQuery, CheckpointPage> {
  constructor(
    @Inject(CHECKPOINT_LOG) private readonly checkpoints: CheckpointLog | null,
    @Inject(PublishedCheckpoints) private readonly published: PublishedCheckpoints | null,
  ) {}

  async execute({ limit, cursor }: ListCheckpointsQuery): Promise<CheckpointPage> {
    const before = cursor === undefined ? undefined : Number(decodeListCursor(LIST, cursor));
    if (this.checkpoints === null) return { items: [], nextCursor: null };
    const found = await this.checkpoints.list(limit + 1, before);
    const items: CheckpointView[] = [];
    // One at a time: the embedded database has a single connection.
    for (const checkpoint of found.slice(0, limit)) items.push(await servedCheckpoint(checkpoint, this.checkpoints, this.published));
    const last = items.at(-1);
    return { items, nextCursor: found.length > limit && last !== undefined ? encodeListCursor(LIST, String(last.treeSize)) : null };
  }
}
