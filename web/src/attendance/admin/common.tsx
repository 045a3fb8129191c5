import { NavLink } from 'react-router-dom';
import { SelectField } from '../../components/Field';
import { SearchPicker, type PickerSearch } from '../../components/SearchPicker';
import { useAttendanceAdminShiftsListQuery, useStoresListQuery, useUsersListQuery, type ShiftOutputRead } from '../../api/generated';
import { t, type MessageKey } from '../../i18n/t';

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

/**
 * Active advisors matching what was typed (name, username or e-mail). A chain of twenty stores can have more
 * advisors than one page holds, so the picker searches instead of listing them all.
 */
const useAdvisorSearch: PickerSearch = (term, skip) => {
  const list = useUsersListQuery({ role: ['advisor'], isActive: true, search: term || undefined, pageSize: 20, ordering: 'username' }, { skip });
  const options = (list.data?.results ?? []).map((user) => ({ id: user.id, name: `${user.full_name || user.username} (${user.store_name ?? '—'})` }));
  return { options, isFetching: list.isFetching };
};

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

export function ActiveBadge({ active }: { active: boolean }) {
  return active ? <span className="badge badge-ok">{t('roster.active')}</span> : <span className="badge badge-muted">{t('roster.inactive')}</span>;
}

/** The "Active" checkbox of a roster form, ticked for a new row. */
export function ActiveCheckbox({ id, checked }: { id: string; checked: boolean | undefined }) {
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" name="is_active" defaultChecked={checked ?? true} />
      <label htmlFor={id}>{t('roster.activeLabel')}</label>
    </div>
  );
}

/** The advisor picker (`user`). The options arrive after the first render: the key draws it again so its default applies. */
export function AdvisorSelect({ value, name, errors }: { value: number | null | undefined; name?: string | null; errors?: string[] }) {
  const initial = value ? [{ id: value, name: name || `#${value}` }] : [];
  return <SearchPicker label={t('roster.advisor')} name="user" useSearch={useAdvisorSearch} initial={initial} errors={errors} />;
}

/** The store picker (`store`), drawn again like the advisor picker once the stores arrive. */
export function StoreSelect({ value, errors, help }: { value: number | null | undefined; errors?: string[]; help?: string }) {
  const stores = useStoreOptions();
  return (
    <SelectField label={t('admin.col.store')} name="store" defaultValue={value ?? ''} errors={errors} key={`store-${stores.isSuccess}`} help={help}>
      <option value="">{t('roster.choose')}</option>
      {stores.data?.results.map((store) => (
        <option key={store.id} value={store.id}>
          {store.name}
        </option>
      ))}
    </SelectField>
  );
}

/**
 * A shift picker: "Choose…" then each shift with its hours. The form loads the shifts once for all its pickers;
 * the key draws the select again when they arrive so its default applies.
 */
export function ShiftSelect({
  label,
  name,
  value,
  errors,
  shifts,
}: {
  label: string;
  name: string;
  value: number | null | undefined;
  errors?: string[];
  shifts: readonly ShiftOutputRead[];
}) {
  return (
    <SelectField label={label} name={name} defaultValue={value ?? ''} errors={errors} key={`${name}-${shifts.length}`}>
      <option value="">{t('roster.choose')}</option>
      {shifts.map((shift) => (
        <option key={shift.id} value={shift.id}>
          {shift.name} ({hhmm(shift.start_time)}–{hhmm(shift.end_time)})
        </option>
      ))}
    </SelectField>
  );
}
