/**
 * Captcha configuration of the public forms. The server verifies the token against a siteverify-compatible
 * provider (reCAPTCHA, hCaptcha, Turnstile); the browser needs the matching public site key, given at build time:
 *   VITE_CAPTCHA_SITE_KEY   the public site key; without it no widget is shown and no token is sent
 *   VITE_CAPTCHA_PROVIDER   recaptcha (default), hcaptcha or turnstile
 * The provider's script comes from its own origin, so the page's Content-Security-Policy must allow it
 * (script-src and frame-src), see docs/web.md.
 */
export type CaptchaProvider = 'recaptcha' | 'hcaptcha' | 'turnstile';

export interface CaptchaConfig {
  siteKey: string;
  provider: CaptchaProvider;
}

const SCRIPTS: Record<CaptchaProvider, { url: string; global: string }> = {
  recaptcha: { url: 'https://www.google.com/recaptcha/api.js?render=explicit', global: 'grecaptcha' },
  hcaptcha: { url: 'https://js.hcaptcha.com/1/api.js?render=explicit', global: 'hcaptcha' },
  turnstile: { url: 'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit', global: 'turnstile' },
};

let override: CaptchaConfig | null | undefined;

/** Tests set the configuration here; the app reads the build's environment. */
export function setCaptchaConfig(config: CaptchaConfig | null | undefined): void {
  override = config;
}

export function captchaConfig(): CaptchaConfig | null {
  if (override !== undefined) return override;
  const siteKey = import.meta.env.VITE_CAPTCHA_SITE_KEY as string | undefined;
  if (!siteKey) return null;
  const provider = (import.meta.env.VITE_CAPTCHA_PROVIDER as string | undefined) ?? 'recaptcha';
  return { siteKey, provider: provider in SCRIPTS ? (provider as CaptchaProvider) : 'recaptcha' };
}

/** The three providers share this explicit-render API. */
export interface CaptchaApi {
  render(element: HTMLElement, options: Record<string, unknown>): unknown;
}

const loading = new Map<CaptchaProvider, Promise<CaptchaApi>>();

export function loadCaptcha(provider: CaptchaProvider): Promise<CaptchaApi> {
  const { url, global } = SCRIPTS[provider];
  const existing = loading.get(provider);
  if (existing) return existing;
  const promise = new Promise<CaptchaApi>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    script.onerror = () => reject(new Error('captcha script failed to load'));
    script.onload = () => {
      const api = (window as unknown as Record<string, CaptchaApi | undefined>)[global];
      // reCAPTCHA finishes its set-up after the script's load event.
      const ready = (api as { ready?: (cb: () => void) => void } | undefined)?.ready;
      if (api && ready) ready(() => resolve(api));
      else if (api) resolve(api);
      else reject(new Error('captcha script did not define its API'));
    };
    document.head.appendChild(script);
  });
  loading.set(provider, promise);
  promise.catch(() => loading.delete(provider));
  return promise;
}
