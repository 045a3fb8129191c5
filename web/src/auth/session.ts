import type { BaseQueryApi } from '@reduxjs/toolkit/query';
import { baseApi } from '../api/baseApi';
import { storeopsApi, type LoginOutputRead, type MeOutputRead, type TokenPairOutput } from '../api/generated';
import type { AppDispatch, AppStore, RootState } from '../store';
import { signedIn, signedOut, userLoaded, type SessionUser } from './authSlice';
import { refreshSession } from './baseQuery';
import { REFRESH_TOKEN_KEY, readRefreshToken, writeRefreshToken } from './refreshToken';

export function sessionUser(user: SessionUser | MeOutputRead): SessionUser {
  const { id, username, first_name, last_name, role, store } = user;
  return { id, username, first_name, last_name, role, store };
}

/** At start-up: a stored refresh token becomes an access token and the user's profile, or the visitor is anonymous. */
export async function restoreSession(store: AppStore): Promise<void> {
  if (!readRefreshToken()) {
    store.dispatch(signedOut(null));
    return;
  }
  const api = { dispatch: store.dispatch, getState: store.getState } as unknown as BaseQueryApi;
  const outcome = await refreshSession(api);
  if (outcome !== 'renewed') {
    store.dispatch(signedOut(outcome === 'reused' ? 'reused' : null));
    return;
  }
  const me = await store.dispatch(storeopsApi.endpoints.authMeRetrieve.initiate(undefined, { subscribe: false }));
  if (me.data) store.dispatch(userLoaded(sessionUser(me.data)));
  else if ((store.getState() as RootState).auth.status === 'restoring') store.dispatch(signedOut(null));
}

/** After a successful login: keep the refresh token, hold the access token in memory. */
export function completeLogin(dispatch: AppDispatch, login: LoginOutputRead): void {
  writeRefreshToken(login.refresh);
  dispatch(baseApi.util.resetApiState());
  dispatch(signedIn({ access: login.access, user: sessionUser(login.user) }));
}

/** After a password change the server returns the only pair still valid. */
export function completePasswordChange(dispatch: AppDispatch, pair: TokenPairOutput, user: SessionUser): void {
  writeRefreshToken(pair.refresh);
  dispatch(signedIn({ access: pair.access, user }));
}

/** Signs out here and in every tab, and blacklists the refresh token on the server. */
export async function logout(dispatch: AppDispatch): Promise<void> {
  const refresh = readRefreshToken();
  writeRefreshToken(null);
  dispatch(signedOut(null));
  if (refresh) {
    // Sent without the access token (already dropped): the refresh token alone proves the right to revoke it.
    await dispatch(
      storeopsApi.endpoints.authLogoutCreate.initiate({ refreshInputRequest: { refresh } }),
    ).catch(() => undefined);
  }
  dispatch(baseApi.util.resetApiState());
}

/**
 * Follow the other tabs: a sign-out there (or a refresh that reported reuse, which removes the token) signs this
 * tab out; a sign-in there signs this tab in with its own access token.
 */
export function followOtherTabs(store: AppStore): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key !== REFRESH_TOKEN_KEY && event.key !== null) return;
    const status = store.getState().auth.status;
    if (event.newValue === null && status === 'signedIn') {
      store.dispatch(signedOut('elsewhere'));
      store.dispatch(baseApi.util.resetApiState());
    } else if (event.newValue !== null && event.oldValue === null && status === 'anonymous') {
      void restoreSession(store);
    }
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
