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

/**
 * A row write: its button's word, the row named for screen readers, the message once done (it may name the row),
 * `doneNamed` the message that names it for screens that ask (`named`), `confirm` the word of the second click
 * when the write is asked first.
 */
interface RowWrite {
  text: MessageKey;
  named: MessageKey;
  done: MessageKey;
  doneNamed?: MessageKey;
  confirm?: MessageKey;
}

const ROW_WRITES = {
  deactivate: { text: 'roster.deactivate', named: 'roster.deactivateNamed', done: 'roster.deactivated', doneNamed: 'catalogAdmin.deactivated' },
  activate: { text: 'catalogAdmin.activate', named: 'catalogAdmin.activateNamed', done: 'catalogAdmin.activated' },
  remove: { text: 'roster.remove', named: 'roster.removeNamed', done: 'roster.removed' },
  delete: { text: 'catalogAdmin.delete', named: 'catalogAdmin.deleteNamed', done: 'catalogAdmin.deleted', confirm: 'catalogAdmin.confirmDelete' },
} as const satisfies Record<string, RowWrite>;

type WriteName = keyof typeof ROW_WRITES;
type Action = () => Promise<{ error?: unknown }>;

/**
 * Row actions that deactivate, activate, remove or delete: the refusal (for instance a shift still in use, 409) or
 * the success is shown above the list (`alert`), since the row itself may change or leave the page. Options:
 * `refusal` words a refused write (e.g. with what still uses the row) before the API's form message; `named`
 * outcomes name the row ("Anker was deactivated."), for a screen whose rows are not told apart by the page alone.
 */
export function useRowAction({ refusal, named = false }: { refusal?: (error: unknown) => string | null; named?: boolean } = {}) {
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'success'; message: string } | null>(null);
  // The write waiting for its second click: the row's buttons give way to the question (`confirmation`).
  const [asking, setAsking] = useState<{ id: number; write: WriteName; name: string; action: Action } | null>(null);
  /** Runs `action` and reports it; `done` may name the row (`{name}`). */
  const run = async (action: Action, done: MessageKey, name?: string) => {
    setOutcome(null);
    setAsking(null);
    const result = await action();
    if (result.error) setOutcome({ tone: 'error', message: refusal?.(result.error) ?? formErrors(result.error).form ?? t('app.error') });
    else setOutcome({ tone: 'success', message: t(done, name === undefined ? undefined : { name }) });
  };
  const runWrite = (write: WriteName, name: string, action: Action) => {
    const words: RowWrite = ROW_WRITES[write];
    return run(action, (named && words.doneNamed) || words.done, name);
  };
  /**
   * The row's button for `write`, running `action` and reporting it. With `confirm` (the row's id) the click only
   * asks: the row then shows `confirmation(id)` in place of its buttons.
   */
  const button = (write: WriteName, name: string, action: Action, { confirm }: { confirm?: number } = {}) => {
    const words = ROW_WRITES[write];
    const onClick = () => (confirm === undefined ? void runWrite(write, name, action) : setAsking({ id: confirm, write, name, action }));
    return <RowButton text={words.text} named={words.named} name={name} onClick={onClick} />;
  };
  /** The question for the row `id` ("Delete Anker for good", "Keep"), or null when that row is not asked. */
  const confirmation = (id: number) => {
    if (asking?.id !== id) return null;
    const words: RowWrite = ROW_WRITES[asking.write];
    return (
      <>
        <button type="button" className="button-danger" onClick={() => void runWrite(asking.write, asking.name, asking.action)}>
          {t(words.confirm ?? words.named, { name: asking.name })}
        </button>
        <button type="button" className="button-secondary" onClick={() => setAsking(null)}>
          {t('catalogAdmin.keep')}
        </button>
      </>
    );
  };
  const alert = outcome ? <FormAlert tone={outcome.tone} message={outcome.message} /> : null;
  return { run, button, confirmation, alert, clear: () => setOutcome(null) };
}
