import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formErrors } from '../api/errors';
import {
  useMarketingContactPartialUpdateMutation,
  useMarketingContactRetrieveQuery,
  useMarketingScheduleCallPartialUpdateMutation,
  useMarketingScheduleCallRetrieveQuery,
  type LeadStatusEnum,
} from '../api/generated';
import { SelectField } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { Loading, NotFound, QueryError } from '../components/Status';
import { t, type MessageKey } from '../i18n/t';
import { TextAreaField } from '../public/TextAreaField';
import { formatWhen } from './format';
import { LeadStatusBadge } from './LeadsPage';

/** The workflow of the marketing spec: new → contacted → closed, and new → closed (spam, duplicates). */
export const LEAD_NEXT: Record<LeadStatusEnum, LeadStatusEnum[]> = {
  new: ['contacted', 'closed'],
  contacted: ['closed'],
  closed: [],
};

/** System admin: one lead with its history; move it along the workflow or add a note. */
export function LeadDetailPage() {
  const { kind, id: rawId } = useParams();
  const id = Number(rawId);
  const isCall = kind === 'call';
  const valid = (kind === 'contact' || isCall) && Number.isInteger(id) && id > 0;
  const contact = useMarketingContactRetrieveQuery({ id }, { skip: !valid || isCall });
  const call = useMarketingScheduleCallRetrieveQuery({ id }, { skip: !valid || !isCall });
  const [updateContact, contactUpdate] = useMarketingContactPartialUpdateMutation();
  const [updateCall, callUpdate] = useMarketingScheduleCallPartialUpdateMutation();
  const update = isCall ? callUpdate : contactUpdate;
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = formErrors(update.error);
  const lead = isCall ? call.data : contact.data;
  const query = isCall ? call : contact;

  if (!valid) return <NotFound />;
  if (query.error) return <QueryError error={query.error} />;
  if (!lead) return <Loading />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const status = String(data.get('status') ?? '');
    const note = String(data.get('note') ?? '').trim();
    const body: { status?: string; note?: string } = {};
    if (status) body.status = status;
    if (note) body.note = note;
    setSaved(false);
    const args = { id, patchedLeadUpdateInputRequest: body };
    const result = isCall ? await updateCall(args) : await updateContact(args);
    if ('data' in result) {
      setSaved(true);
      formRef.current?.reset();
    }
  };

  const next = LEAD_NEXT[lead.status];
  return (
    <div>
      <p>
        <Link to={`/manage/leads${isCall ? '?kind=call' : ''}`}>{t('leads.back')}</Link>
      </p>
      <h1>
        {t(isCall ? 'leads.kind.call' : 'leads.kind.contact')}: {lead.name}
      </h1>
      <dl className="facts">
        <dt>{t('leads.col.status')}</dt>
        <dd>
          <LeadStatusBadge status={lead.status} />
        </dd>
        <dt>{t('leads.col.received')}</dt>
        <dd>{formatWhen(lead.created_at)}</dd>
        <dt>{t('lead.mobile')}</dt>
        <dd>
          <a href={`tel:${lead.mobile_no}`}>{lead.mobile_no}</a>
        </dd>
        {'email' in lead ? (
          <>
            <dt>{t('admin.col.email')}</dt>
            <dd>{lead.email ? <a href={`mailto:${lead.email}`}>{lead.email}</a> : '—'}</dd>
          </>
        ) : null}
        {'date' in lead ? (
          <>
            <dt>{t('leads.col.slot')}</dt>
            <dd>
              {lead.date} {lead.time.slice(0, 5)}
            </dd>
          </>
        ) : null}
        <dt>{t('leads.col.message')}</dt>
        <dd className="prewrap">{lead.message || '—'}</dd>
      </dl>

      <h2>{t('leads.history')}</h2>
      {lead.history.length === 0 ? <p>{t('leads.noHistory')}</p> : null}
      <ol className="history">
        {lead.history.map((entry, index) => (
          <li key={index}>
            <strong>
              {entry.from_status === entry.to_status
                ? t('leads.noteAdded')
                : t('leads.changed', {
                    from: t(`leads.status.${entry.from_status}` as MessageKey),
                    to: t(`leads.status.${entry.to_status}` as MessageKey),
                  })}
            </strong>{' '}
            <span className="muted">
              {formatWhen(entry.changed_at)} · {entry.changed_by_name || '—'}
            </span>
            {entry.note ? <p className="prewrap">{entry.note}</p> : null}
          </li>
        ))}
      </ol>

      <h2>{t('leads.update')}</h2>
      <form ref={formRef} onSubmit={submit} noValidate className="narrow">
        <FormAlert message={update.error ? errors.form : saved ? t('leads.saved') : null} formRef={formRef} tone={update.error ? 'error' : 'success'} />
        <SelectField label={t('leads.newStatus')} name="status" defaultValue="" errors={errors.fields.status}>
          <option value="">{t('leads.keepStatus')}</option>
          {next.map((value) => (
            <option key={value} value={value}>
              {t(`leads.status.${value}` as MessageKey)}
            </option>
          ))}
        </SelectField>
        <TextAreaField label={t('leads.note')} name="note" maxLength={1000} errors={errors.fields.note} />
        <button type="submit" disabled={update.isLoading}>
          {t('leads.save')}
        </button>
      </form>
    </div>
  );
}
