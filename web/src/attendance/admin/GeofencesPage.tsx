import { formErrors } from '../../api/errors';
import {
  useAttendanceAdminGeofencesCreateMutation,
  useAttendanceAdminGeofencesDestroyMutation,
  useAttendanceAdminGeofencesListQuery,
  type GeofenceAdminOutputRead,
} from '../../api/generated';
import { EditorForm, EditorPanel, useEditing } from '../../components/EditorForm';
import { Field } from '../../components/Field';
import { PAGE_SIZE, usePage } from '../../components/Pagination';
import { EditButton, RowsTable, useRowAction } from '../../components/RowsTable';
import { t } from '../../i18n/t';
import { ActiveBadge, ActiveCheckbox, RosterTabs, StoreSelect, text } from './common';

/**
 * One geofence per store: the form always POSTs (the API creates the store's circle or updates it in place), so
 * choosing a store that already has one edits it.
 */
function GeofenceForm({ row, onDone }: { row: GeofenceAdminOutputRead | null; onDone: (saved: boolean) => void }) {
  const [upsert, state] = useAttendanceAdminGeofencesCreateMutation();
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
      <StoreSelect value={row?.store} errors={errors.fields.store} help={t('roster.geofence.storeHelp')} />
      <Field label={t('roster.geofence.latitude')} name="latitude" inputMode="decimal" defaultValue={row?.latitude ?? ''} errors={errors.fields.latitude} required />
      <Field label={t('roster.geofence.longitude')} name="longitude" inputMode="decimal" defaultValue={row?.longitude ?? ''} errors={errors.fields.longitude} required />
      <Field label={t('roster.geofence.radius')} name="radius_m" type="number" min={10} max={5000} defaultValue={row?.radius_m ?? ''} help={t('roster.geofence.radiusHelp')} errors={errors.fields.radius_m} />
      <ActiveCheckbox id="geofence-active" checked={row?.is_active} />
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
      <EditorPanel editor={editor} newLabel={t('roster.geofence.new')} form={(row, onDone) => <GeofenceForm row={row} onDone={onDone} />} />
      {actions.alert}
      <RowsTable
        label={t('roster.geofence.title')}
        list={list}
        rows={list.data?.results}
        page={page}
        pageSize={PAGE_SIZE}
        columns={[
          { label: t('admin.col.store'), cell: (row) => row.store_name },
          { label: t('roster.geofence.centre'), cell: (row) => `${row.latitude}, ${row.longitude}` },
          { label: t('roster.geofence.radius'), numeric: true, cell: (row) => row.radius_m },
          { label: t('admin.col.active'), cell: (row) => <ActiveBadge active={row.is_active} /> },
        ]}
        actions={(row) => (
          <>
            <EditButton name={row.store_name} onClick={() => editor.open(row)} />
            {row.is_active ? actions.button('deactivate', row.store_name, () => deactivate({ id: row.id })) : null}
          </>
        )}
      />
    </div>
  );
}
