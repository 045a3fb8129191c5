import {
  fetchBaseQuery,
  type BaseQueryApi,
  type BaseQueryFn,
  type FetchArgs,
  type FetchBaseQueryError,
} from '@reduxjs/toolkit/query/react';
import type { TokenPairOutput } from '../api/generated';
import { accessRenewed, signedOut, type AuthState } from './authSlice';
import { readRefreshToken, withRefreshLock, writeRefreshToken } from './refreshToken';

// Generated paths start with /api/; absolute URLs because fetch outside a page (tests) has no base to resolve from.
const origin = () => window.location.origin;

/** Requests without credentials: the token endpoints, which must not carry a possibly expired access token. */
export const anonymousQuery = fetchBaseQuery({ baseUrl: '' });

const authorizedQuery = fetchBaseQuery({
  baseUrl: '',
  prepareHeaders(headers, { getState }) {
    const access = (getState() as { auth: AuthState }).auth.access;
    if (access) headers.set('Authorization', `Bearer ${access}`);
    return headers;
  },
});

function absolute(args: string | FetchArgs): string | FetchArgs {
  if (typeof args === 'string') return origin() + args;
  return { ...args, url: origin() + args.url };
}

export type RefreshOutcome = 'renewed' | 'reused' | 'refused' | 'unavailable';

let inFlight: Promise<RefreshOutcome> | null = null;

/**
 * Exchanges the stored refresh token for a new pair: the one place where rotation is handled. Concurrent callers in
 * this tab share one exchange; other tabs wait on the lock and then use the token this one stored.
 * 'reused': the server saw a spent token and signed every session out; 'refused': expired, revoked or logged out;
 * 'unavailable': no answer (network, 5xx), so the session is kept for a later try.
 */
export function refreshSession(api: BaseQueryApi): Promise<RefreshOutcome> {
  inFlight ??= withRefreshLock(async (): Promise<RefreshOutcome> => {
    const refresh = readRefreshToken();
    if (!refresh) return 'refused';
    const result = await anonymousQuery(
      absolute({ url: '/api/token/refresh', method: 'POST', body: { refresh } }),
      api,
      {},
    );
    if (result.data) {
      const pair = result.data as TokenPairOutput;
      writeRefreshToken(pair.refresh);
      api.dispatch(accessRenewed(pair.access));
      return 'renewed';
    }
    const error = result.error as FetchBaseQueryError;
    if (error.status === 401 || error.status === 400) {
      writeRefreshToken(null);
      const code = (error.data as { code?: string } | undefined)?.code;
      return code === 'token_reused' ? 'reused' : 'refused';
    }
    return 'unavailable';
  }).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/**
 * Every generated endpoint goes through here. A 401 while a session exists is answered once by a refresh and a
 * retry; when the refresh fails the user is signed out (everywhere, if the server reported reuse) and the request
 * is retried once without credentials, so public pages keep working.
 */
export const baseQueryWithReauth: BaseQueryFn<string | FetchArgs, unknown, FetchBaseQueryError> = async (
  args,
  api,
  extraOptions,
) => {
  const request = absolute(args);
  let result = await authorizedQuery(request, api, extraOptions);
  if (result.error?.status !== 401 || !readRefreshToken()) return result;

  const outcome = await refreshSession(api);
  if (outcome === 'unavailable') return result;
  if (outcome !== 'renewed') {
    api.dispatch(signedOut(outcome === 'reused' ? 'reused' : 'expired'));
  }
  result = await authorizedQuery(request, api, extraOptions);
  return result;
};
