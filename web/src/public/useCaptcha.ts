import { useCallback, useState } from 'react';

/** The captcha token of one form, and a way to start over with a fresh widget after a refused submission. */
export function useCaptcha() {
  const [token, setToken] = useState<string | null>(null);
  const [key, setKey] = useState(0);
  const renew = useCallback(() => {
    setToken(null);
    setKey((k) => k + 1);
  }, []);
  /** The body part: `captcha_token` only when the widget gave one (staff and captcha-less setups send none). */
  const body = useCallback(() => (token ? { captcha_token: token } : {}), [token]);
  return { token, setToken, key, renew, body };
}
