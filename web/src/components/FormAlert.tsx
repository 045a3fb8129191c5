import { useEffect, useRef } from 'react';

/**
 * The form-level message. When errors arrive, focus moves to the first invalid field (or to this message when
 * no field is named), so keyboard and screen-reader users land where the problem is. `focus` overrides that:
 * true for a success message that replaces the form the user was in (the form is gone, focus would fall to the
 * page), false for an outcome of a button in a list, where the focus stays on the button.
 */
export function FormAlert({ message, formRef, tone = 'error', focus }: {
  message: string | null;
  formRef?: React.RefObject<HTMLFormElement | null>;
  tone?: 'error' | 'success';
  focus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!message || !(focus ?? tone === 'error')) return;
    const invalid = formRef?.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? ref.current)?.focus();
  }, [message, formRef, tone, focus]);
  if (!message) return null;
  return (
    <div ref={ref} tabIndex={-1} className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {message}
    </div>
  );
}
