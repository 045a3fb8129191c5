import { useId, useRef, useState } from 'react';
import { NavLink, useSearchParams } from 'react-router-dom';
import { formErrors } from '../../api/errors';
import { useAttendanceAdminShiftsListQuery, useStoresListQuery, useUsersListQuery } from '../../api/generated';
import { FormAlert } from '../../components/FormAlert';
import { t, type MessageKey } from '../../i18n/t';

export const PAGE_SIZE = 20;

const TABS: readonly { to: string; label: MessageKey }[] = [
  { to: '/manage/attendance/shifts', label: 'roster.tab.shifts' },
  { to: '/manage/attendance/schedules', label: 'roster.tab.schedules' },
  { to: '/manage/attendance/weekoffs', label: 'roster.tab.weekoffs' },
  { to: '/manage/attendance/exceptions', label: 'roster.tab.exceptions' },
  { to: '/manage/attendance/geofences', label: 'roster.tab.geofences' },
  { to: '/manage/attendance/payroll', label: 'roster.tab.payroll' },
  { to: '/manage/attendance/approvals', label: 'roster.tab.approvals' },
  { to: '/manage/attendance/reports', label: 'roster.tab.report' },
];

/** The roster area's own navigation, shown above each roster screen. */
export function RosterTabs() {
  return (
    <nav className="subnav" aria-label={t('roster.tabs')}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to}>{t(tab.label)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Advisors for the pickers (the demo chain and a real one stay far below one page of 100). */
export function useAdvisors() {
  return useUsersListQuery({ role: ['advisor'], isActive: true, pageSize: 100, ordering: 'username' });
}

export function useActiveShifts() {
  return useAttendanceAdminShiftsListQuery({ isActive: true, pageSize: 100 });
}

export function useStoreOptions() {
  return useStoresListQuery({ pageSize: 100 });
}

/** "09:00:00" → "09:00". */
export function hhmm(value: string | null | undefined): string {
  return value ? value.slice(0, 5) : '—';
}

export function weekdayName(day: number): string {
  return t(`roster.weekday.${day}` as MessageKey);
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const [y, m, d] = value.split('-').map(Number);
  return new Intl.DateTimeFormat(t('format.locale'), { dateStyle: 'medium' }).format(new Date(y, m - 1, d));
}

/** The value of a form field as trimmed text. */
export function text(data: FormData, name: string): string {
  return String(data.get(name) ?? '').trim();
}

/** A numeric id from a select, or null when none is chosen. */
export function idOrNull(data: FormData, name: string): number | null {
  const value = text(data, name);
  return value ? Number(value) : null;
}

/**
 * Row actions that deactivate or remove: the refusal (for instance a shift still in use, 409) or the success is
 * shown above the list.
 */
export function useRowAction() {
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'success'; message: string } | null>(null);
  const run = async (action: () => Promise<{ error?: unknown }>, done: MessageKey) => {
    setOutcome(null);
    const result = await action();
    if (result.error) setOutcome({ tone: 'error', message: formErrors(result.error).form ?? t('app.error') });
    else setOutcome({ tone: 'success', message: t(done) });
  };
  const alert = outcome ? <FormAlert tone={outcome.tone} message={outcome.message} /> : null;
  return { run, alert, clear: () => setOutcome(null) };
}

/**
 * The create / edit panel of a roster screen: a titled form with the API's form message, the fields (each shows
 * its own errors), Save and Cancel.
 */
export function EditorForm({
  title,
  error,
  busy,
  onSubmit,
  onCancel,
  children,
}: {
  title: string;
  error: unknown;
  busy: boolean;
  onSubmit: (data: FormData) => void;
  onCancel: () => void;
  children: React.ReactNode;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const errors = formErrors(error);
  const titleId = useId();
  return (
    <form
      ref={formRef}
      className="editor"
      noValidate
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(new FormData(event.currentTarget));
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <FormAlert message={error ? errors.form : null} formRef={formRef} />
      <div className="editor-fields">{children}</div>
      <div className="filter-actions">
        <button type="submit" disabled={busy}>
          {busy ? t('form.saving') : t('roster.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('roster.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Which row is being edited: none, a new one, or an existing row. */
export type Editing<Row> = null | 'new' | Row;

export function useEditing<Row>() {
  const [editing, setEditing] = useState<Editing<Row>>(null);
  const [saved, setSaved] = useState(false);
  return {
    editing,
    row: editing === 'new' || editing === null ? null : editing,
    open: (row: Row | 'new') => {
      setSaved(false);
      setEditing(row);
    },
    close: (didSave: boolean) => {
      setSaved(didSave);
      setEditing(null);
    },
    saved,
  };
}

/** The `page` query parameter of the address (1 when absent or invalid). */
export function usePage(): number {
  const [params] = useSearchParams();
  return Math.max(1, Number(params.get('page')) || 1);
}

export function ActiveBadge({ active }: { active: boolean }) {
  return active ? <span className="badge badge-ok">{t('roster.active')}</span> : <span className="badge badge-muted">{t('roster.inactive')}</span>;
}
