/**
 * Where the refresh token lives: localStorage, shared by the tabs of this origin, so a reload or a new tab stays
 * signed in. The access token never leaves memory (the Redux store). See docs/web.md, "Auth", for the trade-off.
 *
 * Rotation makes every refresh token single-use, so two tabs refreshing with the same token would look like
 * theft and sign the user out everywhere. Every refresh therefore runs under one lock for all tabs (Web Locks)
 * and reads the newest token inside it.
 */
export const REFRESH_TOKEN_KEY = 'storeops.refresh';
const LOCK_NAME = 'storeops.refresh';

export function readRefreshToken(): string | null {
  try {
    return window.localStorage.getItem(REFRESH_TOKEN_KEY);
  } catch {
    return null; // storage disabled: a session lasts as long as the page
  }
}

export function writeRefreshToken(token: string | null): void {
  try {
    if (token) window.localStorage.setItem(REFRESH_TOKEN_KEY, token);
    else window.localStorage.removeItem(REFRESH_TOKEN_KEY);
  } catch {
    /* storage disabled: nothing to keep */
  }
}

/** Runs `task` while holding the refresh lock of every tab of this origin (alone where Web Locks are missing). */
export function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return task();
  return locks.request(LOCK_NAME, task) as Promise<T>;
}
