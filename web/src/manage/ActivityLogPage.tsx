import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { storeopsApi, useLogsListQuery, useStoresListQuery } from '../api/generated';
import { Field, SelectField } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { Pagination } from '../components/Pagination';
import { Loading, QueryError } from '../components/Status';
import { useAppDispatch, useAppStore } from './storeHooks';
import { t } from '../i18n/t';
import { DownloadError, saveBlob, streamExport, type DownloadProgress } from './exportDownload';
import { filterParams, formatWhen } from './format';

const PAGE_SIZE = 25;
/** Query parameters of this page, named as the API names its filters (list and export alike). */
export const LOG_FILTERS = ['entity', 'entity_id', 'actor', 'action', 'store', 'date_from', 'date_to', 'request_id'] as const;

function formatBytes(bytes: number): string {
  const number = new Intl.NumberFormat(t('format.locale'), { maximumFractionDigits: 1 });
  if (bytes < 1024) return t('logs.bytes', { n: number.format(bytes) });
  if (bytes < 1024 * 1024) return t('logs.kib', { n: number.format(bytes / 1024) });
  return t('logs.mib', { n: number.format(bytes / 1024 / 1024) });
}

type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; format: 'csv' | 'json'; progress: DownloadProgress }
  | { phase: 'done'; filename: string; progress: DownloadProgress }
  | { phase: 'failed'; message: string };

/** System admin: the activity log with the API's filters, each event's detail, and a streamed CSV/JSON export. */
export function ActivityLogPage() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const stores = useStoresListQuery({ pageSize: 100 });
  const actor = params.get('actor');
  const store = params.get('store');
  const events = useLogsListQuery({
    entity: params.get('entity') || undefined,
    entityId: params.get('entity_id') || undefined,
    actor: actor ? (actor === 'system' ? 'system' : (actor as unknown as number)) : undefined,
    action: params.get('action') || undefined,
    store: store ? (store as unknown as number) : undefined,
    dateFrom: params.get('date_from') || undefined,
    dateTo: params.get('date_to') || undefined,
    requestId: params.get('request_id') || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const [download, setDownload] = useState<ExportState>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const appStore = useAppStore();
  const dispatch = useAppDispatch();

  const storeName = new Map(stores.data?.results.map((row) => [row.id, row.name]));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(filterParams(event.currentTarget, LOG_FILTERS));
  };

  const startExport = async (format: 'csv' | 'json') => {
    const query = new URLSearchParams({ format });
    for (const name of LOG_FILTERS) {
      const value = params.get(name);
      if (value) query.set(name, value);
    }
    abort.current = new AbortController();
    setDownload({ phase: 'running', format, progress: { bytes: 0, rows: 0 } });
    const getToken = () => appStore.getState().auth.access;
    try {
      const { blob, filename } = await streamExport(
        `/api/logs/export?${query}`,
        format,
        {
          getToken,
          // A generated request goes through the refreshing base query; a new access token means it worked.
          renew: async () => {
            const before = getToken();
            await dispatch(storeopsApi.endpoints.authMeRetrieve.initiate(undefined, { forceRefetch: true, subscribe: false }));
            return getToken() !== before && getToken() !== null;
          },
        },
        (progress) => setDownload({ phase: 'running', format, progress }),
        abort.current.signal,
      );
      saveBlob(blob, filename);
      setDownload((state) => ({
        phase: 'done',
        filename,
        progress: state.phase === 'running' ? state.progress : { bytes: blob.size, rows: 0 },
      }));
    } catch (error) {
      if ((error as Error).name === 'AbortError') {
        setDownload({ phase: 'idle' });
        return;
      }
      const message =
        error instanceof DownloadError
          ? error.message || t('app.error')
          : t('app.offline');
      setDownload({ phase: 'failed', message });
    } finally {
      abort.current = null;
    }
  };

  return (
    <div>
      <h1>{t('logs.title')}</h1>
      <form className="filters" onSubmit={submit} key={params.toString()} aria-label={t('logs.filters')}>
        <Field label={t('logs.entity')} name="entity" defaultValue={params.get('entity') ?? ''} help={t('logs.entityHelp')} />
        <Field label={t('logs.entityId')} name="entity_id" defaultValue={params.get('entity_id') ?? ''} />
        <Field label={t('logs.actor')} name="actor" defaultValue={actor ?? ''} help={t('logs.actorHelp')} />
        <Field label={t('logs.action')} name="action" defaultValue={params.get('action') ?? ''} help={t('logs.actionHelp')} />
        {/* Mounted again once the stores arrive, so the chosen one is selected; typed filters are kept. */}
        <SelectField key={String(stores.isSuccess)} label={t('admin.col.store')} name="store" defaultValue={store ?? ''}>
          <option value="">{t('admin.stock.allStores')}</option>
          {stores.data?.results.map((row) => (
            <option key={row.id} value={row.id}>
              {row.name}
            </option>
          ))}
        </SelectField>
        <Field label={t('logs.dateFrom')} name="date_from" type="date" defaultValue={params.get('date_from') ?? ''} />
        <Field label={t('logs.dateTo')} name="date_to" type="date" defaultValue={params.get('date_to') ?? ''} />
        <div className="filter-actions">
          <button type="submit">{t('admin.search')}</button>
        </div>
      </form>

      <section className="export" aria-labelledby="export-title">
        <h2 id="export-title">{t('logs.export')}</h2>
        <p className="field-help">{t('logs.exportHelp')}</p>
        <div className="filter-actions">
          <button type="button" onClick={() => startExport('csv')} disabled={download.phase === 'running'}>
            {t('logs.exportCsv')}
          </button>
          <button type="button" className="button-secondary" onClick={() => startExport('json')} disabled={download.phase === 'running'}>
            {t('logs.exportJson')}
          </button>
          {download.phase === 'running' ? (
            <button type="button" className="button-secondary" onClick={() => abort.current?.abort()}>
              {t('logs.exportCancel')}
            </button>
          ) : null}
        </div>
        {download.phase === 'running' ? (
          <div role="status" className="export-progress">
            <progress aria-label={t('logs.exportProgress')} />
            <span>
              {t('logs.exportRunning', { rows: download.progress.rows, size: formatBytes(download.progress.bytes) })}
            </span>
          </div>
        ) : null}
        {download.phase === 'done' ? (
          <div role="status" className="alert alert-success">
            {t('logs.exportDone', { file: download.filename, rows: download.progress.rows, size: formatBytes(download.progress.bytes) })}
          </div>
        ) : null}
        <FormAlert message={download.phase === 'failed' ? t('logs.exportFailed', { message: download.message }) : null} />
      </section>

      {events.isLoading || events.isFetching ? <Loading /> : null}
      {events.error ? <QueryError error={events.error} /> : null}
      {events.data && events.data.results.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {events.data && events.data.results.length > 0 ? (
        <>
          <p className="results-count">{t('logs.count', { count: events.data.count })}</p>
          <div className="table-scroll" role="region" aria-label={t('logs.title')} tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('logs.col.when')}</th>
                  <th scope="col">{t('logs.col.action')}</th>
                  <th scope="col">{t('logs.col.entity')}</th>
                  <th scope="col">{t('logs.col.actor')}</th>
                  <th scope="col">{t('admin.col.store')}</th>
                </tr>
              </thead>
              <tbody>
                {events.data.results.map((event) => (
                  <tr key={event.id}>
                    <td>
                      <Link to={`/manage/logs/${event.id}`}>{formatWhen(event.occurred_at)}</Link>
                    </td>
                    <td>{event.action}</td>
                    <td>
                      {event.entity_type} #{event.entity_id}
                      {event.entity_label ? ` · ${event.entity_label}` : ''}
                    </td>
                    <td>{event.actor_label || t('logs.system')}</td>
                    <td>{event.store === null ? '—' : storeName.get(event.store) ?? event.store}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {events.data ? <Pagination page={page} count={events.data.count} pageSize={PAGE_SIZE} /> : null}
    </div>
  );
}
