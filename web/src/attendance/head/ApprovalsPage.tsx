import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { errorStatus, formErrors } from '../../api/errors';
import {
  useAttendanceApprovalsApproveCreateMutation,
  useAttendanceApprovalsListQuery,
  useAttendanceApprovalsRejectCreateMutation,
  type RequestOutputRead,
} from '../../api/generated';
import { Field, SelectField } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { PAGE_SIZE, Pagination, usePage } from '../../components/Pagination';
import { Loading, QueryError } from '../../components/Status';
import { t, type MessageKey } from '../../i18n/t';
import { RosterTabs } from '../admin/common';
import { newKey } from '../punch';

const STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
type Status = (typeof STATUSES)[number];

/** The figures a request carries in `meta`, worded for the person deciding. */
function details(request: RequestOutputRead): string {
  const meta = request.meta ?? {};
  if (request.type === 'LATE' && meta.late_minutes !== undefined) return t('approvals.meta.late', { minutes: meta.late_minutes });
  if (request.type === 'OUTSIDE_GEOFENCE' && meta.distance_m !== undefined)
    return t('approvals.meta.outside', { distance: meta.distance_m, radius: meta.radius_m ?? '?', phase: t(`approvals.phase.${meta.phase ?? 'check_in'}` as MessageKey) });
  if (request.type === 'OT' && meta.requested_minutes !== undefined) return t('approvals.meta.ot', { minutes: meta.requested_minutes });
  return request.reason || '—';
}

type Outcome = { tone: 'error' | 'success'; message: string };

/**
 * Approve / reject with a note. The outcome is reported to the page, which shows it above the list: the list is
 * refetched after every decision (also a refused one), and a decided request leaves the pending queue.
 */
function Decision({ request, onOutcome }: { request: RequestOutputRead; onOutcome: (outcome: Outcome | null) => void }) {
  const [approve, approved] = useAttendanceApprovalsApproveCreateMutation();
  const [reject, rejected] = useAttendanceApprovalsRejectCreateMutation();
  const [note, setNote] = useState('');
  const errors = formErrors(approved.error ?? rejected.error);
  const who = `${request.user_name}, ${request.attendance_date}`;
  const decide = async (action: typeof approve, message: MessageKey) => {
    onOutcome(null);
    const result = await action({ id: String(request.id), 'Idempotency-Key': newKey(), decisionInputRequest: note.trim() ? { note: note.trim() } : {} });
    if (!result.error) onOutcome({ tone: 'success', message: t(message, { name: who }) });
    else if (errorStatus(result.error) === 409) onOutcome({ tone: 'error', message: t('approvals.alreadyDecided', { name: who }) });
    else if (!formErrors(result.error).fields.note) onOutcome({ tone: 'error', message: formErrors(result.error).form ?? t('app.error') });
  };
  const busy = approved.isLoading || rejected.isLoading;
  return (
    <div className="decision">
      <Field label={t('approvals.note')} name={`note-${request.id}`} value={note} onChange={(event) => setNote(event.target.value)} maxLength={500} errors={errors.fields.note} />
      <div className="row-actions">
        <button type="button" disabled={busy} onClick={() => void decide(approve, 'approvals.approved')} aria-label={t('approvals.approveNamed', { name: who })}>
          {t('approvals.approve')}
        </button>
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void decide(reject, 'approvals.rejected')} aria-label={t('approvals.rejectNamed', { name: who })}>
          {t('approvals.reject')}
        </button>
      </div>
    </div>
  );
}

/**
 * The approvals queue: a branch head sees the requests of their store (the API scopes it), a system admin all.
 * Pending first; approve or reject with a note; a request someone else decided meanwhile answers 409, shown as
 * "already decided".
 */
export function ApprovalsPage({ admin = false }: { admin?: boolean }) {
  const [params, setParams] = useSearchParams();
  const page = usePage();
  const status = (STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as Status) : 'PENDING';
  const list = useAttendanceApprovalsListQuery({ status, page, pageSize: PAGE_SIZE });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <div>
      {admin ? <RosterTabs /> : null}
      <h1>{t('approvals.title')}</h1>
      <div className="filters">
        <SelectField
          label={t('approvals.show')}
          name="status"
          value={status}
          onChange={(event) => setParams(event.target.value === 'PENDING' ? {} : { status: event.target.value })}
        >
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`approvals.status.${value}` as MessageKey)}
            </option>
          ))}
        </SelectField>
      </div>
      {outcome ? <FormAlert tone={outcome.tone} message={outcome.message} /> : null}
      {list.isLoading ? <Loading /> : null}
      {list.error ? <QueryError error={list.error} /> : null}
      {list.data && list.data.results.length === 0 ? <p>{t('approvals.empty')}</p> : null}
      <ul className="card-list">
        {list.data?.results.map((request) => (
          <li key={request.id} className="card approval">
            <h2 className="approval-title">
              {request.user_name} · {request.attendance_date}
            </h2>
            <p>
              <span className="badge badge-muted">{t(`approvals.type.${request.type}` as MessageKey)}</span>{' '}
              {request.shift_name} · {request.store_name}
            </p>
            <p>{details(request)}</p>
            {request.reason && request.type !== 'ADJUST' ? <p className="muted">{t('approvals.reason', { reason: request.reason })}</p> : null}
            {request.status === 'PENDING' ? (
              <Decision request={request} onOutcome={setOutcome} />
            ) : (
              <p>
                {t('approvals.decided', {
                  status: t(`approvals.status.${request.status}` as MessageKey),
                  name: request.decided_by_name ?? '—',
                })}
                {request.decision_note ? ` — ${request.decision_note}` : ''}
              </p>
            )}
          </li>
        ))}
      </ul>
      {list.data ? <Pagination page={page} count={list.data.count} pageSize={PAGE_SIZE} /> : null}
    </div>
  );
}
