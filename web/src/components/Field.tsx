import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

interface Common {
  label: string;
  /** The API's messages for this field, shown under it and announced. */
  errors?: string[];
  help?: string;
}

/** The ids of a field's help and error messages, for `aria-describedby`. */
export function describedBy(help: string | undefined, errors: string[] | undefined, id: string): string | undefined {
  const ids = [help ? `${id}-help` : '', errors?.length ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A field's help text and the API's errors, under the input (ids `<id>-help`, `<id>-error`). */
export function Messages({ id, help, errors }: { id: string; help?: string; errors?: string[] }) {
  return (
    <>
      {help && (
        <p id={`${id}-help`} className="field-help">
          {help}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
}

/** A labelled input with its help text and the API's errors tied to it for screen readers. */
export function Field({ label, errors, help, id: given, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const auto = useId();
  const id = given ?? auto;
  const invalid = Boolean(errors?.length);
  return (
    <div className={invalid ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={invalid || undefined} aria-describedby={describedBy(help, errors, id)} {...input} />
      <Messages id={id} help={help} errors={errors} />
    </div>
  );
}

export function SelectField({
  label,
  errors,
  help,
  id: given,
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const auto = useId();
  const id = given ?? auto;
  const invalid = Boolean(errors?.length);
  return (
    <div className={invalid ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={invalid || undefined} aria-describedby={describedBy(help, errors, id)} {...select}>
        {children}
      </select>
      <Messages id={id} help={help} errors={errors} />
    </div>
  );
}
