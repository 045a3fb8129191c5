import { useRef, useState, type FormEvent } from 'react';
import { formErrors } from '../api/errors';
import {
  useAuthMePartialUpdateMutation,
  useAuthMeRetrieveQuery,
  useAuthPasswordCreateMutation,
  type MeOutputRead,
} from '../api/generated';
import { userLoaded } from '../auth/authSlice';
import { completePasswordChange, sessionUser } from '../auth/session';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { Loading, QueryError } from '../components/Status';
import { useAppDispatch } from '../hooks';
import { t } from '../i18n/t';

function ProfileForm({ me }: { me: MeOutputRead }) {
  const [update, { error, isLoading, reset }] = useAuthMePartialUpdateMutation();
  const [saved, setSaved] = useState(false);
  const dispatch = useAppDispatch();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = formErrors(error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const result = await update({
      patchedProfileUpdateInputRequest: {
        first_name: text('first_name'),
        last_name: text('last_name'),
        email: text('email'),
        phone: text('phone') || null,
      },
    });
    if ('data' in result && result.data) {
      dispatch(userLoaded(sessionUser(result.data)));
      reset();
      setSaved(true);
    }
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="profile-title">
      <h2 id="profile-title">{t('account.profile')}</h2>
      <dl className="facts">
        <dt>{t('account.username')}</dt>
        <dd>{me.username}</dd>
        <dt>{t('account.role')}</dt>
        <dd>{t(`role.${me.role}`)}</dd>
        {me.store_name ? (
          <>
            <dt>{t('account.store')}</dt>
            <dd>{me.store_name}</dd>
          </>
        ) : null}
      </dl>
      <FormAlert message={error ? errors.form : null} formRef={formRef} />
      <FormAlert tone="success" message={saved ? t('account.saved') : null} />
      <Field label={t('account.firstName')} name="first_name" autoComplete="given-name" defaultValue={me.first_name} errors={errors.fields.first_name} />
      <Field label={t('account.lastName')} name="last_name" autoComplete="family-name" defaultValue={me.last_name} errors={errors.fields.last_name} />
      <Field
        label={t('account.email')}
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={me.email}
        help={me.email_verified ? t('account.emailVerified') : t('account.emailUnverified')}
        errors={errors.fields.email}
      />
      <Field label={t('account.phone')} name="phone" type="tel" autoComplete="tel" defaultValue={me.phone ?? ''} errors={errors.fields.phone} />
      <button type="submit" disabled={isLoading}>
        {isLoading ? t('form.saving') : t('account.save')}
      </button>
    </form>
  );
}

function PasswordForm({ me }: { me: MeOutputRead }) {
  const [change, { error, isLoading, reset }] = useAuthPasswordCreateMutation();
  const [changed, setChanged] = useState(false);
  const dispatch = useAppDispatch();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = formErrors(error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChanged(false);
    const form = event.currentTarget;
    const data = new FormData(form);
    const result = await change({
      passwordChangeInputRequest: {
        current_password: String(data.get('current_password') ?? ''),
        new_password: String(data.get('new_password') ?? ''),
      },
    });
    if ('data' in result && result.data) {
      completePasswordChange(dispatch, result.data, sessionUser(me));
      form.reset();
      reset();
      setChanged(true);
    }
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="password-title">
      <h2 id="password-title">{t('account.password')}</h2>
      <FormAlert message={error ? errors.form : null} formRef={formRef} />
      <FormAlert tone="success" message={changed ? t('account.passwordChanged') : null} />
      {/* Lets password managers tie the new password to the account. */}
      <input type="text" name="username" autoComplete="username" value={me.username} readOnly hidden />
      <Field label={t('account.currentPassword')} name="current_password" type="password" autoComplete="current-password" required errors={errors.fields.current_password} />
      <Field label={t('account.newPassword')} name="new_password" type="password" autoComplete="new-password" required help={t('register.passwordHelp')} errors={errors.fields.new_password} />
      <button type="submit" disabled={isLoading}>
        {t('account.changePassword')}
      </button>
    </form>
  );
}

/** `/account`: the signed-in user's profile and password. */
export function AccountPage() {
  const me = useAuthMeRetrieveQuery();
  if (me.isLoading) return <Loading />;
  if (me.error || !me.data) return <QueryError error={me.error} />;
  return (
    <div className="account">
      <h1>{t('account.title')}</h1>
      <div className="two-columns">
        <ProfileForm me={me.data} />
        <PasswordForm me={me.data} />
      </div>
    </div>
  );
}
