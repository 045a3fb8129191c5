import { useRef, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { formErrors } from '../api/errors';
import { useAuthRegisterCreateMutation } from '../api/generated';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { t } from '../i18n/t';

/** Customer self-registration; the API returns no tokens, so the visitor signs in next. */
export function RegisterPage() {
  const [register, { error, isLoading }] = useAuthRegisterCreateMutation();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = formErrors(error);
  const value = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const result = await register({
      registerInputRequest: {
        username: value(data, 'username'),
        email: value(data, 'email'),
        password: String(data.get('password') ?? ''),
        first_name: value(data, 'first_name'),
        last_name: value(data, 'last_name'),
        phone: value(data, 'phone') || null,
      },
    });
    if ('data' in result) navigate('/login?registered=1');
  };

  return (
    <section className="narrow" aria-labelledby="register-title">
      <h1 id="register-title">{t('register.title')}</h1>
      <form ref={formRef} onSubmit={submit} noValidate>
        <FormAlert message={error ? errors.form : null} formRef={formRef} />
        <Field label={t('register.username')} name="username" autoComplete="username" required help={t('register.usernameHelp')} errors={errors.fields.username} />
        <Field label={t('register.email')} name="email" type="email" autoComplete="email" required errors={errors.fields.email} />
        <Field label={t('register.password')} name="password" type="password" autoComplete="new-password" required help={t('register.passwordHelp')} errors={errors.fields.password} />
        <Field label={t('register.firstName')} name="first_name" autoComplete="given-name" errors={errors.fields.first_name} />
        <Field label={t('register.lastName')} name="last_name" autoComplete="family-name" errors={errors.fields.last_name} />
        <Field label={t('register.phone')} name="phone" type="tel" autoComplete="tel" errors={errors.fields.phone} />
        <button type="submit" disabled={isLoading}>
          {t('register.submit')}
        </button>
      </form>
      <p>
        {t('register.haveAccount')} <Link to="/login">{t('login.submit')}</Link>
      </p>
    </section>
  );
}
