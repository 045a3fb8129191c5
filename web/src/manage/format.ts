import { t } from '../i18n/t';

export function formatWhen(value: string | null | undefined): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(t('format.locale'), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

