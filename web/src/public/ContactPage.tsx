import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { formErrors } from '../api/errors';
import { useMarketingContactCreateMutation, type ContactOutputRead } from '../api/generated';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { t } from '../i18n/t';
import { CaptchaField } from './Captcha';
import { useCaptcha } from './useCaptcha';
import { TextAreaField } from './TextAreaField';

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

/** Public contact form: a lead for the system admins' inbox. */
export function ContactPage() {
  const [send, { error, isLoading, reset }] = useMarketingContactCreateMutation();
  const [sent, setSent] = useState<ContactOutputRead | null>(null);
  const captcha = useCaptcha();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = formErrors(error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const result = await send({
      contactCreateInputRequest: {
        name: text(data, 'name'),
        mobile_no: text(data, 'mobile_no'),
        email: text(data, 'email'),
        message: text(data, 'message'),
        ...captcha.body(),
      },
    });
    if ('data' in result && result.data) setSent(result.data);
    else captcha.renew();
  };

  if (sent) {
    return (
      <section className="narrow" aria-labelledby="contact-title">
        <h1 id="contact-title">{t('contact.title')}</h1>
        <div className="alert alert-success" role="status">
          {t('contact.sent', { name: sent.name })}
        </div>
        <p>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              reset();
              setSent(null);
            }}
          >
            {t('contact.again')}
          </button>{' '}
          <Link to="/">{t('app.notFound.home')}</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="narrow" aria-labelledby="contact-title">
      <h1 id="contact-title">{t('contact.title')}</h1>
      <p>{t('contact.intro')}</p>
      <form ref={formRef} onSubmit={submit} noValidate>
        <FormAlert message={error ? errors.form : null} formRef={formRef} />
        <Field label={t('lead.name')} name="name" autoComplete="name" required maxLength={255} errors={errors.fields.name} />
        <Field label={t('lead.mobile')} name="mobile_no" type="tel" autoComplete="tel" required help={t('lead.mobileHelp')} errors={errors.fields.mobile_no} />
        <Field label={t('lead.emailOptional')} name="email" type="email" autoComplete="email" errors={errors.fields.email} />
        <TextAreaField label={t('lead.message')} name="message" required maxLength={2000} errors={errors.fields.message} />
        <CaptchaField key={captcha.key} onToken={captcha.setToken} errors={errors.fields.captcha_token} />
        <button type="submit" disabled={isLoading}>
          {t('contact.submit')}
        </button>
      </form>
      <p>
        {t('contact.preferCall')} <Link to="/schedule-call">{t('nav.scheduleCall')}</Link>
      </p>
    </section>
  );
}
