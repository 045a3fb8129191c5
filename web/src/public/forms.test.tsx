import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../test/fakeApi';
import { renderApp, storeFor } from '../test/render';
import { setCaptchaConfig } from './captcha';

function expectFieldError(label: string, message: string) {
  const input = screen.getByLabelText(label);
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
}

const contactReply = {
  status: 201,
  body: { id: 5, name: 'Asha', mobile_no: '+919800012345', email: '', message: 'Screen', created_at: '2026-12-02T10:00:00Z' },
};

afterEach(() => {
  setCaptchaConfig(undefined);
  delete (window as unknown as Record<string, unknown>).grecaptcha;
  document.head.querySelectorAll('script').forEach((s) => s.remove());
});

describe('contact form', () => {
  it('shows the API field errors next to the fields, then the success state', async () => {
    let attempts = 0;
    const api = fakeApi({
      'POST /api/marketing/contact': () =>
        ++attempts === 1
          ? { status: 400, body: { mobile_no: ['Enter a valid phone number.'], message: ['This field may not be blank.'] } }
          : contactReply,
    });
    renderApp('/contact', storeFor(null));
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Your name'), ' Asha ');
    await user.type(screen.getByLabelText('Mobile number'), '12ab');
    await user.click(screen.getByRole('button', { name: 'Send message' }));

    await waitFor(() => expectFieldError('Mobile number', 'Enter a valid phone number.'));
    expectFieldError('Message', 'This field may not be blank.');
    expect(screen.getByLabelText('Mobile number')).toHaveFocus();
    expect(screen.getByLabelText('Your name')).not.toHaveAttribute('aria-invalid');
    // No site key configured: no widget, and no token in the body.
    expect(screen.queryByText('Security check')).toBeNull();
    expect(api.calls('POST', '/api/marketing/contact')[0].body).toEqual({ name: 'Asha', mobile_no: '12ab', email: '', message: '' });

    await user.clear(screen.getByLabelText('Mobile number'));
    await user.type(screen.getByLabelText('Mobile number'), '+91 98000 12345');
    await user.type(screen.getByLabelText('Message'), 'Screen');
    await user.click(screen.getByRole('button', { name: 'Send message' }));
    expect(await screen.findByText(/^Thank you, Asha\./)).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('button', { name: 'Send message' })).toBeNull();
  });

  it('with a site key: renders the widget, sends its token, and renews the widget after a refusal', async () => {
    setCaptchaConfig({ siteKey: 'site-key-1', provider: 'recaptcha' });
    const rendered: Record<string, unknown>[] = [];
    let attempts = 0;
    const api = fakeApi({
      'POST /api/marketing/contact': () =>
        ++attempts === 1 ? { status: 400, body: { captcha_token: ['Invalid captcha.'] } } : contactReply,
    });
    renderApp('/contact', storeFor(null));
    const user = userEvent.setup();
    expect(screen.getByRole('group', { name: 'Security check' })).toBeInTheDocument();

    // The provider's script: defines its API, then "loads".
    const script = await waitFor(() => {
      const found = document.head.querySelector<HTMLScriptElement>('script[src*="recaptcha/api.js"]');
      expect(found).not.toBeNull();
      return found as HTMLScriptElement;
    });
    (window as unknown as Record<string, unknown>).grecaptcha = {
      render: (_element: HTMLElement, options: Record<string, unknown>) => {
        rendered.push(options);
        (options.callback as (token: string) => void)(`token-${rendered.length}`);
      },
    };
    script.dispatchEvent(new Event('load'));
    await waitFor(() => expect(rendered).toHaveLength(1));
    expect(rendered[0].sitekey).toBe('site-key-1');

    await user.type(screen.getByLabelText('Your name'), 'Asha');
    await user.type(screen.getByLabelText('Mobile number'), '9800012345');
    await user.type(screen.getByLabelText('Message'), 'Screen');
    await user.click(screen.getByRole('button', { name: 'Send message' }));
    expect(await screen.findByText('Invalid captcha.')).toBeInTheDocument();
    expect((api.calls('POST', '/api/marketing/contact')[0].body as Record<string, unknown>).captcha_token).toBe('token-1');

    // A token is single use: the widget is rendered again and the next submission carries the new token.
    await waitFor(() => expect(rendered).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Send message' }));
    expect(await screen.findByText(/^Thank you, Asha\./)).toHaveAttribute('role', 'status');
    expect((api.calls('POST', '/api/marketing/contact')[1].body as Record<string, unknown>).captcha_token).toBe('token-2');
  });
});

describe('schedule-call form', () => {
  it('sends the slot and shows the date and time errors by their fields', async () => {
    const api = fakeApi({
      'POST /api/marketing/schedule-call': {
        status: 400,
        body: { date: ['Choose today or a later date.'], time: ['Choose a time in the future.'] },
      },
    });
    renderApp('/schedule-call', storeFor(null));
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Your name'), 'Ravi');
    await user.type(screen.getByLabelText('Mobile number'), '9800012345');
    await user.type(screen.getByLabelText('Day'), '2020-01-01');
    await user.type(screen.getByLabelText('Time'), '10:30');
    await user.click(screen.getByRole('button', { name: 'Request the call' }));

    await waitFor(() => expectFieldError('Day', 'Choose today or a later date.'));
    expectFieldError('Time', 'Choose a time in the future.');
    expect(api.calls('POST', '/api/marketing/schedule-call')[0].body).toEqual({
      name: 'Ravi', mobile_no: '9800012345', date: '2020-01-01', time: '10:30', message: '',
    });
  });
});
