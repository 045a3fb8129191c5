import { waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { storeopsApi } from '../api/generated';
import { fakeApi, me, USERS, type SeenRequest } from '../test/fakeApi';
import { storeFor } from '../test/render';
import { signedIn, signedOut } from './authSlice';
import { REFRESH_TOKEN_KEY, readRefreshToken } from './refreshToken';
import { followOtherTabs, logout, restoreSession } from './session';
import { makeStore } from '../store';

/** /api/auth/me answers only the access token named `valid`, like the server after the old one expired. */
function meAcceptsOnly(valid: string) {
  return (request: SeenRequest) =>
    request.authorization === `Bearer ${valid}`
      ? { status: 200, body: me(USERS.customer) }
      : { status: 401, body: { detail: 'Given token not valid for any token type', code: 'token_not_valid' } };
}

describe('the base query refreshes once on 401 and retries', () => {
  beforeEach(() => window.localStorage.clear());

  it('exchanges the refresh token, keeps the rotated one and retries with the new access token', async () => {
    const api = fakeApi({
      'GET /api/auth/me': meAcceptsOnly('access-2'),
      'POST /api/token/refresh': { status: 200, body: { access: 'access-2', refresh: 'refresh-2' } },
    });
    const store = storeFor(USERS.customer);

    const result = await store.dispatch(storeopsApi.endpoints.authMeRetrieve.initiate());

    expect(result.data?.username).toBe('asha');
    expect(api.calls('POST', '/api/token/refresh').map((r) => r.body)).toEqual([{ refresh: 'refresh-1' }]);
    // The refresh call never carries the expired access token.
    expect(api.calls('POST', '/api/token/refresh')[0].authorization).toBeNull();
    expect(api.calls('GET', '/api/auth/me').map((r) => r.authorization)).toEqual(['Bearer access-1', 'Bearer access-2']);
    expect(readRefreshToken()).toBe('refresh-2');
    expect(store.getState().auth.access).toBe('access-2');
    expect(store.getState().auth.status).toBe('signedIn');
  });

  it('shares one refresh between requests that fail together', async () => {
    const api = fakeApi({
      'GET /api/auth/me': meAcceptsOnly('access-2'),
      'GET /api/users': (request) =>
        request.authorization === 'Bearer access-2'
          ? { status: 200, body: { count: 0, next: null, previous: null, results: [] } }
          : { status: 401, body: { detail: 'expired', code: 'token_not_valid' } },
      'POST /api/token/refresh': { status: 200, body: { access: 'access-2', refresh: 'refresh-2' } },
    });
    const store = storeFor(USERS.customer);

    const [a, b] = await Promise.all([
      store.dispatch(storeopsApi.endpoints.authMeRetrieve.initiate()),
      store.dispatch(storeopsApi.endpoints.usersList.initiate({})),
    ]);

    expect(a.data).toBeTruthy();
    expect(b.data).toBeTruthy();
    expect(api.calls('POST', '/api/token/refresh')).toHaveLength(1);
  });

  it('signs out everywhere when the refresh reports reuse, then retries without credentials', async () => {
    const api = fakeApi({
      'GET /api/stores': (request) =>
        request.authorization
          ? { status: 401, body: { detail: 'revoked', code: 'token_not_valid' } }
          : { status: 200, body: { count: 0, next: null, previous: null, results: [] } },
      'POST /api/token/refresh': {
        status: 401,
        body: { detail: 'Refresh token already used; all sessions were signed out.', code: 'token_reused' },
      },
    });
    const store = storeFor(USERS.customer);

    const result = await store.dispatch(storeopsApi.endpoints.storesList.initiate({}));

    expect(result.data?.count).toBe(0);
    expect(store.getState().auth).toMatchObject({ status: 'anonymous', access: null, user: null, notice: 'reused' });
    expect(readRefreshToken()).toBeNull();
    expect(api.calls('GET', '/api/stores').map((r) => r.authorization)).toEqual(['Bearer access-1', null]);
  });

  it('ends the session when the refresh token is refused (expired, logged out)', async () => {
    fakeApi({
      'GET /api/auth/me': meAcceptsOnly('never'),
      'POST /api/token/refresh': { status: 401, body: { detail: 'Token is invalid or expired', code: 'token_not_valid' } },
    });
    const store = storeFor(USERS.customer);

    const result = await store.dispatch(storeopsApi.endpoints.authMeRetrieve.initiate());

    expect(result.error).toMatchObject({ status: 401 });
    expect(store.getState().auth).toMatchObject({ status: 'anonymous', notice: 'expired' });
    expect(readRefreshToken()).toBeNull();
  });

  it('keeps the session when the refresh gets no answer', async () => {
    fakeApi({ 'GET /api/auth/me': meAcceptsOnly('never'), 'POST /api/token/refresh': 'network-error' });
    const store = storeFor(USERS.customer);

    await store.dispatch(storeopsApi.endpoints.authMeRetrieve.initiate());

    expect(store.getState().auth.status).toBe('signedIn');
    expect(readRefreshToken()).toBe('refresh-1');
  });

  it('does not try to refresh without a session', async () => {
    const api = fakeApi({ 'GET /api/auth/me': meAcceptsOnly('never') });
    const store = storeFor(null);

    const result = await store.dispatch(storeopsApi.endpoints.authMeRetrieve.initiate());

    expect(result.error).toMatchObject({ status: 401 });
    expect(api.calls('POST', '/api/token/refresh')).toHaveLength(0);
    expect(api.calls('GET', '/api/auth/me')[0].authorization).toBeNull();
  });
});

describe('the session', () => {
  it('is restored at start-up from the stored refresh token', async () => {
    window.localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-1');
    fakeApi({
      'GET /api/auth/me': meAcceptsOnly('access-2'),
      'POST /api/token/refresh': { status: 200, body: { access: 'access-2', refresh: 'refresh-2' } },
    });
    const store = makeStore();
    expect(store.getState().auth.status).toBe('restoring');

    await restoreSession(store);

    expect(store.getState().auth).toMatchObject({ status: 'signedIn', access: 'access-2', user: { username: 'asha', role: 'customer' } });
    expect(readRefreshToken()).toBe('refresh-2');
  });

  it('starts anonymous without a stored token, asking the server nothing', async () => {
    const api = fakeApi({});
    const store = makeStore();

    await restoreSession(store);

    expect(store.getState().auth.status).toBe('anonymous');
    expect(api.seen).toHaveLength(0);
  });

  it('logout blacklists the refresh token on the server and forgets both tokens', async () => {
    const api = fakeApi({ 'POST /api/auth/logout': { status: 205 } });
    const store = storeFor(USERS.customer);

    await logout(store.dispatch);

    expect(api.calls('POST', '/api/auth/logout').map((r) => r.body)).toEqual([{ refresh: 'refresh-1' }]);
    expect(api.calls('POST', '/api/auth/logout')[0].authorization).toBeNull();
    expect(readRefreshToken()).toBeNull();
    expect(store.getState().auth).toMatchObject({ status: 'anonymous', access: null, user: null });
  });

  it('follows a sign-out in another tab', () => {
    const store = makeStore();
    store.dispatch(signedIn({ access: 'access-1', user: USERS.customer }));
    const stop = followOtherTabs(store);

    window.dispatchEvent(new StorageEvent('storage', { key: REFRESH_TOKEN_KEY, oldValue: 'refresh-1', newValue: null }));

    expect(store.getState().auth).toMatchObject({ status: 'anonymous', access: null, notice: 'elsewhere' });
    stop();
  });

  it('follows a sign-in in another tab', async () => {
    fakeApi({
      'GET /api/auth/me': meAcceptsOnly('access-5'),
      'POST /api/token/refresh': { status: 200, body: { access: 'access-5', refresh: 'refresh-6' } },
    });
    const store = makeStore();
    store.dispatch(signedOut(null));
    const stop = followOtherTabs(store);

    window.localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-5');
    window.dispatchEvent(new StorageEvent('storage', { key: REFRESH_TOKEN_KEY, oldValue: null, newValue: 'refresh-5' }));

    await waitFor(() => expect(store.getState().auth).toMatchObject({ status: 'signedIn', access: 'access-5' }));
    expect(readRefreshToken()).toBe('refresh-6');
    stop();
  });
});
