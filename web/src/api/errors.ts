import type { FetchBaseQueryError } from '@reduxjs/toolkit/query';
import type { SerializedError } from '@reduxjs/toolkit';
import { t } from '../i18n/t';

/** An API error split the way forms show it: messages per field, and one message for the whole form. */
export interface FormErrors {
  fields: Record<string, string[]>;
  form: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: null };

function isFetchError(error: unknown): error is FetchBaseQueryError {
  return typeof error === 'object' && error !== null && 'status' in error;
}

function messages(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(messages);
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(messages);
  return [];
}

/**
 * The API's error shapes (see the API conventions): a 400 field map `{"field": ["message"]}`, or
 * `{"detail", "code"}` for a refusal that is not about one field. `non_field_errors` belongs to the form.
 */
export function formErrors(error: FetchBaseQueryError | SerializedError | undefined | unknown): FormErrors {
  if (!error) return NO_ERRORS;
  if (!isFetchError(error)) return { fields: {}, form: t('app.error') };
  if (error.status === 'FETCH_ERROR' || error.status === 'TIMEOUT_ERROR') return { fields: {}, form: t('app.offline') };
  const data = error.data;
  if (error.status === 429) return { fields: {}, form: t('login.throttled') };
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const fields: Record<string, string[]> = {};
    let form: string | null = null;
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (key === 'code') continue;
      if (key === 'detail' || key === 'non_field_errors') form = messages(value).join(' ') || form;
      else fields[key] = messages(value);
    }
    if (Object.keys(fields).length && !form) form = t('form.errorSummary');
    return { fields, form: form ?? t('app.error') };
  }
  return { fields: {}, form: t('app.error') };
}

/** The HTTP status of a failed query, when the server answered. */
export function errorStatus(error: unknown): number | null {
  return isFetchError(error) && typeof error.status === 'number' ? error.status : null;
}
