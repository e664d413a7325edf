import { ref } from 'vue';
import { get, type Schemas } from './api/client';

/** The signed-in user's unread count, shown on the header's 通知 entry and refreshed as they read. */
export const unreadCount = ref(0);

export async function refreshUnread(): Promise<void> {
  try {
    unreadCount.value = (await get<Schemas['InboxResponse']>('/notifications/inbox', { limit: 1 })).body.unread;
  } catch {
    // The badge keeps its last figure; the page itself reports failures.
  }
}
