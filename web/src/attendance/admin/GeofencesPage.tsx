import { formErrors } from '../../api/errors';
import {
  useAttendanceAdminGeofencesCreateMutation,
  useAttendanceAdminGeofencesDestroyMutation,
  useAttendanceAdminGeofencesListQuery,
  type GeofenceAdminOutputRead,
} from '../../api/generated';
import { Field, SelectField } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Pagination } from '../../components/Pagination';
import { Loading, QueryError } from '../../components/Status';
import { t } from '../../i18n/t';
import { ActiveBadge, EditorForm, PAGE_SIZE, RosterTabs, text, useEditing, usePage, useRowAction, useStoreOptions } from './common';

/**
 * One geofence per store: the form always POSTs (the API creates the store's circle or updates it in place), so
 * choosing a store that already has one edits it.
 */
function GeofenceForm({ row, onDone }: { row: GeofenceAdminOutputRead | null; onDone: (saved: boolean) => void }) {
  const [upsert, state] = useAttendanceAdminGeofencesCreateMutation();
  const stores = useStoreOptions();
  const errors = formErrors(state.error);
  const submit = async (data: FormData) => {
    const radius = text(data, 'radius_m');
    const result = await upsert({
      geofenceWriteInputRequest: {
        store: Number(text(data, 'store')) || 0,
        latitude: text(data, 'latitude'),
        longitude: text(data, 'longitude'),
        ...(radius ? { radius_m: Number(radius) } : {}),
        is_active: data.get('is_active') === 'on',
      },
    });
    if (!result.error) onDone(true);
  };
  return (
    <EditorForm
      title={row ? t('roster.geofence.edit', { store: row.store_name }) : t('roster.geofence.new')}
      error={state.error}
      busy={state.isLoading}
      onSubmit={submit}
      onCancel={() => onDone(false)}
    >
      <SelectField label={t('admin.col.store')} name="store" defaultValue={row?.store ?? ''} errors={errors.fields.store} key={`store-${stores.isSuccess}`} help={t('roster.geofence.storeHelp')}>
        <option value="">{t('roster.choose')}</option>
        {stores.data?.results.map((store) => (
          <option key={store.id} value={store.id}>
            {store.name}
          </option>
        ))}
      </SelectField>
      <Field label={t('roster.geofence.latitude')} name="latitude" inputMode="decimal" defaultValue={row?.latitude ?? ''} errors={errors.fields.latitude} required />
      <Field label={t('roster.geofence.longitude')} name="longitude" inputMode="decimal" defaultValue={row?.longitude ?? ''} errors={errors.fields.longitude} required />
      <Field label={t('roster.geofence.radius')} name="radius_m" type="number" min={10} max={5000} defaultValue={row?.radius_m ?? ''} help={t('roster.geofence.radiusHelp')} errors={errors.fields.radius_m} />
      <div className="field field-check">
        <input id="geofence-active" type="checkbox" name="is_active" defaultChecked={row?.is_active ?? true} />
        <label htmlFor="geofence-active">{t('roster.activeLabel')}</label>
      </div>
    </EditorForm>
  );
}

/** System admin: the circle around each store inside which check-ins count as on site. */
export function GeofencesPage() {
  const page = usePage();
  const list = useAttendanceAdminGeofencesListQuery({ page, pageSize: PAGE_SIZE });
  const [deactivate] = useAttendanceAdminGeofencesDestroyMutation();
  const editor = useEditing<GeofenceAdminOutputRead>();
  const actions = useRowAction();
  return (
    <div>
      <RosterTabs />
      <h1>{t('roster.geofence.title')}</h1>
      <p>
        <button type="button" onClick={() => editor.open('new')}>
          {t('roster.geofence.new')}
        </button>
      </p>
      {editor.editing ? <GeofenceForm key={editor.row?.id ?? 'new'} row={editor.row} onDone={editor.close} /> : null}
      <FormAlert tone="success" message={editor.saved ? t('roster.saved') : null} />
      {actions.alert}
      {list.isLoading ? <Loading /> : null}
      {list.error ? <QueryError error={list.error} /> : null}
      {list.data && list.data.results.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {list.data && list.data.results.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('roster.geofence.title')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.col.store')}</th>
                <th scope="col">{t('roster.geofence.centre')}</th>
                <th scope="col" className="numeric">{t('roster.geofence.radius')}</th>
                <th scope="col">{t('admin.col.active')}</th>
                <th scope="col">{t('roster.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.results.map((row) => (
                <tr key={row.id}>
                  <td>{row.store_name}</td>
                  <td>
                    {row.latitude}, {row.longitude}
                  </td>
                  <td className="numeric">{row.radius_m}</td>
                  <td>
                    <ActiveBadge active={row.is_active} />
                  </td>
                  <td className="row-actions">
                    <button type="button" className="button-secondary" onClick={() => editor.open(row)} aria-label={t('roster.editNamed', { name: row.store_name })}>
                      {t('roster.edit')}
                    </button>
                    {row.is_active ? (
                      <button
                        type="button"
                        className="button-secondary"
                        aria-label={t('roster.deactivateNamed', { name: row.store_name })}
                        onClick={() => actions.run(() => deactivate({ id: row.id }), 'roster.deactivated')}
                      >
                        {t('roster.deactivate')}
                      </button>
                    ) : null}
                  </td>
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
