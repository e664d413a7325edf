import { INestApplication } from '@nestjs/common';
import { Pool } from 'pg';
import request from 'supertest';
import { UserDirectory } from '@app/auth';

/** Every demo account signs in with this password (see the API's demo seeder). */
export const DEMO_PASSWORD = 'huzhou-demo';

export const PROBLEM_JSON = /^application\/problem\+json/;

/** A signed-in user: their id as the API knows it, and the header that proves who they are. */
export interface DemoSession {
  readonly userId: string;
  readonly username: string;
  readonly authorization: string;
}

/** Signs in through POST /auth/login, as a client would. */
export async function signIn(app: INestApplication, username: string, password = DEMO_PASSWORD): Promise<DemoSession> {
  const response = await request(app.getHttpServer()).post('/auth/login').send({ username, password }).expect(200);
  const body = response.body as { accessToken: string; user: { userId: string; username: string } };
  return { userId: body.user.userId, username: body.user.username, authorization: `Bearer ${body.accessToken}` };
}

/** An inspector the demo does not have, added through the app's own user directory. */
export async function addInspector(app: INestApplication, username: string, homeCountyId: string): Promise<void> {
  await app.get(UserDirectory).ensure({
    userId: username,
    username,
    displayName: `督查员（${homeCountyId}）`,
    roles: ['inspector'],
    orgUnitId: homeCountyId,
    homeCountyId,
    password: DEMO_PASSWORD,
  });
}

/** How many events the whole log holds. */
export async function countEvents(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ count: string }>('SELECT count(*) AS count FROM es_events');
  return Number(rows[0]!.count);
}

export interface StoredEventRow {
  readonly streamId: string;
  readonly version: number;
  readonly type: string;
  readonly actorId: unknown;
}

/** The events of the named streams, in log order, with the actor their metadata names. */
export async function eventsOfStreams(pool: Pool, streamIds: readonly string[]): Promise<StoredEventRow[]> {
  const { rows } = await pool.query<{ stream_id: string; stream_version: string; event_type: string; actor_id: unknown }>(
    `SELECT stream_id, stream_version, event_type, metadata->'actorId' AS actor_id
       FROM es_events WHERE stream_id = ANY($1) ORDER BY global_position`,
    [streamIds],
  );
  return rows.map((row) => ({ streamId: row.stream_id, version: Number(row.stream_version), type: row.event_type, actorId: row.actor_id }));
}

/** A stream's version as the store holds it (0 for a stream that does not exist). */
export async function streamVersion(pool: Pool, streamId: string): Promise<number> {
  const { rows } = await pool.query<{ version: string }>('SELECT version FROM es_streams WHERE stream_id = $1', [streamId]);
  return rows[0] === undefined ? 0 : Number(rows[0].version);
}
