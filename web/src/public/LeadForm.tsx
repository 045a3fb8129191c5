import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formErrors, type FormErrors } from '../api/errors';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { t } from '../i18n/t';
import { CaptchaField } from './Captcha';
import { useCaptcha } from './useCaptcha';

/** The value of a form field as trimmed text. */
export const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

/**
 * The shell of a public lead form (contact, schedule a call): the name and mobile fields, the form's own fields
 * (`children`), the captcha, and after a successful send a thank-you with "send another". A refused send renews
 * the captcha, since a token is good for one try.
 */
export function LeadForm<Sent>({
  titleId,
  title,
  intro,
  submit,
  again,
  footer,
  state,
  send,
  sentMessage,
  children,
}: {
  titleId: string;
  title: string;
  intro: string;
  submit: string;
  again: string;
  /** The line under the form pointing to the other lead form. */
  footer: ReactNode;
  state: { error?: unknown; isLoading: boolean; reset: () => void };
  send: (data: FormData, captcha: { captcha_token?: string }) => Promise<{ data?: Sent; error?: unknown }>;
  sentMessage: (sent: Sent) => string;
  children: (errors: FormErrors) => ReactNode;
}) {
  const [sent, setSent] = useState<Sent | null>(null);
  const captcha = useCaptcha();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = formErrors(state.error);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await send(new FormData(event.currentTarget), captcha.body());
    if (result.data) setSent(result.data);
    else captcha.renew();
  };

  if (sent) {
    return (
      <section className="narrow" aria-labelledby={titleId}>
        <h1 id={titleId}>{title}</h1>
        <div className="alert alert-success" role="status">
          {sentMessage(sent)}
        </div>
        <p>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              state.reset();
              setSent(null);
            }}
          >
            {again}
          </button>{' '}
          <Link to="/">{t('app.notFound.home')}</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="narrow" aria-labelledby={titleId}>
      <h1 id={titleId}>{title}</h1>
      <p>{intro}</p>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <FormAlert message={state.error ? errors.form : null} formRef={formRef} />
        <Field label={t('lead.name')} name="name" autoComplete="name" required maxLength={255} errors={errors.fields.name} />
        <Field label={t('lead.mobile')} name="mobile_no" type="tel" autoComplete="tel" required help={t('lead.mobileHelp')} errors={errors.fields.mobile_no} />
        {children(errors)}
        <CaptchaField key={captcha.key} onToken={captcha.setToken} errors={errors.fields.captcha_token} />
        <button type="submit" disabled={state.isLoading}>
          {submit}
        </button>
      </form>
      <p>{footer}</p>
    </section>
  );
}
