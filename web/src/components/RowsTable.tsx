import { Fragment, useState, type ReactNode } from 'react';
import { formErrors } from '../api/errors';
import { t, type MessageKey } from '../i18n/t';
import { FormAlert } from './FormAlert';
import { Pagination } from './Pagination';
import { Loading, QueryError } from './Status';

export interface Column<Row> {
  label: string;
  numeric?: boolean;
  /** Extra class of the cells (not the heading), e.g. `wrap` for free text. */
  className?: string;
  /** The heading is read by screen readers only (a column of buttons that needs no visible title). */
  hiddenLabel?: boolean;
  cell: (row: Row) => ReactNode;
}

/** What a list query gives the table: its state and, once loaded, the total for the pages. */
interface ListState {
  isLoading: boolean;
  error?: unknown;
  data?: { count: number };
}

/**
 * One page of an admin list: loading, the query's error, "Nothing found.", or a scrollable table (a labelled
 * region, so keyboard users can scroll it at 360 px), then the page links. Options: `actions`, the row buttons in
 * a last "Actions" column (read-only lists have none); `busy`, "Loading…" also while a changed filter is fetched;
 * `summary`, shown above the rows (a count); `details`, a row's panel (a confirmation, a refusal) drawn across
 * the table under it, so it stays readable however far the table is scrolled sideways.
 */
export function RowsTable<Row extends { id: number }>({
  label,
  list,
  rows = [],
  columns,
  actions,
  busy = false,
  summary,
  details,
  page,
  pageSize,
}: {
  label: string;
  list: ListState;
  rows?: readonly Row[];
  columns: readonly Column<Row>[];
  actions?: (row: Row) => ReactNode;
  busy?: boolean;
  summary?: ReactNode;
  details?: (row: Row) => ReactNode;
  page: number;
  pageSize: number;
}) {
  const numeric = (column: Column<Row>) => (column.numeric ? 'numeric' : undefined);
  const width = columns.length + (actions ? 1 : 0);
  const panel = (row: Row) => {
    const content = details?.(row);
    return content ? (
      <tr>
        <td colSpan={width}>{content}</td>
      </tr>
    ) : null;
  };
  return (
    <>
      {list.isLoading || busy ? <Loading /> : null}
      {list.error ? <QueryError error={list.error} /> : null}
      {list.data && rows.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {rows.length > 0 ? summary : null}
      {rows.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
          <table>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.label} scope="col" className={numeric(column)}>
                    {column.hiddenLabel ? <span className="visually-hidden">{column.label}</span> : column.label}
                  </th>
                ))}
                {actions ? <th scope="col">{t('roster.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Fragment key={row.id}>
                  <tr>
                    {columns.map((column) => (
                      <td key={column.label} className={[numeric(column), column.className].filter(Boolean).join(' ') || undefined}>
                        {column.cell(row)}
                      </td>
                    ))}
                    {actions ? <td className="row-actions">{actions(row)}</td> : null}
                  </tr>
                  {panel(row)}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data ? <Pagination page={page} count={list.data.count} pageSize={pageSize} /> : null}
    </>
  );
}

/** A row's button: a short visible word, and the row named for screen readers ("Edit Morning"). */
export function RowButton({ text, named, name, onClick }: { text: MessageKey; named: MessageKey; name: string; onClick: () => void }) {
  return (
    <button type="button" className="button-secondary" onClick={onClick} aria-label={t(named, { name })}>
      {t(text)}
    </button>
  );
}

export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  return <RowButton text="roster.edit" named="roster.editNamed" name={name} onClick={onClick} />;
}

/** The two usual row writes, with their words and the message shown once done. */
const ROW_WRITES = {
  deactivate: { text: 'roster.deactivate', named: 'roster.deactivateNamed', done: 'roster.deactivated' },
  remove: { text: 'roster.remove', named: 'roster.removeNamed', done: 'roster.removed' },
} as const satisfies Record<string, { text: MessageKey; named: MessageKey; done: MessageKey }>;

/**
 * Row actions that deactivate, remove or activate: the refusal (for instance a shift still in use, 409) or the
 * success is shown above the list (`alert`), since the row itself may change or leave the page.
 */
export function useRowAction() {
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'success'; message: string } | null>(null);
  const run = async (action: () => Promise<{ error?: unknown }>, done: MessageKey) => {
    setOutcome(null);
    const result = await action();
    if (result.error) setOutcome({ tone: 'error', message: formErrors(result.error).form ?? t('app.error') });
    else setOutcome({ tone: 'success', message: t(done) });
  };
  /** The row's Deactivate or Remove button, running `action` and reporting it. */
  const button = (write: keyof typeof ROW_WRITES, name: string, action: () => Promise<{ error?: unknown }>) => {
    const words = ROW_WRITES[write];
    return <RowButton text={words.text} named={words.named} name={name} onClick={() => void run(action, words.done)} />;
  };
  const alert = outcome ? <FormAlert tone={outcome.tone} message={outcome.message} /> : null;
  return { run, button, alert, clear: () => setOutcome(null) };
}
