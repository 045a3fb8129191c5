import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, USERS } from '../test/fakeApi';
import { renderApp, storeFor } from '../test/render';
import { rowCounter, streamExport } from './exportDownload';

const page = <T,>(results: T[]) => ({ status: 200, body: { count: results.length, next: null, previous: null, results } });
const stores = { 'GET /api/stores': page([]) };

function lead(status: 'new' | 'contacted' | 'closed', history: unknown[] = []) {
  return {
    id: 3, name: 'Asha', mobile_no: '+919800012345', email: 'asha@example.com', message: 'Cracked screen',
    created_at: '2026-12-01T09:00:00Z', status, history, updated_at: '2026-12-01T09:00:00Z',
  };
}

describe('leads', () => {
  it('sends the inbox filters under the API names', async () => {
    const api = fakeApi({ 'GET /api/marketing/schedule-call': page([]), 'GET /api/marketing/contact': page([lead('new')]) });
    renderApp('/manage/leads', storeFor(USERS.admin));
    const user = userEvent.setup();
    expect(await screen.findByRole('link', { name: 'Asha' })).toHaveAttribute('href', '/manage/leads/contact/3');

    await user.selectOptions(screen.getByLabelText('Type'), 'call');
    await user.selectOptions(screen.getByLabelText('Status'), 'contacted');
    await user.type(screen.getByLabelText('Name, number or text'), 'ravi');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    await waitFor(() => expect(api.calls('GET', '/api/marketing/schedule-call')).toHaveLength(1));
    const query = api.calls('GET', '/api/marketing/schedule-call')[0].query;
    expect(query.get('status')).toBe('contacted');
    expect(query.get('search')).toBe('ravi');
    expect(screen.getByTestId('location')).toHaveTextContent('/manage/leads?kind=call&status=contacted&search=ravi');
  });

  it('offers only the workflow moves of the status, sends status and note, and shows a refusal', async () => {
    let current = lead('new');
    const api = fakeApi({
      'GET /api/marketing/contact/3': () => ({ status: 200, body: current }),
      'PATCH /api/marketing/contact/3': ({ body }) => {
        const { status, note } = body as { status?: 'contacted'; note?: string };
        if (!status) return { status: 409, body: { detail: 'The lead is already contacted.', code: 'status_unchanged' } };
        current = lead(status, [{ from_status: 'new', to_status: status, note: note ?? '', changed_by: 1, changed_by_name: 'Ada Min', changed_at: '2026-12-02T09:00:00Z' }]);
        return { status: 200, body: current };
      },
    });
    renderApp('/manage/leads/contact/3', storeFor(USERS.admin));
    const user = userEvent.setup();

    const select = await screen.findByLabelText('New status');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Keep the status', 'Contacted', 'Closed']);
    await user.selectOptions(select, 'contacted');
    await user.type(screen.getByLabelText('Note'), 'Called back');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('New → Contacted')).toBeInTheDocument();
    expect(api.calls('PATCH', '/api/marketing/contact/3')[0].body).toEqual({ status: 'contacted', note: 'Called back' });
    await waitFor(() =>
      expect(within(screen.getByLabelText('New status')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Keep the status', 'Closed']),
    );

    // A refusal that is not about one field is shown for the whole form.
    await user.type(screen.getByLabelText('Note'), 'again');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The lead is already contacted.');
  });
});

describe('activity log', () => {
  it('sends the filters under the API names and keeps them in the address', async () => {
    const api = fakeApi({ ...stores, 'GET /api/logs': page([]) });
    renderApp('/manage/logs', storeFor(USERS.admin));
    const user = userEvent.setup();
    await screen.findByText('Nothing found.');
    await user.type(screen.getByLabelText('Entity type'), 'booking');
    await user.type(screen.getByLabelText('Entity id'), '41');
    await user.type(screen.getByLabelText('Actor'), 'system');
    await user.type(screen.getByLabelText('Action'), 'bookings.*');
    await user.type(screen.getByLabelText('From'), '2026-11-01');
    await user.type(screen.getByLabelText('To'), '2026-11-30');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    await waitFor(() => expect(api.calls('GET', '/api/logs')).toHaveLength(2));
    const query = api.calls('GET', '/api/logs')[1].query;
    expect(Object.fromEntries(query)).toMatchObject({
      entity: 'booking', entity_id: '41', actor: 'system', action: 'bookings.*', date_from: '2026-11-01', date_to: '2026-11-30',
    });
    expect(screen.getByTestId('location')).toHaveTextContent('entity=booking&entity_id=41&actor=system');
  });
});

describe('export download', () => {
  it('counts CSV rows across chunks, ignoring line breaks inside quoted cells and the header', () => {
    const counter = rowCounter('csv');
    expect(counter.push('id,action\r\n1,"multi\r\nline')).toBe(0);
    expect(counter.push('"\r\n2,x\r')).toBe(1);
    expect(counter.push('\n')).toBe(2);
  });

  it('counts JSON records, ignoring braces inside strings and nested objects', () => {
    const counter = rowCounter('json');
    expect(counter.push('[{"id":1,"changes":{"a":"{"}},')).toBe(1);
    expect(counter.push('{"id":2,"reason":"}\\"{"}]')).toBe(2);
  });

  it('streams with the access token, reports progress per chunk, and renews the token once after a 401', async () => {
    const encoder = new TextEncoder();
    const chunks = ['id,action\r\n', '1,a\r\n2,b\r\n', '3,c\r\n'];
    const seen: (string | null)[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        const auth = new Headers(init.headers).get('Authorization');
        seen.push(auth);
        if (auth !== 'Bearer fresh') return new Response('{"detail":"expired"}', { status: 401 });
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
            controller.close();
          },
        });
        return new Response(body, {
          status: 200,
          headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="activity_20261202-100000.csv"' },
        });
      }),
    );
    let token = 'stale';
    const progress: { bytes: number; rows: number }[] = [];
    const result = await streamExport(
      '/api/logs/export?format=csv',
      'csv',
      { getToken: () => token, renew: async () => ((token = 'fresh'), true) },
      (p) => progress.push(p),
    );
    expect(seen).toEqual(['Bearer stale', 'Bearer fresh']);
    expect(progress.map((p) => p.rows)).toEqual([0, 2, 3]);
    expect(progress.at(-1)?.bytes).toBe(chunks.join('').length);
    expect(result.filename).toBe('activity_20261202-100000.csv');
    expect(result.blob.size).toBe(chunks.join('').length);
  });
});

describe('notifications', () => {
  const row = (id: number, status: string) => ({
    id, event: 'lead.created', channel: 'email', recipient: 'admin@example.com', recipient_user: 1, audience: 'staff',
    subject: 'New lead', body: 'Asha Rao wrote:\nMy phone does not charge.', entity_type: 'contact_request', entity_id: '3', status,
    attempts: status === 'failed' ? 5 : 1, last_error: status === 'failed' ? 'SMTP refused' : '', next_attempt_at: '2026-12-02T10:00:00Z',
    sent_at: status === 'sent' ? '2026-12-02T09:01:00Z' : null, created_at: '2026-12-02T09:00:00Z',
  });

  it('offers retry on failed messages only and sends it; each row opens in full', async () => {
    const api = fakeApi({
      'GET /api/notifications': page([row(1, 'sent'), row(2, 'failed')]),
      'POST /api/notifications/2/retry': { status: 200, body: row(2, 'pending') },
    });
    renderApp('/manage/notifications', storeFor(USERS.admin));
    const user = userEvent.setup();
    const retry = await screen.findByRole('button', { name: 'Retry notification 2' });
    expect(screen.queryByRole('button', { name: 'Retry notification 1' })).toBeNull();
    await user.click(retry);
    expect(await screen.findByText('Notification 2 is queued again.')).toBeInTheDocument();
    expect(api.calls('POST', '/api/notifications/2/retry')).toHaveLength(1);
    expect(screen.getByRole('link', { name: /^Notification 1, / })).toHaveAttribute('href', '/manage/notifications/1');
  });

  it('shows every field of one notification, the message itself, and retries a failed one', async () => {
    let current = row(2, 'failed');
    const api = fakeApi({
      'GET /api/notifications/2': () => ({ status: 200, body: current }),
      'POST /api/notifications/2/retry': () => {
        current = { ...row(2, 'pending'), attempts: 0, last_error: '' };
        return { status: 200, body: current };
      },
    });
    renderApp('/manage/notifications/2', storeFor(USERS.admin));
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: 'Notification 2', level: 1 })).toBeInTheDocument();
    const fact = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling;
    expect(fact('Status')).toHaveTextContent('Failed');
    expect(fact('Event')).toHaveTextContent('lead.created');
    expect(fact('Channel')).toHaveTextContent('E-mail');
    expect(fact('Recipient')).toHaveTextContent('admin@example.com (user 1)');
    expect(fact('Audience')).toHaveTextContent('Staff');
    expect(fact('Attempts')).toHaveTextContent('5');
    expect(fact('Last error')).toHaveTextContent('SMTP refused');
    expect(fact('Created')).toHaveTextContent('2026');
    expect(fact('Next attempt')).toHaveTextContent('—');
    expect(fact('Sent')).toHaveTextContent('—');
    expect(screen.getByRole('link', { name: 'contact_request #3' })).toHaveAttribute('href', '/manage/leads/contact/3');
    expect(screen.getByRole('link', { name: 'its activity' })).toHaveAttribute('href', '/manage/logs?entity=contact_request&entity_id=3');
    expect(screen.getByRole('heading', { name: 'Subject' }).nextElementSibling).toHaveTextContent('New lead');
    expect(screen.getByText(/My phone does not charge\./)).toHaveTextContent('Asha Rao wrote: My phone does not charge.');

    await user.click(screen.getByRole('button', { name: 'Retry notification 2' }));
    expect(await screen.findByText('Notification 2 is queued again.')).toBeInTheDocument();
    await waitFor(() => expect(fact('Status')).toHaveTextContent('Pending'));
    expect(fact('Last error')).toHaveTextContent('—');
    expect(screen.queryByRole('button', { name: 'Retry notification 2' })).toBeNull();
    expect(api.calls('POST', '/api/notifications/2/retry')).toHaveLength(1);
  });

  it('says so when the notification does not exist', async () => {
    fakeApi({});
    renderApp('/manage/notifications/99', storeFor(USERS.admin));
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
