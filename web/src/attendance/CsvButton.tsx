import { formErrors } from '../api/errors';
import { FormAlert } from '../components/FormAlert';
import { t } from '../i18n/t';
import { saveText, useLazyAttendanceCsvQuery } from './csv';

/** Downloads a report's CSV (`format=csv`) for `month` under `filename`. */
export function CsvButton({ url, month, filename }: { url: string; month: string; filename: string }) {
  const [load, state] = useLazyAttendanceCsvQuery();
  const download = async () => {
    const result = await load({ url, month });
    if (result.data !== undefined) saveText(result.data, filename);
  };
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => void download()} disabled={state.isFetching}>
        {t('report.csv')}
      </button>
      {state.error ? <FormAlert message={formErrors(state.error).form} /> : null}
    </>
  );
}
