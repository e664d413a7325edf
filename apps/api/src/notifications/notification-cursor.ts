import { NotificationCursor } from '@app/notifications';
import { decodeListCursor, encodeListCursor, InvalidCursor } from '@app/read-models';

const LIST = 'notifications';

export function encodeNotificationCursor(cursor: NotificationCursor | null): string | null {
  return cursor === null ? null : encodeListCursor(LIST, `${cursor.position}:${cursor.notificationId}`);
}

/** The place a cursor names; anything this list did not hand out is 400 INVALID_CURSOR. */
export function decodeNotificationCursor(cursor: string | undefined): NotificationCursor | null {
  if (cursor === undefined) return null;
  const match = /^(\d{1,18}):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.exec(decodeListCursor(LIST, cursor));
  if (match === null) throw new InvalidCursor();
  return { position: Number(match[1]), notificationId: match[2]! };
}
