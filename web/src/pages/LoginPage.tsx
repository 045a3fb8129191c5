import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { formErrors } from '../api/errors';
import { useAuthLoginCreateMutation, type LoginOutputRead } from '../api/generated';
import { completeLogin } from '../auth/session';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { useAppDispatch, useAppSelector } from '../hooks';
import { t } from '../i18n/t';

/** Only a path of this app: an open redirect to another site through `?next=` is refused. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const [login, { error, isLoading }] = useAuthLoginCreateMutation();
  const dispatch = useAppDispatch();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const status = useAppSelector((state) => state.auth.status);
  const formRef = useRef<HTMLFormElement>(null);
  const [registered] = useState(params.get('registered') === '1');
  const next = safeNext(params.get('next'));
  const errors = formErrors(error);

  if (status === 'signedIn') return <Navigate to={next} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const result = await login({
      loginInputRequest: { username: String(data.get('username')), password: String(data.get('password')) },
    });
    if ('data' in result && result.data) {
      completeLogin(dispatch, result.data as LoginOutputRead);
      navigate(next, { replace: true });
    }
  };

  return (
    <section className="narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      {registered ? <FormAlert tone="success" message={t('register.done')} /> : null}
      <form ref={formRef} onSubmit={submit} noValidate>
        <FormAlert message={error ? errors.form : null} formRef={formRef} />
        <Field label={t('login.username')} name="username" autoComplete="username" required errors={errors.fields.username ?? errors.fields.email} />
        <Field label={t('login.password')} name="password" type="password" autoComplete="current-password" required errors={errors.fields.password} />
        <button type="submit" disabled={isLoading}>
          {t('login.submit')}
        </button>
      </form>
      <p>
        {t('login.noAccount')} <Link to="/register">{t('login.register')}</Link>
      </p>
    </section>
  );
}
