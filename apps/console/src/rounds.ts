import { get, type Schemas } from './api/client';

export type RoundView = Schemas['RoundViewResponse'];

/** Every round, page after page (rounds are few: a handful a quarter). */
export async function allRounds(): Promise<RoundView[]> {
  const rounds: RoundView[] = [];
  let cursor: string | undefined;
  do {
    const { body } = await get<Schemas['RoundPageResponse']>('/rounds', { limit: 200, cursor });
    rounds.push(...body.items);
    cursor = body.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return rounds;
}
