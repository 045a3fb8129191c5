import { useState, type FormEvent } from 'react';
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
import { Pagination } from '../components/Pagination';
import { Loading, QueryError } from '../components/Status';
import { t, type MessageKey } from '../i18n/t';
import { filterParams, formatWhen } from '../manage/format';

const PAGE_SIZE = 25;
const FILTERS = ['search', 'status', 'store', 'product'] as const;
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
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const stores = useStoresListQuery({ pageSize: 100 });
  const storeName = new Map(stores.data?.results.map((row) => [row.id, row.name]));
  const list = useSerialsListQuery({
    search: params.get('search') || undefined,
    status: params.get('status') || undefined,
    store: params.get('store') || undefined,
    product: params.get('product') || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    setParams(filterParams(event.currentTarget, FILTERS));
  };

  return (
    <div>
      <h1>{t('serials.title')}</h1>
      <form className="filters" onSubmit={submit} key={params.toString()} aria-label={t('serials.filters')}>
        <Field label={t('serials.search')} name="search" type="search" defaultValue={params.get('search') ?? ''} />
        <SelectField label={t('serials.status')} name="status" defaultValue={params.get('status') ?? ''}>
          <option value="">{t('leads.anyStatus')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {statusLabel(value)}
            </option>
          ))}
        </SelectField>
        <SelectField key={String(stores.isSuccess)} label={t('admin.col.store')} name="store" defaultValue={params.get('store') ?? ''}>
          <option value="">{t('admin.stock.allStores')}</option>
          {stores.data?.results.map((row) => (
            <option key={row.id} value={row.id}>
              {row.name}
            </option>
          ))}
        </SelectField>
        <Field label={t('inventory.product')} name="product" defaultValue={params.get('product') ?? ''} help={t('inventory.productHelp')} />
        <div className="filter-actions">
          <button type="submit">{t('admin.search')}</button>
        </div>
      </form>
      {message ? (
        <div className={`alert ${message.ok ? 'alert-success' : 'alert-error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </div>
      ) : null}
      {list.isLoading ? <Loading /> : null}
      {list.error ? <QueryError error={list.error} /> : null}
      {list.data && list.data.results.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {list.data && list.data.results.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('serials.title')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('serials.serial')}</th>
                <th scope="col">{t('admin.col.product')}</th>
                <th scope="col">{t('admin.col.store')}</th>
                <th scope="col">{t('serials.status')}</th>
                <th scope="col">{t('serials.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.results.map((serial) => (
                <tr key={serial.id}>
                  <td>{serial.serial_no}</td>
                  <td>
                    {serial.product_name} · {serial.variant_name}
                  </td>
                  <td>{storeName.get(serial.store) ?? serial.store_code}</td>
                  <td>
                    <StatusSelect serial={serial} onMessage={(text, ok) => setMessage({ text, ok })} />
                  </td>
                  <td>{formatWhen(serial.updated_at)}</td>
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
