/** Progress of a streamed download: bytes received so far and complete rows counted in them. */
export interface DownloadProgress {
  bytes: number;
  rows: number;
}

export class DownloadError extends Error {
  constructor(
    readonly status: number | null,
    message: string,
  ) {
    super(message);
  }
}

/** The file name of a `Content-Disposition: attachment; filename="…"` header, if any. */
export function attachmentName(header: string | null): string | null {
  const match = header?.match(/filename="?([^";]+)"?/i);
  return match ? match[1] : null;
}

/**
 * Counts the records in the chunks of a CSV or JSON export as they arrive. CSV: line ends outside quoted cells,
 * less the header; JSON (an array of flat-ish objects, as the API writes them): objects opened at depth one.
 */
export function rowCounter(format: 'csv' | 'json') {
  let rows = 0;
  let inQuotes = false; // CSV quoted cell, or JSON string
  let escaped = false;
  let depth = 0;
  return {
    push(text: string): number {
      for (const ch of text) {
        if (format === 'csv') {
          if (ch === '"') inQuotes = !inQuotes;
          else if (ch === '\n' && !inQuotes) rows += 1;
          continue;
        }
        if (inQuotes) {
          if (escaped) escaped = false;
          else if (ch === '\\') escaped = true;
          else if (ch === '"') inQuotes = false;
          continue;
        }
        if (ch === '"') inQuotes = true;
        else if (ch === '{' || ch === '[') {
          depth += 1;
          if (ch === '{' && depth === 2) rows += 1;
        } else if (ch === '}' || ch === ']') depth -= 1;
      }
      return format === 'csv' ? Math.max(0, rows - 1) : rows;
    },
  };
}

/**
 * Downloads a streamed export with the caller's access token, reporting progress per chunk, and returns it as a
 * Blob with its file name. `getToken` is asked again after a 401 answered by `renew()` (the session's refresh).
 */
export async function streamExport(
  url: string,
  format: 'csv' | 'json',
  auth: { getToken: () => string | null; renew: () => Promise<boolean> },
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<{ blob: Blob; filename: string }> {
  const send = () => {
    const token = auth.getToken();
    return fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {}, signal });
  };
  let response = await send();
  if (response.status === 401 && (await auth.renew())) response = await send();
  if (!response.ok) {
    let message = '';
    try {
      const body = (await response.json()) as Record<string, unknown>;
      message = Object.entries(body)
        .filter(([key]) => key !== 'code')
        .map(([key, value]) => (key === 'detail' ? String(value) : `${key}: ${([] as unknown[]).concat(value).join(' ')}`))
        .join(' ');
    } catch {
      // not JSON: the status alone
    }
    throw new DownloadError(response.status, message);
  }
  const parts: Uint8Array[] = [];
  const counter = rowCounter(format);
  const decoder = new TextDecoder();
  const progress: DownloadProgress = { bytes: 0, rows: 0 };
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      progress.bytes += value.byteLength;
      progress.rows = counter.push(decoder.decode(value, { stream: true }));
      onProgress({ ...progress });
    }
  }
  const type = response.headers.get('Content-Type') ?? (format === 'csv' ? 'text/csv' : 'application/json');
  const filename = attachmentName(response.headers.get('Content-Disposition')) ?? `activity.${format}`;
  return { blob: new Blob(parts as BlobPart[], { type }), filename };
}

/** Hands a Blob to the browser as a file download. */
export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
