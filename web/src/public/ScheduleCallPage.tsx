import { Link } from 'react-router-dom';
import { useMarketingScheduleCallCreateMutation, type CallRequestOutputRead } from '../api/generated';
import { Field } from '../components/Field';
import { t } from '../i18n/t';
import { LeadForm, text } from './LeadForm';
import { TextAreaField } from './TextAreaField';

function formatSlot(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(t('format.locale'), { dateStyle: 'full', timeStyle: 'short' }).format(new Date(y, m - 1, d, hh, mm));
}

/** Public form asking the shop to call back at a chosen day and time. */
export function ScheduleCallPage() {
  const [send, state] = useMarketingScheduleCallCreateMutation();
  return (
    <LeadForm<CallRequestOutputRead>
      titleId="call-title"
      title={t('call.title')}
      intro={t('call.intro')}
      submit={t('call.submit')}
      again={t('call.again')}
      footer={
        <>
          {t('call.preferWrite')} <Link to="/contact">{t('nav.contact')}</Link>
        </>
      }
      state={state}
      send={(data, captcha) =>
        send({
          callRequestCreateInputRequest: {
            name: text(data, 'name'),
            mobile_no: text(data, 'mobile_no'),
            date: text(data, 'date'),
            time: text(data, 'time'),
            message: text(data, 'message'),
            ...captcha,
          },
        })
      }
      sentMessage={(sent) => t('call.sent', { when: formatSlot(sent.date, sent.time) })}
    >
      {(errors) => (
        <>
          <Field label={t('call.date')} name="date" type="date" required errors={errors.fields.date} />
          <Field label={t('call.time')} name="time" type="time" required errors={errors.fields.time} />
          <TextAreaField label={t('lead.messageOptional')} name="message" maxLength={1000} errors={errors.fields.message} />
        </>
      )}
    </LeadForm>
  );
}
