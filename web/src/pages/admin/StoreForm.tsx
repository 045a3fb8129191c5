import { formErrors } from '../../api/errors';
import {
  useStoresCreateMutation,
  useStoresPartialUpdateMutation,
  useUsersListQuery,
  type StoreAdminOutputRead,
  type StoreTypeEnum,
  type StoreWriteInputRequest,
} from '../../api/generated';
import { text } from '../../attendance/admin/common';
import { EditorForm } from '../../components/EditorForm';
import { Field, SelectField } from '../../components/Field';
import { TextAreaField } from '../../public/TextAreaField';
import { t } from '../../i18n/t';

/** The admin's store list carries the head fields too (the generated list type is the public one). */
export type AdminStoreRow = StoreAdminOutputRead;

/**
 * The store body from the form. Empty optional values are cleared with null; the time zone is left out when
 * empty (the API's default); `branch_head` null detaches the current head.
 */
export function storeBody(data: FormData): StoreWriteInputRequest {
  const head = text(data, 'branch_head');
  const body: StoreWriteInputRequest = {
    name: text(data, 'name'),
    code: text(data, 'code'),
    address: text(data, 'address'),
    phone: text(data, 'phone') || null,
    email: text(data, 'email') || null,
    latitude: text(data, 'latitude') || null,
    longitude: text(data, 'longitude') || null,
    store_type: text(data, 'store_type') as StoreTypeEnum,
    branch_head: head ? Number(head) : null,
    is_active: data.get('is_active') === 'on',
  };
  const timezone = text(data, 'timezone');
  if (timezone) body.timezone = timezone;
  return body;
}

/** Create or edit a store and choose its branch head among the active branch head users. */
export function StoreForm({ row, onDone }: { row: AdminStoreRow | null; onDone: (saved: boolean) => void }) {
  const [create, created] = useStoresCreateMutation();
  const [update, updated] = useStoresPartialUpdateMutation();
  const heads = useUsersListQuery({ role: ['branch_head'], isActive: true, pageSize: 100, ordering: 'username' });
  const state = row ? updated : created;
  const errors = formErrors(state.error);
  const submit = async (data: FormData) => {
    const body = storeBody(data);
    const result = row ? await update({ id: row.id, patchedStoreWriteInputRequest: body }) : await create({ storeWriteInputRequest: body });
    if (!result.error) onDone(true);
  };
  return (
    <EditorForm
      title={row ? t('adminStores.edit', { name: row.name }) : t('adminStores.new')}
      error={state.error}
      busy={state.isLoading}
      onSubmit={(data) => void submit(data)}
      onCancel={() => onDone(false)}
    >
      <Field label={t('admin.col.name')} name="name" defaultValue={row?.name ?? ''} errors={errors.fields.name} required />
      <Field label={t('admin.col.code')} name="code" defaultValue={row?.code ?? ''} errors={errors.fields.code} required />
      <SelectField label={t('admin.col.type')} name="store_type" defaultValue={row?.store_type ?? 'BRANCH'} errors={errors.fields.store_type}>
        <option value="BRANCH">{t('home.storeType.BRANCH')}</option>
        <option value="HQ">{t('home.storeType.HQ')}</option>
      </SelectField>
      <SelectField
        key={heads.data?.count ?? 0}
        label={t('adminStores.head')}
        name="branch_head"
        defaultValue={row?.branch_head ? String(row.branch_head) : ''}
        help={t('adminStores.headHelp')}
        errors={errors.fields.branch_head}
      >
        <option value="">{t('catalogAdmin.none')}</option>
        {heads.data?.results.map((user) => (
          <option key={user.id} value={user.id}>
            {user.full_name ? `${user.full_name} (${user.username})` : user.username}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t('adminStores.address')} name="address" rows={2} defaultValue={row?.address ?? ''} errors={errors.fields.address} />
      <Field label={t('admin.col.phone')} name="phone" type="tel" defaultValue={row?.phone ?? ''} errors={errors.fields.phone} />
      <Field label={t('admin.col.email')} name="email" type="email" defaultValue={row?.email ?? ''} errors={errors.fields.email} />
      <Field label={t('adminStores.latitude')} name="latitude" inputMode="decimal" defaultValue={row?.latitude ?? ''} errors={errors.fields.latitude} />
      <Field label={t('adminStores.longitude')} name="longitude" inputMode="decimal" defaultValue={row?.longitude ?? ''} errors={errors.fields.longitude} />
      <Field label={t('admin.col.timezone')} name="timezone" defaultValue={row?.timezone ?? ''} help={t('adminStores.timezoneHelp')} errors={errors.fields.timezone} />
      <div className="field field-check">
        <input id="store-active" type="checkbox" name="is_active" defaultChecked={row?.is_active ?? true} />
        <label htmlFor="store-active">{t('admin.col.active')}</label>
      </div>
    </EditorForm>
  );
}
