import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../i18n/t';
import { captchaConfig, loadCaptcha } from './captcha';

/**
 * The captcha widget of a public form, shown only when a site key is configured. `onToken` receives the
 * provider's token (or null when it expires). Tokens are single use: the form remounts the widget (a new `key`)
 * after each refused submission. The server's message for a refused token is shown under the widget.
 */
export function CaptchaField({ onToken, errors }: { onToken: (token: string | null) => void; errors?: string[] }) {
  const config = captchaConfig();
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const id = useId();
  const tokenRef = useRef(onToken);
  tokenRef.current = onToken;

  useEffect(() => {
    if (!config || !box.current) return;
    let cancelled = false;
    const element = box.current;
    loadCaptcha(config.provider)
      .then((api) => {
        if (cancelled) return;
        api.render(element, {
          sitekey: config.siteKey,
          callback: (token: string) => tokenRef.current(token),
          'expired-callback': () => tokenRef.current(null),
          'error-callback': () => tokenRef.current(null),
        });
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      element.replaceChildren();
    };
  }, [config?.provider, config?.siteKey]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!config) return null;
  const invalid = Boolean(errors?.length);
  return (
    <div className={invalid ? 'field field-invalid' : 'field'} role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="field-label">
        {t('captcha.label')}
      </span>
      <div ref={box} className="captcha-box" />
      {failed ? <p className="field-error">{t('captcha.unavailable')}</p> : null}
      {invalid ? (
        <p className="field-error" role="alert">
          {errors?.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
