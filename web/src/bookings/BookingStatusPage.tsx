import { useRef, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { errorStatus, formErrors } from '../api/errors';
import { useBookingsLookupCreateMutation } from '../api/generated';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { t } from '../i18n/t';
import { BookingSummary } from './BookingSummary';

/** Public: a guest follows a booking with its reference and the e-mail address it was made with. */
export function BookingStatusPage() {
  const [params] = useSearchParams();
  const [lookup, { data, error, isLoading }] = useBookingsLookupCreateMutation();
  const formRef = useRef<HTMLFormElement>(null);
  // One message for an unknown reference and a wrong address alike, as the API answers them.
  const errors = errorStatus(error) === 404 ? { fields: {}, form: t('status.notFound') } : formErrors(error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void lookup({
      bookingLookupInputRequest: {
        reference: String(form.get('reference') ?? '').trim(),
        email: String(form.get('email') ?? '').trim(),
      },
    });
  };

  return (
    <section className="narrow-wide" aria-labelledby="status-title">
      <h1 id="status-title">{t('status.title')}</h1>
      <p>{t('status.intro')}</p>
      <form ref={formRef} onSubmit={submit} noValidate className="narrow">
        <FormAlert message={error ? errors.form : null} formRef={formRef} />
        <Field label={t('status.reference')} name="reference" required autoCapitalize="characters" defaultValue={params.get('reference') ?? ''} help={t('status.referenceHelp')} errors={errors.fields.reference} />
        <Field label={t('status.email')} name="email" type="email" autoComplete="email" required errors={errors.fields.email} />
        <button type="submit" disabled={isLoading}>
          {t('status.submit')}
        </button>
      </form>
      {data && !error ? <BookingSummary booking={data} /> : null}
      <p>
        {t('status.signedInHint')} <Link to="/orders">{t('nav.orders')}</Link>
      </p>
    </section>
  );
}
