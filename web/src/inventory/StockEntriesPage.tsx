import { useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { formErrors } from '../api/errors';
import {
  useStockEntriesCreateMutation,
  useStockEntriesListQuery,
  useStoresListQuery,
  type EntryTypeEnum,
  type StockEntryWriteInputRequest,
} from '../api/generated';
import { Field, SelectField } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { Pagination } from '../components/Pagination';
import { Loading, QueryError } from '../components/Status';
import { t, type MessageKey } from '../i18n/t';
import { filterParams } from '../manage/format';
import { TextAreaField } from '../public/TextAreaField';

const PAGE_SIZE = 25;
const FILTERS = ['entry_type', 'store', 'product', 'date_from', 'date_to'] as const;
export const ENTRY_TYPES: readonly EntryTypeEnum[] = ['purchase', 'sale', 'return_in', 'return_out', 'transfer_out', 'adjustment'];
const ALL_TYPES: readonly EntryTypeEnum[] = [...ENTRY_TYPES, 'transfer_in'];
const typeLabel = (type: string) => t(`inventory.type.${type}` as MessageKey);

/** The write body from the form: fields that do not apply to the chosen type are left out. */
export function entryBody(data: FormData): StockEntryWriteInputRequest {
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const type = text('entry_type') as EntryTypeEnum;
  const variant = text('variant');
  const body: StockEntryWriteInputRequest = {
    entry_type: type,
    store: Number(text('store')) || 0,
    variant: /^\d+$/.test(variant) ? Number(variant) : variant,
    quantity: Number(text('quantity')) || 0,
  };
  if (type === 'adjustment') body.direction = (text('direction') || null) as StockEntryWriteInputRequest['direction'];
  if (type === 'transfer_out') body.counterpart_store = Number(text('counterpart_store')) || null;
  if (text('unit_price')) body.unit_price = text('unit_price');
  if (text('entry_date')) body.entry_date = text('entry_date');
  if (text('reference')) body.reference = text('reference');
  if (text('note')) body.note = text('note');
  const serials = text('serial_numbers').split(/[\s,]+/).filter(Boolean);
  if (serials.length) body.serial_numbers = serials;
  return body;
}

function NewEntryForm() {
  const stores = useStoresListQuery({ pageSize: 100, isActive: true });
  const [create, { error, isLoading, reset }] = useStockEntriesCreateMutation();
  const [type, setType] = useState<EntryTypeEnum>('purchase');
  const [saved, setSaved] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = formErrors(error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const result = await create({ stockEntryWriteInputRequest: entryBody(new FormData(event.currentTarget)) });
    if ('data' in result && result.data) {
      setSaved(t('inventory.saved', { id: result.data.id }));
      formRef.current?.reset();
      setType('purchase');
      reset();
    }
  };
  const storeOptions = stores.data?.results.map((row) => (
    <option key={row.id} value={row.id}>
      {row.name}
    </option>
  ));

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="new-entry-title" className="panel">
      <h2 id="new-entry-title">{t('inventory.new')}</h2>
      <FormAlert message={error ? errors.form : saved} formRef={formRef} tone={error ? 'error' : 'success'} />
      <div className="form-grid">
        <SelectField label={t('inventory.type')} name="entry_type" value={type} onChange={(e) => setType(e.target.value as EntryTypeEnum)} errors={errors.fields.entry_type}>
          {ENTRY_TYPES.map((value) => (
            <option key={value} value={value}>
              {typeLabel(value)}
            </option>
          ))}
        </SelectField>
        {type === 'adjustment' ? (
          <SelectField label={t('inventory.direction')} name="direction" defaultValue="in" errors={errors.fields.direction}>
            <option value="in">{t('inventory.direction.in')}</option>
            <option value="out">{t('inventory.direction.out')}</option>
          </SelectField>
        ) : null}
        <SelectField key={`store-${stores.isSuccess}`} label={type === 'transfer_out' ? t('inventory.fromStore') : t('admin.col.store')} name="store" defaultValue="" required errors={errors.fields.store}>
          <option value="">{t('inventory.chooseStore')}</option>
          {storeOptions}
        </SelectField>
        {type === 'transfer_out' ? (
          <SelectField key={`to-${stores.isSuccess}`} label={t('inventory.toStore')} name="counterpart_store" defaultValue="" required errors={errors.fields.counterpart_store}>
            <option value="">{t('inventory.chooseStore')}</option>
            {storeOptions}
          </SelectField>
        ) : null}
        <Field label={t('inventory.variant')} name="variant" required help={t('inventory.variantHelp')} errors={errors.fields.variant} />
        <Field label={t('admin.col.quantity')} name="quantity" type="number" min={1} required errors={errors.fields.quantity} />
        <Field label={t('inventory.unitPrice')} name="unit_price" inputMode="decimal" errors={errors.fields.unit_price} />
        <Field label={t('inventory.date')} name="entry_date" type="date" help={t('inventory.dateHelp')} errors={errors.fields.entry_date} />
        <Field label={t('inventory.reference')} name="reference" maxLength={100} errors={errors.fields.reference} />
      </div>
      <TextAreaField label={type === 'adjustment' ? t('inventory.noteRequired') : t('inventory.note')} name="note" rows={2} errors={errors.fields.note} />
      <TextAreaField label={t('inventory.serials')} name="serial_numbers" rows={2} help={t('inventory.serialsHelp')} errors={errors.fields.serial_numbers} />
      <button type="submit" disabled={isLoading}>
        {t('inventory.save')}
      </button>
    </form>
  );
}

/** System admin: stock movements (filters, pages) and a form for a new purchase, sale, return, transfer or adjustment. */
export function StockEntriesPage() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const stores = useStoresListQuery({ pageSize: 100 });
  const entries = useStockEntriesListQuery({
    entryType: params.get('entry_type') || undefined,
    store: params.get('store') || undefined,
    product: params.get('product') || undefined,
    dateFrom: params.get('date_from') || undefined,
    dateTo: params.get('date_to') || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(filterParams(event.currentTarget, FILTERS));
  };

  return (
    <div>
      <h1>{t('inventory.title')}</h1>
      <NewEntryForm />
      <h2>{t('inventory.movements')}</h2>
      <form className="filters" onSubmit={submit} key={params.toString()} aria-label={t('inventory.filters')}>
        <SelectField label={t('inventory.type')} name="entry_type" defaultValue={params.get('entry_type') ?? ''}>
          <option value="">{t('inventory.anyType')}</option>
          {ALL_TYPES.map((value) => (
            <option key={value} value={value}>
              {typeLabel(value)}
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
        <Field label={t('inventory.dateFrom')} name="date_from" type="date" defaultValue={params.get('date_from') ?? ''} />
        <Field label={t('inventory.dateTo')} name="date_to" type="date" defaultValue={params.get('date_to') ?? ''} />
        <div className="filter-actions">
          <button type="submit">{t('admin.search')}</button>
        </div>
      </form>
      {entries.isLoading ? <Loading /> : null}
      {entries.error ? <QueryError error={entries.error} /> : null}
      {entries.data && entries.data.results.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {entries.data && entries.data.results.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('inventory.movements')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('inventory.date')}</th>
                <th scope="col">{t('inventory.type')}</th>
                <th scope="col">{t('admin.col.store')}</th>
                <th scope="col">{t('admin.col.product')}</th>
                <th scope="col">{t('admin.col.sku')}</th>
                <th scope="col" className="numeric">{t('inventory.change')}</th>
                <th scope="col">{t('inventory.reference')}</th>
                <th scope="col">{t('inventory.enteredBy')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.data.results.map((row) => (
                <tr key={row.id}>
                  <td>{row.entry_date}</td>
                  <td>{typeLabel(row.entry_type)}</td>
                  <td>{row.store_name}</td>
                  <td>
                    {row.product_name} · {row.variant_name}
                  </td>
                  <td>{row.sku ?? '—'}</td>
                  <td className="numeric">{row.delta > 0 ? `+${row.delta}` : row.delta}</td>
                  <td>{row.reference || row.booking_reference || '—'}</td>
                  <td>{row.entered_by_name ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {entries.data ? <Pagination page={page} count={entries.data.count} pageSize={PAGE_SIZE} /> : null}
    </div>
  );
}
