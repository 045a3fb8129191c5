import { vi } from 'vitest';

/** One request as the fake server saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | null;
}

export type Reply = { status: number; body?: unknown } | 'network-error';
export type Handler = (request: SeenRequest) => Reply | Promise<Reply>;

/**
 * jsdom's FormData cannot be read back from a Request, so the multipart bodies are remembered as the requests are
 * made: a multipart request's recorded `body` is its FormData (`body.get('logo')` is the File sent).
 */
const multipartBodies = new WeakMap<Request, FormData>();
const NativeRequest = globalThis.Request;
class RecordingRequest extends NativeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    const body = init?.body ?? (input instanceof Request ? multipartBodies.get(input) : undefined);
    if (body instanceof FormData) multipartBodies.set(this, body);
  }
}

/**
 * Replaces fetch with a small in-test server: routes are "METHOD /api/path" (query ignored). Every request is
 * recorded (a JSON body parsed, a multipart body as its FormData); an unrouted one answers the API's JSON 404,
 * so a wrong path fails the test visibly.
 */
export function fakeApi(routes: Record<string, Handler | Reply>) {
  const seen: SeenRequest[] = [];
  vi.stubGlobal('Request', RecordingRequest);
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const multipart = multipartBodies.get(request) ?? (init?.body instanceof FormData ? init.body : undefined);
    const text = multipart || request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    const entry: SeenRequest = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      body: multipart ?? (text ? JSON.parse(text) : undefined),
      authorization: request.headers.get('Authorization'),
    };
    seen.push(entry);
    const route = routes[`${entry.method} ${entry.path}`];
    const reply = typeof route === 'function' ? await route(entry) : route ?? { status: 404, body: { detail: 'Not found.', code: 'not_found' } };
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    const empty = reply.status === 204 || reply.status === 205 || reply.body === undefined;
    return new Response(empty ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: empty ? {} : { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    seen,
    calls: (method: string, path: string) => seen.filter((r) => r.method === method && r.path === path),
  };
}

export const USERS = {
  customer: { id: 7, username: 'asha', email: 'asha@example.com', first_name: 'Asha', last_name: 'Rao', phone: null, role: 'customer', store: null },
  admin: { id: 1, username: 'admin', email: 'admin@example.com', first_name: 'Ada', last_name: 'Min', phone: null, role: 'system_admin', store: null },
} as const;

export function me(user: (typeof USERS)[keyof typeof USERS]) {
  return {
    ...user,
    email_verified: true,
    full_name: `${user.first_name} ${user.last_name}`,
    store_name: null,
    is_active: true,
    date_joined: '2026-01-01T00:00:00Z',
    last_login: null,
    geofence: null,
  };
}
