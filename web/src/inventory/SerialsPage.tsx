import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { formErrors } from '../api/errors';
import {
  useSerialsListQuery,
  useSerialsPartialUpdateMutation,
  useStoresListQuery,
  type SerialOutputRead,
  type SerialStatusEnum,
} from '../api/generated';
import { Field, SelectField } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { FilterForm, StoreFilter } from '../components/FilterForm';
import { LONG_PAGE_SIZE, usePage } from '../components/Pagination';
import { RowsTable } from '../components/RowsTable';
import { t, type MessageKey } from '../i18n/t';
import { formatWhen } from '../manage/format';

const STATUSES: readonly SerialStatusEnum[] = ['available', 'defective', 'in_transit', 'sold', 'returned', 'written_off'];
/** The inventory contract lets staff move a unit in stock between these three; the others come from movements. */
export const MANUAL_STATUSES: readonly SerialStatusEnum[] = ['available', 'defective', 'in_transit'];
const statusLabel = (status: string) => t(`serials.status.${status}` as MessageKey);

function StatusSelect({ serial, onMessage }: { serial: SerialOutputRead; onMessage: (text: string, ok: boolean) => void }) {
  const [update, { isLoading }] = useSerialsPartialUpdateMutation();
  if (!MANUAL_STATUSES.includes(serial.status)) return <>{statusLabel(serial.status)}</>;
  return (
    <select
      aria-label={t('serials.changeOne', { serial: serial.serial_no })}
      value={serial.status}
      disabled={isLoading}
      onChange={async (event) => {
        const status = event.target.value as SerialStatusEnum;
        const result = await update({ id: serial.id, patchedSerialUpdateInputRequest: { status } });
        if ('data' in result) onMessage(t('serials.changed', { serial: serial.serial_no, status: statusLabel(status) }), true);
        else {
          const errors = formErrors(result.error);
          onMessage(errors.fields.status?.join(' ') ?? errors.form ?? t('app.error'), false);
        }
      }}
    >
      {MANUAL_STATUSES.map((value) => (
        <option key={value} value={value}>
          {statusLabel(value)}
        </option>
      ))}
    </select>
  );
}

/** System admin: serial-numbered units, where they are and in what state; units in stock can be marked defective or in transit. */
export function SerialsPage() {
  const [params] = useSearchParams();
  const page = usePage();
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const stores = useStoresListQuery({ pageSize: 100 });
  const storeName = new Map(stores.data?.results.map((row) => [row.id, row.name]));
  const list = useSerialsListQuery({
    search: params.get('search') || undefined,
    status: params.get('status') || undefined,
    store: params.get('store') || undefined,
    product: params.get('product') || undefined,
    page,
    pageSize: LONG_PAGE_SIZE,
  });

  return (
    <div>
      <h1>{t('serials.title')}</h1>
      <FilterForm label={t('serials.filters')} onSearch={() => setMessage(null)}>
        <Field label={t('serials.search')} name="search" type="search" defaultValue={params.get('search') ?? ''} />
        <SelectField label={t('serials.status')} name="status" defaultValue={params.get('status') ?? ''}>
          <option value="">{t('leads.anyStatus')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {statusLabel(value)}
            </option>
          ))}
        </SelectField>
        <StoreFilter />
        <Field label={t('inventory.product')} name="product" defaultValue={params.get('product') ?? ''} help={t('inventory.productHelp')} />
      </FilterForm>
      <FormAlert message={message?.text ?? null} tone={message?.ok ? 'success' : 'error'} focus={false} />
      <RowsTable
        label={t('serials.title')}
        list={list}
        rows={list.data?.results}
        page={page}
        pageSize={LONG_PAGE_SIZE}
        columns={[
          { label: t('serials.serial'), cell: (serial) => serial.serial_no },
          { label: t('admin.col.product'), cell: (serial) => `${serial.product_name} · ${serial.variant_name}` },
          { label: t('admin.col.store'), cell: (serial) => storeName.get(serial.store) ?? serial.store_code },
          { label: t('serials.status'), cell: (serial) => <StatusSelect serial={serial} onMessage={(text, ok) => setMessage({ text, ok })} /> },
          { label: t('serials.updated'), cell: (serial) => formatWhen(serial.updated_at) },
        ]}
      />
    </div>
  );
}
