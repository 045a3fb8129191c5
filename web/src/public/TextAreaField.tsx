import { useId, type TextareaHTMLAttributes } from 'react';

/** A labelled multi-line input with the API's errors tied to it, like `<Field>`. */
export function TextAreaField({
  label,
  errors,
  help,
  id: given,
  ...input
}: { label: string; errors?: string[]; help?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const auto = useId();
  const id = given ?? auto;
  const invalid = Boolean(errors?.length);
  const described = [help ? `${id}-help` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={invalid ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={4} aria-invalid={invalid || undefined} aria-describedby={described} {...input} />
      {help ? (
        <p id={`${id}-help`} className="field-help">
          {help}
        </p>
      ) : null}
      {invalid ? (
        <p id={`${id}-error`} className="field-error">
          {errors?.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
