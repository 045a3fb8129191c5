import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  useMarketingContactListQuery,
  useMarketingScheduleCallListQuery,
  type LeadStatusEnum,
} from '../api/generated';
import { Field, SelectField } from '../components/Field';
import { Pagination } from '../components/Pagination';
import { Loading, QueryError } from '../components/Status';
import { t, type MessageKey } from '../i18n/t';
import { filterParams, formatWhen } from './format';

const PAGE_SIZE = 25;
export const LEAD_STATUSES: readonly LeadStatusEnum[] = ['new', 'contacted', 'closed'];
const FILTERS = ['kind', 'status', 'search', 'date_from', 'date_to'] as const;

export type LeadKind = 'contact' | 'call';

export function LeadStatusBadge({ status }: { status: LeadStatusEnum }) {
  return <span className={`badge badge-lead-${status}`}>{t(`leads.status.${status}` as MessageKey)}</span>;
}

/** System admin: the inbox of contact messages and call requests, filtered by status and text. */
export function LeadsPage() {
  const [params, setParams] = useSearchParams();
  const kind: LeadKind = params.get('kind') === 'call' ? 'call' : 'contact';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const status = params.get('status');
  const common = {
    search: params.get('search') || undefined,
    status: status ? [status as LeadStatusEnum] : undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const contacts = useMarketingContactListQuery(common, { skip: kind !== 'contact' });
  const calls = useMarketingScheduleCallListQuery(
    { ...common, dateFrom: params.get('date_from') || undefined, dateTo: params.get('date_to') || undefined },
    { skip: kind !== 'call' },
  );
  const list = kind === 'contact' ? contacts : calls;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(filterParams(event.currentTarget, FILTERS));
  };

  return (
    <div>
      <h1>{t('leads.title')}</h1>
      <form className="filters" onSubmit={submit} key={params.toString()} aria-label={t('leads.filters')}>
        <SelectField label={t('leads.kind')} name="kind" defaultValue={kind}>
          <option value="contact">{t('leads.kind.contact')}</option>
          <option value="call">{t('leads.kind.call')}</option>
        </SelectField>
        <SelectField label={t('leads.statusFilter')} name="status" defaultValue={status ?? ''}>
          <option value="">{t('leads.anyStatus')}</option>
          {LEAD_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`leads.status.${value}` as MessageKey)}
            </option>
          ))}
        </SelectField>
        <Field label={t('leads.search')} name="search" type="search" defaultValue={params.get('search') ?? ''} />
        {kind === 'call' ? (
          <>
            <Field label={t('leads.dateFrom')} name="date_from" type="date" defaultValue={params.get('date_from') ?? ''} />
            <Field label={t('leads.dateTo')} name="date_to" type="date" defaultValue={params.get('date_to') ?? ''} />
          </>
        ) : null}
        <div className="filter-actions">
          <button type="submit">{t('admin.search')}</button>
        </div>
      </form>
      {list.isLoading || list.isFetching ? <Loading /> : null}
      {list.error ? <QueryError error={list.error} /> : null}
      {list.data && list.data.results.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {list.data && list.data.results.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('leads.title')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('leads.col.received')}</th>
                <th scope="col">{t('admin.col.name')}</th>
                <th scope="col">{t('lead.mobile')}</th>
                <th scope="col">{kind === 'call' ? t('leads.col.slot') : t('admin.col.email')}</th>
                <th scope="col">{t('leads.col.status')}</th>
                <th scope="col">{t('leads.col.message')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.results.map((lead) => (
                <tr key={lead.id}>
                  <td>{formatWhen(lead.created_at)}</td>
                  <td>
                    <Link to={`/manage/leads/${kind}/${lead.id}`}>{lead.name}</Link>
                  </td>
                  <td>{lead.mobile_no}</td>
                  <td>{'date' in lead ? `${lead.date} ${lead.time.slice(0, 5)}` : lead.email || '—'}</td>
                  <td>
                    <LeadStatusBadge status={lead.status} />
                  </td>
                  <td className="cell-clip">{lead.message || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data ? <Pagination page={page} count={list.data.count} pageSize={PAGE_SIZE} /> : null}
    </div>
  );
}
