import { Fragment, useId, useRef, useState, type ReactNode } from 'react';
import { formErrors } from '../api/errors';
import { t } from '../i18n/t';
import { FormAlert } from './FormAlert';

/**
 * The create / edit panel of an admin list screen: a titled form with the API's form message, the fields (each
 * shows its own errors), Save and Cancel.
 */
export function EditorForm({
  title,
  error,
  busy,
  onSubmit,
  onCancel,
  children,
}: {
  title: string;
  error: unknown;
  busy: boolean;
  onSubmit: (data: FormData) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const errors = formErrors(error);
  const titleId = useId();
  return (
    <form
      ref={formRef}
      className="editor"
      noValidate
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(new FormData(event.currentTarget));
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <FormAlert message={error ? errors.form : null} formRef={formRef} />
      <div className="editor-fields">{children}</div>
      <div className="filter-actions">
        <button type="submit" disabled={busy}>
          {busy ? t('form.saving') : t('roster.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('roster.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Which row is being edited: none, a new one, or an existing row. */
export type Editing<Row> = null | 'new' | Row;

export function useEditing<Row>() {
  const [editing, setEditing] = useState<Editing<Row>>(null);
  const [saved, setSaved] = useState(false);
  return {
    editing,
    row: editing === 'new' || editing === null ? null : editing,
    open: (row: Row | 'new') => {
      setSaved(false);
      setEditing(row);
    },
    close: (didSave: boolean) => {
      setSaved(didSave);
      setEditing(null);
    },
    saved,
  };
}

/**
 * The "New …" button, the open form and the "Saved." message of a list screen. `form` draws the screen's own
 * form for the row (null for a new one); it is mounted afresh per row so its fields start from that row.
 * `children` (a second panel such as a preview) sit between the form and the message.
 */
export function EditorPanel<Row extends { id: number }>({
  editor,
  newLabel,
  form,
  children,
}: {
  editor: ReturnType<typeof useEditing<Row>>;
  newLabel: string;
  form: (row: Row | null, onDone: (saved: boolean) => void) => ReactNode;
  children?: ReactNode;
}) {
  return (
    <>
      <p>
        <button type="button" onClick={() => editor.open('new')}>
          {newLabel}
        </button>
      </p>
      {editor.editing ? <Fragment key={editor.row?.id ?? 'new'}>{form(editor.row, editor.close)}</Fragment> : null}
      {children}
      <FormAlert tone="success" message={editor.saved ? t('roster.saved') : null} />
    </>
  );
}
