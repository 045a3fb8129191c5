import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { t } from '../i18n/t';
import { describedBy, Messages } from './Field';

export interface PickerOption {
  id: number;
  name: string;
}

/**
 * Rows matching what was typed (the API's `search=`), as a hook: `skip` is true while the list is closed, so a
 * form with several pickers asks nothing until one is used.
 */
export type PickerSearch = (term: string, skip: boolean) => { options: PickerOption[]; isFetching: boolean };

/** How long typing pauses before the search is sent. */
export const SEARCH_DEBOUNCE_MS = 250;

interface Props {
  label: string;
  /** The form field: one hidden input per chosen row, carrying its id (none chosen: an empty value, single only). */
  name: string;
  useSearch: PickerSearch;
  /** The rows chosen when the form opens (an edited row's current choice, with its name). */
  initial: readonly PickerOption[];
  /** Several rows, shown as removable chips; otherwise one row whose name fills the box. */
  multiple?: boolean;
  /** Single only: emptying the box clears the choice. */
  nullable?: boolean;
  errors?: string[];
  help?: string;
  /** Told of every change of the chosen rows (another field that depends on the choice). */
  onChange?: (chosen: readonly PickerOption[]) => void;
}

/**
 * A labelled combobox that searches the API as the user types (debounced) and lists the matches in a listbox:
 * arrows move through them, Enter picks, Escape closes. For lists that outgrow one page of options (products,
 * variants); small taxonomies keep a plain select.
 */
export function SearchPicker({ label, name, useSearch, initial, multiple = false, nullable = false, errors, help, onChange }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const [chosen, setChosenRows] = useState<readonly PickerOption[]>(initial);
  const setChosen = (rows: readonly PickerOption[]) => {
    setChosenRows(rows);
    onChange?.(rows);
  };
  const current = multiple ? null : (chosen[0] ?? null);
  const [text, setText] = useState(current?.name ?? '');
  const [term, setTerm] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // A single picker's box shows the chosen name: that name is not a search of its own.
  const typed = current && text === current.name ? '' : text.trim();
  useEffect(() => {
    const timer = setTimeout(() => setTerm(typed), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const { options: found, isFetching } = useSearch(term, !open);
  const options = multiple ? found.filter((option) => !chosen.some((row) => row.id === option.id)) : found;
  const pending = isFetching || term !== typed;

  const choose = (option: PickerOption) => {
    if (multiple) {
      setChosen([...chosen, option]);
      setText('');
    } else {
      setChosen([option]);
      setText(option.name);
      setOpen(false);
    }
    setActive(-1);
  };
  const close = () => {
    setOpen(false);
    setActive(-1);
    if (multiple) return;
    if (!text.trim() && nullable) setChosen([]);
    else setText(current?.name ?? '');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive(Math.min(active + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(active - 1, 0));
    } else if (event.key === 'Enter' && open) {
      // Enter picks from the open list instead of sending the form.
      event.preventDefault();
      const option = options[active >= 0 ? active : 0];
      if (option && !pending) choose(option);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };

  const invalid = Boolean(errors?.length);
  const optionId = (option: PickerOption) => `${id}-option-${option.id}`;
  const activeOption = open && active >= 0 ? options[active] : undefined;
  let status = '';
  if (open && pending) status = t('picker.searching');
  else if (open && options.length === 0) status = t('picker.noMatches');
  return (
    <div className={invalid ? 'field field-invalid picker' : 'field picker'}>
      <label htmlFor={id}>{label}</label>
      {multiple && chosen.length > 0 ? (
        <ul className="chips" aria-label={t('picker.chosen', { label })}>
          {chosen.map((row) => (
            <li key={row.id} className="chip">
              <span>{row.name}</span>
              <button type="button" aria-label={t('picker.remove', { name: row.name })} onClick={() => setChosen(chosen.filter((other) => other.id !== row.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="picker-box">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(help ?? t('picker.help'), errors, id)}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={label} className="picker-list" hidden={!open || options.length === 0}>
          {options.map((option, index) => (
            <li
              key={option.id}
              id={optionId(option)}
              role="option"
              aria-selected={index === active || current?.id === option.id}
              className={index === active ? 'picker-active' : undefined}
              // Keeps the focus in the box, so its blur does not close the list before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.name}
            </li>
          ))}
        </ul>
        <p className="picker-status" role="status">
          {status}
        </p>
      </div>
      {chosen.map((row) => (
        <input key={row.id} type="hidden" name={name} value={row.id} />
      ))}
      {!multiple && chosen.length === 0 ? <input type="hidden" name={name} value="" /> : null}
      <Messages id={id} help={help ?? t('picker.help')} errors={errors} />
    </div>
  );
}
