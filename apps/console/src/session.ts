import { reactive, readonly } from 'vue';
import { configureApi, post, type Schemas } from './api/client';

export type SignedInUser = Schemas['LoginUser'];

interface StoredSession {
  readonly token: string;
  readonly expiresAt: number;
  readonly user: SignedInUser;
}

const STORAGE_KEY = 'supervision.session';

/** The signed-in user, kept for the browser tab (sessionStorage): closing the tab signs out. */
const state = reactive<{ session: StoredSession | undefined }>({ session: restore() });

function restore(): StoredSession | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as StoredSession | null;
    return stored !== null && stored.expiresAt > Date.now() ? stored : undefined;
  } catch {
    return undefined;
  }
}

export const session = readonly(state);

export function currentUser(): SignedInUser | undefined {
  const current = state.session;
  if (current !== undefined && current.expiresAt <= Date.now()) signOut();
  return state.session?.user;
}

export function hasRole(...roles: readonly string[]): boolean {
  return currentUser()?.roles.some((role) => roles.includes(role)) ?? false;
}

export async function signIn(username: string, password: string): Promise<SignedInUser> {
  const { body } = await post<Schemas['LoginResponse']>('/auth/login', { username, password });
  const stored: StoredSession = { token: body.accessToken, expiresAt: Date.now() + body.expiresIn * 1000, user: body.user };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
  state.session = stored;
  return body.user;
}

/**
 * Sets the user's own password (proving who they are with the one they have), then signs in with
 * it: a password change ends every session of the account, this one included.
 */
export async function changeOwnPassword(username: string, currentPassword: string, newPassword: string): Promise<SignedInUser> {
  await post('/auth/password', { username, currentPassword, newPassword });
  return signIn(username, newPassword);
}

export function signOut(): void {
  sessionStorage.removeItem(STORAGE_KEY);
  state.session = undefined;
}

/** Wires the API client to the session: its token on every call, and a sign-out (back to 登录) when the API refuses it. */
export function connectSessionToApi(onSignedOut: () => void): void {
  configureApi({
    token: () => state.session?.token,
    unauthenticated: () => {
      signOut();
      onSignedOut();
    },
  });
}

export const ROLE_NAMES: Readonly<Record<string, string>> = {
  admin: '管理员',
  inspector: '督查员',
  official: '责任单位',
  auditor: '审计员',
  viewer: '观察员',
};
