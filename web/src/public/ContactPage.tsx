import { Link } from 'react-router-dom';
import { useMarketingContactCreateMutation, type ContactOutputRead } from '../api/generated';
import { Field } from '../components/Field';
import { t } from '../i18n/t';
import { LeadForm, text } from './LeadForm';
import { TextAreaField } from './TextAreaField';

/** Public contact form: a lead for the system admins' inbox. */
export function ContactPage() {
  const [send, state] = useMarketingContactCreateMutation();
  return (
    <LeadForm<ContactOutputRead>
      titleId="contact-title"
      title={t('contact.title')}
      intro={t('contact.intro')}
      submit={t('contact.submit')}
      again={t('contact.again')}
      footer={
        <>
          {t('contact.preferCall')} <Link to="/schedule-call">{t('nav.scheduleCall')}</Link>
        </>
      }
      state={state}
      send={(data, captcha) =>
        send({
          contactCreateInputRequest: {
            name: text(data, 'name'),
            mobile_no: text(data, 'mobile_no'),
            email: text(data, 'email'),
            message: text(data, 'message'),
            ...captcha,
          },
        })
      }
      sentMessage={(sent) => t('contact.sent', { name: sent.name })}
    >
      {(errors) => (
        <>
          <Field label={t('lead.emailOptional')} name="email" type="email" autoComplete="email" errors={errors.fields.email} />
          <TextAreaField label={t('lead.message')} name="message" required maxLength={2000} errors={errors.fields.message} />
        </>
      )}
    </LeadForm>
  );
}
