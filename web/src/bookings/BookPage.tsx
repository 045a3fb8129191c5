import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { formErrors } from '../api/errors';
import { useBookingsCreateMutation, useBookingsFormRetrieveQuery, useStoresListQuery, type BookingOutputRead } from '../api/generated';
import { Field, SelectField } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { Loading, QueryError } from '../components/Status';
import { t } from '../i18n/t';
import { CaptchaField } from '../public/Captcha';
import { TextAreaField } from '../public/TextAreaField';
import { useCaptcha } from '../public/useCaptcha';
import { formatSlot } from './BookingSummary';

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();
const ids = (data: FormData, name: string) => data.getAll(name).map(Number);

/** Public: book a repair. The choices (issues, extra services, intake questions) come from the API. */
export function BookPage() {
  const options = useBookingsFormRetrieveQuery({});
  const stores = useStoresListQuery({ pageSize: 100 });
  const [create, { error, isLoading, reset }] = useBookingsCreateMutation();
  const [booked, setBooked] = useState<BookingOutputRead | null>(null);
  const captcha = useCaptcha();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = formErrors(error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const store = text(data, 'store');
    const responses = (options.data?.questions ?? [])
      .map((q) => ({ question_set_name: q.question_set_name, question: q.question, response: text(data, `question-${q.id}`) }))
      .filter((r) => r.response);
    const result = await create({
      bookingCreateInputRequest: {
        name: text(data, 'name'),
        email: text(data, 'email') || null,
        phone: text(data, 'phone') || null,
        address: text(data, 'address'),
        message: text(data, 'message'),
        store: store ? Number(store) : null,
        date: text(data, 'date'),
        time: text(data, 'time'),
        details: {
          issues: ids(data, 'issues'),
          other_issues: ids(data, 'other_issues'),
          brand: text(data, 'brand'),
          product: text(data, 'product'),
        },
        responses,
        ...captcha.body(),
      },
    });
    if ('data' in result && result.data) setBooked(result.data);
    else captcha.renew();
  };

  if (booked) {
    return (
      <section className="narrow" aria-labelledby="booked-title">
        {/* Focus (and so scroll) to the confirmation: the form the visitor was at the bottom of is gone. */}
        <h1 id="booked-title" tabIndex={-1} ref={(el) => el?.focus()}>
          {t('book.doneTitle')}
        </h1>
        <div className="alert alert-success" role="status">
          {t('book.done', { when: formatSlot(booked.date, booked.time) })}
        </div>
        <p>{t('book.referenceIntro')}</p>
        <p className="reference" aria-label={t('book.reference')}>
          {booked.reference}
        </p>
        <p>{t('book.referenceHelp')}</p>
        <p className="actions">
          <Link className="button" to={`/booking-status?reference=${encodeURIComponent(booked.reference)}`}>
            {t('book.checkStatus')}
          </Link>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              reset();
              setBooked(null);
            }}
          >
            {t('book.again')}
          </button>
        </p>
      </section>
    );
  }

  if (options.error) return <QueryError error={options.error} />;
  if (!options.data) return <Loading />;
  const detailErrors = (name: string) => {
    const details = (error as { data?: { details?: Record<string, string[]> } } | undefined)?.data?.details;
    return details && typeof details === 'object' && !Array.isArray(details) ? details[name] : undefined;
  };

  return (
    <section className="narrow-wide" aria-labelledby="book-title">
      <h1 id="book-title">{t('book.title')}</h1>
      <p>{t('book.intro')}</p>
      <form ref={formRef} onSubmit={submit} noValidate>
        <FormAlert message={error ? errors.form : null} formRef={formRef} />
        <fieldset>
          <legend>{t('book.device')}</legend>
          <Field label={t('book.brand')} name="brand" maxLength={100} errors={detailErrors('brand')} />
          <Field label={t('book.product')} name="product" maxLength={100} errors={detailErrors('product')} />
        </fieldset>
        {options.data.issues.length ? (
          <fieldset className={detailErrors('issues') ? 'field-invalid' : undefined} aria-describedby={detailErrors('issues') ? 'issues-error' : undefined}>
            <legend>{t('book.issues')}</legend>
            <div className="check-grid">
              {options.data.issues.map((issue) => (
                <label key={issue.id} className="check">
                  <input type="checkbox" name="issues" value={issue.id} /> {issue.name}
                </label>
              ))}
            </div>
            {detailErrors('issues') ? (
              <p id="issues-error" className="field-error">
                {detailErrors('issues')?.join(' ')}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        {options.data.other_issues.length ? (
          <fieldset aria-describedby={detailErrors('other_issues') ? 'other-issues-error' : undefined}>
            <legend>{t('book.otherIssues')}</legend>
            <div className="check-grid">
              {options.data.other_issues.map((issue) => (
                <label key={issue.id} className="check">
                  <input type="checkbox" name="other_issues" value={issue.id} /> {issue.name}{' '}
                  <span className="muted">{t('book.estimate', { price: issue.estimated_price })}</span>
                </label>
              ))}
            </div>
            {detailErrors('other_issues') ? (
              <p id="other-issues-error" className="field-error">
                {detailErrors('other_issues')?.join(' ')}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        {options.data.questions.length ? (
          <fieldset>
            <legend>{t('book.questions')}</legend>
            {options.data.questions.map((q) => (
              <Field key={q.id} label={q.question} name={`question-${q.id}`} maxLength={655} />
            ))}
            {errors.fields.responses ? <p className="field-error">{errors.fields.responses.join(' ')}</p> : null}
          </fieldset>
        ) : null}
        <fieldset>
          <legend>{t('book.when')}</legend>
          <SelectField label={t('book.store')} name="store" defaultValue="" errors={errors.fields.store} key={String(stores.isSuccess)}>
            <option value="">{t('book.anyStore')}</option>
            {stores.data?.results.map((store) => (
              <option key={store.id} value={store.id}>
                {store.name}
              </option>
            ))}
          </SelectField>
          <Field label={t('book.date')} name="date" type="date" required errors={errors.fields.date} />
          <Field label={t('book.time')} name="time" type="time" required errors={errors.fields.time} />
        </fieldset>
        <fieldset>
          <legend>{t('book.you')}</legend>
          <Field label={t('book.name')} name="name" autoComplete="name" required maxLength={255} errors={errors.fields.name} />
          <Field label={t('book.email')} name="email" type="email" autoComplete="email" help={t('book.contactHelp')} errors={errors.fields.email} />
          <Field label={t('book.phone')} name="phone" type="tel" autoComplete="tel" errors={errors.fields.phone} />
          <TextAreaField label={t('book.address')} name="address" autoComplete="street-address" maxLength={500} rows={2} errors={errors.fields.address} />
          <TextAreaField label={t('book.message')} name="message" maxLength={2000} errors={errors.fields.message} />
        </fieldset>
        <CaptchaField key={captcha.key} onToken={captcha.setToken} errors={errors.fields.captcha_token} />
        <button type="submit" disabled={isLoading}>
          {t('book.submit')}
        </button>
      </form>
    </section>
  );
}
