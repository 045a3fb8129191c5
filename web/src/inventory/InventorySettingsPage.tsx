import { useRef, useState } from 'react';
import { formErrors } from '../api/errors';
import { useCategoriesListQuery, useInventoryConfigPartialUpdateMutation, useInventoryConfigRetrieveQuery, type InventoryConfigOutputRead } from '../api/generated';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { Loading, QueryError } from '../components/Status';
import { t } from '../i18n/t';
import { formatWhen } from '../manage/format';

/** The settings body: the threshold as a number (left out when empty, so the API keeps it), category ids. */
export function settingsBody(data: FormData) {
  const threshold = String(data.get('low_stock_threshold') ?? '').trim();
  return {
    ...(threshold ? { low_stock_threshold: Number(threshold) } : {}),
    allow_negative_stock: data.get('allow_negative_stock') === 'on',
    serial_tracked_categories: data.getAll('serial_tracked_categories').map(Number),
  };
}

function SettingsForm({ config }: { config: InventoryConfigOutputRead }) {
  const categories = useCategoriesListQuery({ pageSize: 100, ordering: 'name' });
  const [save, state] = useInventoryConfigPartialUpdateMutation();
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = formErrors(state.error);
  const tracked = new Set(config.serial_tracked_categories.map((category) => category.id));
  const groupError = errors.fields.serial_tracked_categories;
  return (
    <form
      ref={formRef}
      className="editor"
      noValidate
      aria-labelledby="inventory-settings-title"
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved(false);
        const result = await save({ patchedInventoryConfigInputRequest: settingsBody(new FormData(event.currentTarget)) });
        setSaved(!result.error);
      }}
    >
      <h2 id="inventory-settings-title">{t('invSettings.form')}</h2>
      <FormAlert message={state.error ? (groupError?.length ? groupError.join(' ') : errors.form) : null} formRef={formRef} />
      <FormAlert tone="success" message={saved ? t('roster.saved') : null} />
      <div className="editor-fields">
        <Field
          label={t('invSettings.threshold')}
          name="low_stock_threshold"
          type="number"
          min={0}
          inputMode="numeric"
          defaultValue={String(config.low_stock_threshold)}
          help={t('invSettings.thresholdHelp')}
          errors={errors.fields.low_stock_threshold}
        />
        <div className="field field-check">
          <input id="allow-negative" type="checkbox" name="allow_negative_stock" defaultChecked={config.allow_negative_stock} />
          <label htmlFor="allow-negative">{t('invSettings.allowNegative')}</label>
        </div>
      </div>
      <fieldset className={groupError?.length ? "field-invalid" : undefined}>
        <legend>{t('invSettings.tracked')}</legend>
        <p className="field-help">{t('invSettings.trackedHelp')}</p>
        {categories.isLoading ? <Loading /> : null}
        {categories.data?.results.map((category) => (
          <div className="field field-check" key={category.id}>
            <input id={`tracked-${category.id}`} type="checkbox" name="serial_tracked_categories" value={category.id} defaultChecked={tracked.has(category.id)} />
            <label htmlFor={`tracked-${category.id}`}>
              {category.department_name} › {category.name}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="filter-actions">
        <button type="submit" disabled={state.isLoading}>
          {state.isLoading ? t('form.saving') : t('roster.save')}
        </button>
      </div>
    </form>
  );
}

/** System admin: the inventory settings (low-stock threshold, negative stock, serial-tracked categories). */
export function InventorySettingsPage() {
  const config = useInventoryConfigRetrieveQuery();
  return (
    <div>
      <h1>{t('invSettings.title')}</h1>
      {config.isLoading ? <Loading /> : null}
      {config.error ? <QueryError error={config.error} /> : null}
      {config.data ? (
        <>
          <p className="muted">{t('invSettings.updated', { when: formatWhen(config.data.updated_at) })}</p>
          <SettingsForm key={config.data.updated_at} config={config.data} />
        </>
      ) : null}
    </div>
  );
}
