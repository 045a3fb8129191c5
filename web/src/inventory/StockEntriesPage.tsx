import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { formErrors } from '../api/errors';
import {
  useStockEntriesCreateMutation,
  useStockEntriesDestroyMutation,
  useStockEntriesListQuery,
  useStockEntriesPartialUpdateMutation,
  useStockEntriesRetrieveQuery,
  useStoresListQuery,
  useVariantsListQuery,
  type EntryTypeEnum,
  type StockEntryOutputRead,
  type StockEntryWriteInputRequest,
} from '../api/generated';
import { Field, SelectField } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { FilterForm, StoreFilter } from '../components/FilterForm';
import { LONG_PAGE_SIZE, usePage } from '../components/Pagination';
import { RowsTable } from '../components/RowsTable';
import { SearchPicker } from '../components/SearchPicker';
import { useProductSearch } from '../catalogAdmin/models';
import { Loading, QueryError } from '../components/Status';
import { t, type MessageKey } from '../i18n/t';
import { TextAreaField } from '../public/TextAreaField';

export const ENTRY_TYPES: readonly EntryTypeEnum[] = ['purchase', 'sale', 'return_in', 'return_out', 'transfer_out', 'adjustment'];
const ALL_TYPES: readonly EntryTypeEnum[] = [...ENTRY_TYPES, 'transfer_in'];
const TRANSFERS: readonly EntryTypeEnum[] = ['transfer_out', 'transfer_in'];
const typeLabel = (type: string) => t(`inventory.type.${type}` as MessageKey);

/**
 * The write body from the form: fields that do not apply to the chosen type are left out. For an edit (`patch`)
 * the text fields and the serial numbers are sent even when emptied, so that clearing them clears them; a blank
 * price or date is left out and keeps its value.
 */
export function entryBody(data: FormData, { patch = false } = {}): StockEntryWriteInputRequest {
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
  if (TRANSFERS.includes(type)) body.counterpart_store = Number(text('counterpart_store')) || null;
  if (text('unit_price')) body.unit_price = text('unit_price');
  if (text('entry_date')) body.entry_date = text('entry_date');
  if (patch || text('reference')) body.reference = text('reference');
  if (patch || text('note')) body.note = text('note');
  const serials = text('serial_numbers').split(/[\s,]+/).filter(Boolean);
  if (patch || serials.length) body.serial_numbers = serials;
  return body;
}

/**
 * A refused write in words: the API's reason, with what it names — the stock there was against the stock asked
 * for (409 `insufficient_stock`), or the serial numbers that have moved since (409 `serials_moved`).
 */
export function entryRefusal(error: unknown): string {
  const base = formErrors(error).form ?? t('app.error');
  const data = (error as { data?: Record<string, unknown> } | undefined)?.data;
  if (data?.code === 'insufficient_stock' && typeof data.available === 'number' && typeof data.requested === 'number') {
    return `${base} ${t('inventory.refusal.stock', { available: data.available, requested: data.requested })}`;
  }
  if (data?.code === 'serials_moved' && Array.isArray(data.serials) && data.serials.length) {
    return `${base} ${t('inventory.refusal.serials', { serials: data.serials.join(', ') })}`;
  }
  return base;
}

/** The leg a transfer is edited and reversed through: the sending one (the received leg points to it). */
export function editableId(row: Pick<StockEntryOutputRead, 'id' | 'entry_type' | 'counterpart_entry'>): number {
  return row.entry_type === 'transfer_in' && row.counterpart_entry ? row.counterpart_entry : row.id;
}

/**
 * The variant of a movement: its product found by typing (a chain's catalog outgrows one page of options), then
 * one of that product's variants. Only the variant is sent.
 */
function VariantPicker({ entry, errors }: { entry?: StockEntryOutputRead; errors?: string[] }) {
  const [product, setProduct] = useState<number | null>(entry?.product ?? null);
  const variants = useVariantsListQuery({ product: String(product), pageSize: 100, ordering: 'name' }, { skip: product === null });
  return (
    <>
      <SearchPicker
        label={t('inventory.variantProduct')}
        name="variant_product"
        useSearch={useProductSearch}
        initial={entry ? [{ id: entry.product, name: entry.product_name }] : []}
        onChange={(rows) => setProduct(rows[0]?.id ?? null)}
      />
      <SelectField key={`${product}-${variants.isSuccess}`} label={t('inventory.variant')} name="variant" defaultValue={entry?.variant ?? ''} required errors={errors}>
        <option value="">{product === null ? t('inventory.productFirst') : t('inventory.chooseVariant')}</option>
        {variants.data?.results.map((row) => (
          <option key={row.id} value={row.id}>
            {row.sku ? `${row.name} (${row.sku})` : row.name}
          </option>
        ))}
      </SelectField>
    </>
  );
}

/**
 * The movement form: a new movement, or (with `entry`) an existing one pre-filled, sent as a PATCH of what the form
 * holds. A transfer keeps its type (the API refuses to change it) and is edited as a whole, both legs at once.
 */
function EntryForm({ entry, viaLeg, onDone }: { entry?: StockEntryOutputRead; viaLeg?: number; onDone?: (message: string | null) => void }) {
  const editing = entry !== undefined;
  // A new movement goes to an active store; an existing one may stay at a store closed since (the API checks a changed store only).
  const stores = useStoresListQuery({ pageSize: 100, isActive: editing ? undefined : true });
  const [create, created] = useStockEntriesCreateMutation();
  const [update, updated] = useStockEntriesPartialUpdateMutation();
  const { error, isLoading, reset } = editing ? updated : created;
  const [type, setType] = useState<EntryTypeEnum>(entry?.entry_type ?? 'purchase');
  const [saved, setSaved] = useState<string | null>(null);
  // Raised after each new movement: the variant picker starts empty again (a form reset does not reach its state).
  const [round, setRound] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const errors = formErrors(error);
  const transfer = TRANSFERS.includes(type);
  const titleId = editing ? 'edit-entry-title' : 'new-entry-title';

  useEffect(() => {
    if (editing) titleRef.current?.focus();
  }, [editing]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const data = new FormData(event.currentTarget);
    if (entry) {
      const result = await update({ id: entry.id, patchedStockEntryWriteInputRequest: entryBody(data, { patch: true }) });
      if ('data' in result && result.data) onDone?.(t(transfer ? 'inventory.transferUpdated' : 'inventory.updated', { id: result.data.id }));
      return;
    }
    const result = await create({ stockEntryWriteInputRequest: entryBody(data) });
    if ('data' in result && result.data) {
      onDone?.(null);
      setSaved(t('inventory.saved', { id: result.data.id }));
      formRef.current?.reset();
      setRound((value) => value + 1);
      setType('purchase');
      reset();
    }
  };
  const storeOptions = stores.data?.results.map((row) => (
    <option key={row.id} value={row.id}>
      {row.name}
    </option>
  ));
  // The stores of a transfer in the form's terms: `store` is where the units leave from.
  const from = type === 'transfer_in' ? entry?.counterpart_store : entry?.store;
  const to = type === 'transfer_in' ? entry?.store : entry?.counterpart_store;
  const storeName = type === 'transfer_in' ? 'counterpart_store' : 'store';
  const counterpartName = type === 'transfer_in' ? 'store' : 'counterpart_store';
  const ready = `${stores.isSuccess}`;

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby={titleId} className="panel">
      <h2 id={titleId} ref={titleRef} tabIndex={-1}>
        {entry ? t('inventory.editTitle', { id: entry.id }) : t('inventory.new')}
      </h2>
      {entry && transfer ? (
        <p className="field-help">
          {viaLeg && viaLeg !== entry.id
            ? t('inventory.transferViaPair', { leg: viaLeg, id: entry.id })
            : t('inventory.transferBothLegs', { id: entry.id, other: entry.counterpart_entry ?? '—' })}
        </p>
      ) : null}
      <FormAlert message={error ? entryRefusal(error) : saved} formRef={formRef} tone={error ? 'error' : 'success'} />
      <div className="form-grid">
        {entry && transfer ? (
          <>
            <input type="hidden" name="entry_type" value={type} />
            <Field label={t('inventory.type')} value={typeLabel(type)} readOnly help={t('inventory.typeFixed')} errors={errors.fields.entry_type} />
          </>
        ) : (
          <SelectField label={t('inventory.type')} name="entry_type" value={type} onChange={(e) => setType(e.target.value as EntryTypeEnum)} errors={errors.fields.entry_type}>
            {(editing ? ENTRY_TYPES.filter((value) => !TRANSFERS.includes(value)) : ENTRY_TYPES).map((value) => (
              <option key={value} value={value}>
                {typeLabel(value)}
              </option>
            ))}
          </SelectField>
        )}
        {type === 'adjustment' ? (
          <SelectField label={t('inventory.direction')} name="direction" defaultValue={entry?.entry_type === 'adjustment' ? entry.direction : 'in'} errors={errors.fields.direction}>
            <option value="in">{t('inventory.direction.in')}</option>
            <option value="out">{t('inventory.direction.out')}</option>
          </SelectField>
        ) : null}
        <SelectField key={`store-${ready}`} label={transfer ? t('inventory.fromStore') : t('admin.col.store')} name={storeName} defaultValue={from ?? ''} required errors={errors.fields[storeName]}>
          <option value="">{t('inventory.chooseStore')}</option>
          {storeOptions}
        </SelectField>
        {transfer ? (
          <SelectField key={`to-${ready}`} label={t('inventory.toStore')} name={counterpartName} defaultValue={to ?? ''} required errors={errors.fields[counterpartName]}>
            <option value="">{t('inventory.chooseStore')}</option>
            {storeOptions}
          </SelectField>
        ) : null}
        <VariantPicker key={round} entry={entry} errors={errors.fields.variant} />
        <Field label={t('admin.col.quantity')} name="quantity" type="number" min={1} required defaultValue={entry?.quantity} errors={errors.fields.quantity} />
        <Field label={t('inventory.unitPrice')} name="unit_price" inputMode="decimal" defaultValue={entry?.unit_price} errors={errors.fields.unit_price} />
        <Field label={t('inventory.date')} name="entry_date" type="date" defaultValue={entry?.entry_date} help={editing ? undefined : t('inventory.dateHelp')} errors={errors.fields.entry_date} />
        <Field label={t('inventory.reference')} name="reference" maxLength={100} defaultValue={entry?.reference} errors={errors.fields.reference} />
      </div>
      <TextAreaField label={type === 'adjustment' ? t('inventory.noteRequired') : t('inventory.note')} name="note" rows={2} defaultValue={entry?.note} errors={errors.fields.note} />
      <TextAreaField label={t('inventory.serials')} name="serial_numbers" rows={2} defaultValue={entry?.serial_numbers.join('\n')} help={t('inventory.serialsHelp')} errors={errors.fields.serial_numbers} />
      <div className="row-actions">
        <button type="submit" disabled={isLoading}>
          {editing ? t('inventory.update') : t('inventory.save')}
        </button>
        {editing ? (
          <button type="button" className="button-secondary" onClick={() => onDone?.(null)}>
            {t('inventory.cancelEdit')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The movement being edited, loaded fresh (for a received transfer leg: its sending leg, the one edited). */
function EditEntry({ id, viaLeg, onDone }: { id: number; viaLeg: number; onDone: (message: string | null) => void }) {
  const entry = useStockEntriesRetrieveQuery({ id });
  if (entry.error) return <QueryError error={entry.error} />;
  if (!entry.data) return <Loading />;
  return <EntryForm key={`${entry.data.id}-${entry.data.updated_at}`} entry={entry.data} viaLeg={viaLeg} onDone={onDone} />;
}

/** What reversing this row does, said before it is done; then the DELETE (a transfer: both legs). */
function ReverseConfirm({ row, storeName, onDone }: { row: StockEntryOutputRead; storeName: (id: number | null) => string; onDone: (ok: boolean, message: string | null) => void }) {
  const [remove, { isLoading }] = useStockEntriesDestroyMutation();
  const id = editableId(row);
  const transfer = TRANSFERS.includes(row.entry_type);
  const item = `${row.product_name} · ${row.variant_name}`;
  const [from, to] = row.entry_type === 'transfer_in' ? [storeName(row.counterpart_store), row.store_name] : [row.store_name, storeName(row.counterpart_store)];
  const text = transfer
    ? t('inventory.confirmReverseTransfer', { id, other: id === row.id ? (row.counterpart_entry ?? '—') : row.id, quantity: row.quantity, item, from, to })
    : t('inventory.confirmReverse', { id, type: typeLabel(row.entry_type), quantity: row.quantity, item, store: row.store_name, delta: row.delta > 0 ? `+${row.delta}` : row.delta });
  const confirm = async () => {
    const result = await remove({ id });
    if ('error' in result && result.error) onDone(false, entryRefusal(result.error));
    else onDone(true, t(transfer ? 'inventory.transferReversed' : 'inventory.reversed', { id }));
  };
  return (
    <div className="alert row-panel" role="group" aria-label={t('inventory.confirmTitle', { id })}>
      <p>{text}</p>
      {row.serial_numbers.length ? <p>{t('inventory.confirmSerials')}</p> : null}
      <div className="row-actions">
        <button type="button" className="button-danger" disabled={isLoading} onClick={() => void confirm()}>
          {t('inventory.confirmYes', { id })}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false, null)}>
          {t('inventory.keep')}
        </button>
      </div>
    </div>
  );
}

/** A movement's Edit and Reverse buttons, named by the movement they act on (a transfer's sending leg). */
function EntryActions({ row, confirming, onEdit, onReverse }: { row: StockEntryOutputRead; confirming: boolean; onEdit: () => void; onReverse: () => void }) {
  const transfer = TRANSFERS.includes(row.entry_type);
  return (
    <>
      {row.entry_type === 'transfer_in' && row.counterpart_entry ? <p className="field-help">{t('inventory.viaPair', { id: row.counterpart_entry })}</p> : null}
      <div className="row-actions">
        <button type="button" className="button-secondary" aria-label={t(transfer ? 'inventory.editTransfer' : 'inventory.editOne', { id: editableId(row) })} onClick={onEdit}>
          {t('inventory.edit')}
        </button>
        <button
          type="button"
          className="button-secondary"
          aria-label={t(transfer ? 'inventory.reverseTransfer' : 'inventory.reverseOne', { id: editableId(row) })}
          aria-expanded={confirming}
          onClick={onReverse}
        >
          {t('inventory.reverse')}
        </button>
      </div>
    </>
  );
}

/**
 * System admin: stock movements (filters, pages) and a form for a new purchase, sale, return, transfer or adjustment.
 * Each movement can be edited (the same form, pre-filled) or reversed after a confirmation that says what happens.
 */
export function StockEntriesPage() {
  const [params] = useSearchParams();
  const page = usePage();
  const stores = useStoresListQuery({ pageSize: 100 });
  const [editing, setEditing] = useState<{ id: number; via: number } | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [refused, setRefused] = useState<{ row: number; message: string } | null>(null);
  const storeName = (id: number | null) => stores.data?.results.find((row) => row.id === id)?.name ?? (id === null ? '—' : `#${id}`);
  const entries = useStockEntriesListQuery({
    entryType: params.get('entry_type') || undefined,
    store: params.get('store') || undefined,
    product: params.get('product') || undefined,
    dateFrom: params.get('date_from') || undefined,
    dateTo: params.get('date_to') || undefined,
    page,
    pageSize: LONG_PAGE_SIZE,
  });

  // Opening an edit or a confirmation replaces the outcome of the last one.
  const edit = (row: StockEntryOutputRead) => {
    setDone(null);
    setRefused(null);
    setConfirming(null);
    setEditing({ id: editableId(row), via: row.id });
  };
  const reverse = (row: StockEntryOutputRead) => {
    setDone(null);
    setRefused(null);
    setConfirming(row.id);
  };

  return (
    <div>
      <h1>{t('inventory.title')}</h1>
      {editing ? (
        <EditEntry
          key={editing.id}
          id={editing.id}
          viaLeg={editing.via}
          onDone={(message) => {
            setEditing(null);
            setDone(message);
          }}
        />
      ) : (
        // A new movement replaces the outcome of an earlier edit or reversal.
        <EntryForm onDone={() => setDone(null)} />
      )}
      <FormAlert tone="success" message={done} focus />
      <h2>{t('inventory.movements')}</h2>
      <FilterForm label={t('inventory.filters')}>
        <SelectField label={t('inventory.type')} name="entry_type" defaultValue={params.get('entry_type') ?? ''}>
          <option value="">{t('inventory.anyType')}</option>
          {ALL_TYPES.map((value) => (
            <option key={value} value={value}>
              {typeLabel(value)}
            </option>
          ))}
        </SelectField>
        <StoreFilter />
        <Field label={t('inventory.product')} name="product" defaultValue={params.get('product') ?? ''} help={t('inventory.productHelp')} />
        <Field label={t('inventory.dateFrom')} name="date_from" type="date" defaultValue={params.get('date_from') ?? ''} />
        <Field label={t('inventory.dateTo')} name="date_to" type="date" defaultValue={params.get('date_to') ?? ''} />
      </FilterForm>
      <RowsTable
        label={t('inventory.movements')}
        list={entries}
        rows={entries.data?.results}
        page={page}
        pageSize={LONG_PAGE_SIZE}
        columns={[
          { label: t('inventory.date'), cell: (row) => row.entry_date },
          { label: t('inventory.type'), cell: (row) => typeLabel(row.entry_type) },
          { label: t('admin.col.store'), cell: (row) => row.store_name },
          { label: t('admin.col.product'), cell: (row) => `${row.product_name} · ${row.variant_name}` },
          { label: t('admin.col.sku'), cell: (row) => row.sku ?? '—' },
          { label: t('inventory.change'), numeric: true, cell: (row) => (row.delta > 0 ? `+${row.delta}` : row.delta) },
          { label: t('inventory.reference'), cell: (row) => row.reference || row.booking_reference || '—' },
          { label: t('inventory.enteredBy'), cell: (row) => row.entered_by_name ?? '—' },
          // A column of its own rather than the table's actions cell: it holds a note above the buttons.
          { label: t('roster.actions'), cell: (row) => <EntryActions row={row} confirming={confirming === row.id} onEdit={() => edit(row)} onReverse={() => reverse(row)} /> },
        ]}
        details={(row) =>
          confirming === row.id ? (
            <ReverseConfirm
              row={row}
              storeName={storeName}
              onDone={(ok, message) => {
                setConfirming(null);
                if (ok) {
                  setDone(message);
                  if (editing && [row.id, row.counterpart_entry].includes(editing.id)) setEditing(null);
                } else if (message) setRefused({ row: row.id, message });
              }}
            />
          ) : refused?.row === row.id ? (
            <div className="row-panel">
              <FormAlert message={refused.message} />
            </div>
          ) : null
        }
      />
    </div>
  );
}
