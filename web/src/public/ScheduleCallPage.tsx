import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { formErrors } from '../api/errors';
import { useMarketingScheduleCallCreateMutation, type CallRequestOutputRead } from '../api/generated';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { t } from '../i18n/t';
import { CaptchaField } from './Captcha';
import { TextAreaField } from './TextAreaField';
import { useCaptcha } from './useCaptcha';

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

function formatSlot(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(t('format.locale'), { dateStyle: 'full', timeStyle: 'short' }).format(new Date(y, m - 1, d, hh, mm));
}

/** Public form asking the shop to call back at a chosen day and time. */
export function ScheduleCallPage() {
  const [send, { error, isLoading, reset }] = useMarketingScheduleCallCreateMutation();
  const [sent, setSent] = useState<CallRequestOutputRead | null>(null);
  const captcha = useCaptcha();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = formErrors(error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const result = await send({
      callRequestCreateInputRequest: {
        name: text(data, 'name'),
        mobile_no: text(data, 'mobile_no'),
        date: text(data, 'date'),
        time: text(data, 'time'),
        message: text(data, 'message'),
        ...captcha.body(),
      },
    });
    if ('data' in result && result.data) setSent(result.data);
    else captcha.renew();
  };

  if (sent) {
    return (
      <section className="narrow" aria-labelledby="call-title">
        <h1 id="call-title">{t('call.title')}</h1>
        <div className="alert alert-success" role="status">
          {t('call.sent', { when: formatSlot(sent.date, sent.time) })}
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
            {t('call.again')}
          </button>{' '}
          <Link to="/">{t('app.notFound.home')}</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="narrow" aria-labelledby="call-title">
      <h1 id="call-title">{t('call.title')}</h1>
      <p>{t('call.intro')}</p>
      <form ref={formRef} onSubmit={submit} noValidate>
        <FormAlert message={error ? errors.form : null} formRef={formRef} />
        <Field label={t('lead.name')} name="name" autoComplete="name" required maxLength={255} errors={errors.fields.name} />
        <Field label={t('lead.mobile')} name="mobile_no" type="tel" autoComplete="tel" required help={t('lead.mobileHelp')} errors={errors.fields.mobile_no} />
        <Field label={t('call.date')} name="date" type="date" required errors={errors.fields.date} />
        <Field label={t('call.time')} name="time" type="time" required errors={errors.fields.time} />
        <TextAreaField label={t('lead.messageOptional')} name="message" maxLength={1000} errors={errors.fields.message} />
        <CaptchaField key={captcha.key} onToken={captcha.setToken} errors={errors.fields.captcha_token} />
        <button type="submit" disabled={isLoading}>
          {t('call.submit')}
        </button>
      </form>
      <p>
        {t('call.preferWrite')} <Link to="/contact">{t('nav.contact')}</Link>
      </p>
    </section>
  );
}
