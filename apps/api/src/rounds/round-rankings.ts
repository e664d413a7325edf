import { Inject, Injectable } from '@nestjs/common';
import { Database, DATABASE } from '@app/database';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { rankingToPublish } from '@app/read-models';
import { CountyRanking, RoundNotRanked } from '@app/supervision';

/**
 * What a publication of a round records (区县比看 results out): the live ranking over everything
 * committed before the call, so that the log holds what people are shown; null for a round that
 * ranks nobody (深调研, 大督查). The ranking's facts know every round's kind (and refuse an unknown
 * round with ROUND_NOT_FOUND), so the round's own stream is read only by the command that records
 * the ranking.
 */
@Injectable()
export class RoundRankings {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE) private readonly database: Database,
  ) {}

  async toRecord(roundId: string): Promise<CountyRanking | null> {
    try {
      return await rankingToPublish(this.store, this.database.pool, roundId);
    } catch (error) {
      if (error instanceof RoundNotRanked) return null;
      throw error;
    }
  }
}
