import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { storeopsApi, useLogsListQuery, useStoresListQuery } from '../api/generated';
import { Field } from '../components/Field';
import { FilterForm, StoreFilter } from '../components/FilterForm';
import { FormAlert } from '../components/FormAlert';
import { LONG_PAGE_SIZE, usePage } from '../components/Pagination';
import { RowsTable } from '../components/RowsTable';
import { useAppDispatch, useAppStore } from './storeHooks';
import { t } from '../i18n/t';
import { DownloadError, saveBlob, streamExport, type DownloadProgress } from './exportDownload';
import { formatWhen } from './format';

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
  const [params] = useSearchParams();
  const page = usePage();
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
    pageSize: LONG_PAGE_SIZE,
  });
  const [download, setDownload] = useState<ExportState>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const appStore = useAppStore();
  const dispatch = useAppDispatch();

  const storeName = new Map(stores.data?.results.map((row) => [row.id, row.name]));

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
      <FilterForm label={t('logs.filters')}>
        <Field label={t('logs.entity')} name="entity" defaultValue={params.get('entity') ?? ''} help={t('logs.entityHelp')} />
        <Field label={t('logs.entityId')} name="entity_id" defaultValue={params.get('entity_id') ?? ''} />
        <Field label={t('logs.actor')} name="actor" defaultValue={actor ?? ''} help={t('logs.actorHelp')} />
        <Field label={t('logs.action')} name="action" defaultValue={params.get('action') ?? ''} help={t('logs.actionHelp')} />
        <StoreFilter />
        <Field label={t('logs.dateFrom')} name="date_from" type="date" defaultValue={params.get('date_from') ?? ''} />
        <Field label={t('logs.dateTo')} name="date_to" type="date" defaultValue={params.get('date_to') ?? ''} />
      </FilterForm>

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

      <RowsTable
        label={t('logs.title')}
        list={events}
        busy={events.isFetching}
        rows={events.data?.results}
        summary={<p className="results-count">{t('logs.count', { count: events.data?.count ?? 0 })}</p>}
        page={page}
        pageSize={LONG_PAGE_SIZE}
        columns={[
          { label: t('logs.col.when'), cell: (event) => <Link to={`/manage/logs/${event.id}`}>{formatWhen(event.occurred_at)}</Link> },
          { label: t('logs.col.action'), cell: (event) => event.action },
          {
            label: t('logs.col.entity'),
            cell: (event) => `${event.entity_type} #${event.entity_id}${event.entity_label ? ` · ${event.entity_label}` : ''}`,
          },
          { label: t('logs.col.actor'), cell: (event) => event.actor_label || t('logs.system') },
          { label: t('admin.col.store'), cell: (event) => (event.store === null ? '—' : storeName.get(event.store) ?? event.store) },
        ]}
      />
    </div>
  );
}
