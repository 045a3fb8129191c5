import { baseApi } from '../api/baseApi';

/**
 * The reports' CSV variant (`format=csv`) through the same authenticated, refreshing base query as every other
 * request; the answer is kept as text and handed to the browser as a download.
 */
export const csvApi = baseApi.injectEndpoints({
  endpoints: (build) => ({
    attendanceCsv: build.query<string, { url: string; month: string }>({
      query: ({ url, month }) => ({ url, params: { month, format: 'csv' }, responseHandler: 'text' }),
      keepUnusedDataFor: 0,
    }),
  }),
});

export const { useLazyAttendanceCsvQuery } = csvApi;

/** Saves `text` as a file named `name` (a temporary link clicked by script). */
export function saveText(text: string, name: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
