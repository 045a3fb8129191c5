import { Link, useSearchParams } from 'react-router-dom';
import {
  useMarketingContactListQuery,
  useMarketingScheduleCallListQuery,
  type CallRequestAdminOutputRead,
  type ContactAdminOutputRead,
  type LeadStatusEnum,
} from '../api/generated';
import { Field, SelectField } from '../components/Field';
import { FilterForm } from '../components/FilterForm';
import { LONG_PAGE_SIZE, usePage } from '../components/Pagination';
import { RowsTable } from '../components/RowsTable';
import { t, type MessageKey } from '../i18n/t';
import { formatWhen } from './format';

export const LEAD_STATUSES: readonly LeadStatusEnum[] = ['new', 'contacted', 'closed'];

export type LeadKind = 'contact' | 'call';
type LeadRow = ContactAdminOutputRead | CallRequestAdminOutputRead;

export function LeadStatusBadge({ status }: { status: LeadStatusEnum }) {
  return <span className={`badge badge-lead-${status}`}>{t(`leads.status.${status}` as MessageKey)}</span>;
}

/** System admin: the inbox of contact messages and call requests, filtered by status and text. */
export function LeadsPage() {
  const [params] = useSearchParams();
  const kind: LeadKind = params.get('kind') === 'call' ? 'call' : 'contact';
  const page = usePage();
  const status = params.get('status');
  const common = {
    search: params.get('search') || undefined,
    status: status ? [status as LeadStatusEnum] : undefined,
    page,
    pageSize: LONG_PAGE_SIZE,
  };
  const contacts = useMarketingContactListQuery(common, { skip: kind !== 'contact' });
  const calls = useMarketingScheduleCallListQuery(
    { ...common, dateFrom: params.get('date_from') || undefined, dateTo: params.get('date_to') || undefined },
    { skip: kind !== 'call' },
  );
  const list = kind === 'contact' ? contacts : calls;

  return (
    <div>
      <h1>{t('leads.title')}</h1>
      <FilterForm label={t('leads.filters')}>
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
      </FilterForm>
      <RowsTable<LeadRow>
        label={t('leads.title')}
        list={list}
        busy={list.isFetching}
        rows={list.data?.results}
        page={page}
        pageSize={LONG_PAGE_SIZE}
        columns={[
          { label: t('leads.col.received'), cell: (lead) => formatWhen(lead.created_at) },
          { label: t('admin.col.name'), cell: (lead) => <Link to={`/manage/leads/${kind}/${lead.id}`}>{lead.name}</Link> },
          { label: t('lead.mobile'), cell: (lead) => lead.mobile_no },
          {
            label: kind === 'call' ? t('leads.col.slot') : t('admin.col.email'),
            cell: (lead) => ('date' in lead ? `${lead.date} ${lead.time.slice(0, 5)}` : lead.email || '—'),
          },
          { label: t('leads.col.status'), cell: (lead) => <LeadStatusBadge status={lead.status} /> },
          { label: t('leads.col.message'), className: 'cell-clip', cell: (lead) => lead.message || '—' },
        ]}
      />
    </div>
  );
}
