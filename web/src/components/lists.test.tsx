import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../test/fakeApi';
import { renderWith, storeFor } from '../test/render';
import { EditorForm, EditorPanel, useEditing } from './EditorForm';
import { FilterForm, StoreFilter } from './FilterForm';
import { Field } from './Field';
import { EditButton, RowsTable, useRowAction } from './RowsTable';

interface Row {
  id: number;
  name: string;
  size: number;
}
const ROWS: Row[] = [
  { id: 1, name: 'Alpha', size: 3 },
  { id: 2, name: 'Beta', size: 12 },
];

/** A list screen built from the shared pieces, the way the admin pages use them. */
function Screen({ rows, count = rows.length, write }: { rows: Row[]; count?: number; write: () => Promise<{ error?: unknown }> }) {
  const editor = useEditing<Row>();
  const actions = useRowAction();
  return (
    <div>
      <EditorPanel
        editor={editor}
        newLabel="New thing"
        form={(row, onDone) => (
          <EditorForm title={row ? `Edit ${row.name}` : 'New thing'} error={undefined} busy={false} onSubmit={() => onDone(true)} onCancel={() => onDone(false)}>
            <Field label="Name" name="name" defaultValue={row?.name ?? ''} />
          </EditorForm>
        )}
      />
      {actions.alert}
      <RowsTable
        label="Things"
        list={{ isLoading: false, data: { count } }}
        rows={rows}
        page={1}
        pageSize={2}
        columns={[
          { label: 'Name', cell: (row) => row.name },
          { label: 'Size', numeric: true, cell: (row) => row.size },
        ]}
        actions={(row) => (
          <>
            <EditButton name={row.name} onClick={() => editor.open(row)} />
            {actions.button('remove', row.name, write)}
          </>
        )}
      />
    </div>
  );
}

const ok = async () => ({});

describe('shared list pieces', () => {
  it('draws the rows with their actions column and the page links', () => {
    renderWith(<Screen rows={ROWS} count={5} write={ok} />, storeFor(null));
    const table = screen.getByRole('region', { name: 'Things' });
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Name', 'Size', 'Actions']);
    expect(within(table).getByRole('columnheader', { name: 'Size' })).toHaveClass('numeric');
    expect(within(table).getByRole('cell', { name: '12' })).toHaveClass('numeric');
    expect(within(table).getByRole('button', { name: 'Edit Beta' })).toHaveTextContent('Edit');
    expect(within(table).getByRole('button', { name: 'Remove Alpha' })).toHaveTextContent('Remove');
    expect(screen.getByText('Page 1 of 3')).toBeInTheDocument();
  });

  it('says so when there is nothing, and shows no table', () => {
    renderWith(<Screen rows={[]} write={ok} />, storeFor(null));
    expect(screen.getByText('Nothing found.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('opens the form for a new row or for the row to edit, then says Saved. or nothing on Cancel', async () => {
    renderWith(<Screen rows={ROWS} write={ok} />, storeFor(null));
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'New thing' }));
    expect(screen.getByRole('form', { name: 'New thing' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Edit Beta' }));
    // The form starts again from the chosen row.
    expect(screen.getByRole('form', { name: 'Edit Beta' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Beta');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');

    await user.click(screen.getByRole('button', { name: 'Edit Alpha' }));
    expect(screen.queryByText('Saved.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByText('Saved.')).toBeNull();
  });

  it('reports a row write above the list: the success, or the refusal of the API', async () => {
    let attempts = 0;
    const write = async () =>
      ++attempts === 1 ? { error: { status: 409, data: { detail: 'Still in use.', code: 'in_use' } } } : {};
    renderWith(<Screen rows={ROWS} write={write} />, storeFor(null));
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Remove Alpha' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Still in use.');
    await user.click(screen.getByRole('button', { name: 'Remove Alpha' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Removed.');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

/** A list whose rows can be deactivated, activated and deleted (asked first), as the catalog screens use it. */
function AskingScreen({ rows, remove, named = false, refusal }: { rows: (Row & { active: boolean })[]; remove: () => Promise<{ error?: unknown }>; named?: boolean; refusal?: (error: unknown) => string | null }) {
  const actions = useRowAction({ named, refusal });
  return (
    <div>
      {actions.alert}
      <RowsTable
        label="Things"
        list={{ isLoading: false, data: { count: rows.length } }}
        rows={rows}
        page={1}
        pageSize={20}
        columns={[{ label: 'Name', cell: (row) => row.name }]}
        actions={(row) =>
          actions.confirmation(row.id) ?? (
            <>
              {actions.button(row.active ? 'deactivate' : 'activate', row.name, ok)}
              {actions.button('delete', row.name, remove, { confirm: row.id })}
            </>
          )
        }
      />
    </div>
  );
}

const ASKING = [
  { ...ROWS[0], active: true },
  { ...ROWS[1], active: false },
];

describe('row action options', () => {
  it('a confirmed write asks first in place of the row buttons; Keep sends nothing; the second click runs it', async () => {
    const remove = vi.fn(async () => ({}));
    renderWith(<AskingScreen rows={ASKING} remove={remove} named />, storeFor(null));
    const user = userEvent.setup();
    const alpha = () => screen.getAllByRole('row')[1];

    await user.click(screen.getByRole('button', { name: 'Delete Alpha' }));
    expect(remove).not.toHaveBeenCalled();
    expect(within(alpha()).getAllByRole('button').map((button) => button.textContent)).toEqual(['Delete Alpha for good', 'Keep']);
    expect(within(alpha()).getByRole('button', { name: 'Delete Alpha for good' })).toHaveClass('button-danger');
    // The other rows keep their buttons.
    expect(screen.getByRole('button', { name: 'Delete Beta' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Keep' }));
    expect(remove).not.toHaveBeenCalled();
    expect(within(alpha()).getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual(['Deactivate Alpha', 'Delete Alpha']);

    await user.click(screen.getByRole('button', { name: 'Delete Alpha' }));
    await user.click(screen.getByRole('button', { name: 'Delete Alpha for good' }));
    expect(remove).toHaveBeenCalledOnce();
    expect(await screen.findByRole('status')).toHaveTextContent('Alpha was deleted.');
    expect(screen.queryByRole('button', { name: 'Keep' })).toBeNull();
  });

  it('named outcomes say which row; without the option a deactivation keeps its plain message', async () => {
    const { unmount } = renderWith(<AskingScreen rows={ASKING} remove={ok} named />, storeFor(null));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Deactivate Alpha' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Alpha was deactivated.');
    await user.click(screen.getByRole('button', { name: 'Activate Beta' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Beta is active again.');
    unmount();

    renderWith(<AskingScreen rows={ASKING} remove={ok} />, storeFor(null));
    await user.click(screen.getByRole('button', { name: 'Deactivate Alpha' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/^Deactivated\.$/);
  });

  it("words a refusal with the screen's own wording, else the API's message", async () => {
    const refused = async () => ({ error: { status: 409, data: { detail: 'Still in use.', code: 'protected', references: { parts: 2 } } } });
    const refusal = (error: unknown) => `${(error as { data: { detail: string } }).data.detail} (parts: 2)`;
    const { unmount } = renderWith(<AskingScreen rows={ASKING} remove={refused} refusal={refusal} />, storeFor(null));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete Beta' }));
    await user.click(screen.getByRole('button', { name: 'Delete Beta for good' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Still in use\. \(parts: 2\)$/);
    unmount();

    renderWith(<AskingScreen rows={ASKING} remove={refused} />, storeFor(null));
    await user.click(screen.getByRole('button', { name: 'Delete Beta' }));
    await user.click(screen.getByRole('button', { name: 'Delete Beta for good' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Still in use\.$/);
  });
});

describe('read-only table options', () => {
  it('draws no actions column; a hidden heading is still read; a summary sits above the rows', () => {
    renderWith(
      <RowsTable
        label="Things"
        list={{ isLoading: false, data: { count: 2 } }}
        rows={ROWS}
        page={1}
        pageSize={20}
        summary={<p>2 things</p>}
        columns={[
          { label: 'Name', cell: (row) => row.name },
          { label: 'Tools', hiddenLabel: true, cell: (row) => <button type="button">{`Ping ${row.name}`}</button> },
        ]}
      />,
      storeFor(null),
    );
    const table = screen.getByRole('region', { name: 'Things' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Name', 'Tools']);
    expect(within(table).getByText('Tools')).toHaveClass('visually-hidden');
    expect(within(table).queryByRole('columnheader', { name: 'Actions' })).toBeNull();
    expect(screen.getByText('2 things')).toBeInTheDocument();
  });

  it('says "Loading…" while busy over the rows it has, and shows no summary when there are none', () => {
    const { unmount } = renderWith(
      <RowsTable label="Things" list={{ isLoading: false, data: { count: 2 } }} rows={ROWS} busy page={1} pageSize={20} columns={[{ label: 'Name', cell: (row) => row.name }]} />,
      storeFor(null),
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Alpha' })).toBeInTheDocument();
    unmount();
    renderWith(<RowsTable label="Things" list={{ isLoading: false, data: { count: 0 } }} rows={[]} summary={<p>0 things</p>} page={1} pageSize={20} columns={[]} />, storeFor(null));
    expect(screen.getByText('Nothing found.')).toBeInTheDocument();
    expect(screen.queryByText('0 things')).toBeNull();
  });

  it("draws a row's panel under it, across every column", () => {
    renderWith(
      <RowsTable
        label="Things"
        list={{ isLoading: false, data: { count: 2 } }}
        rows={ROWS}
        page={1}
        pageSize={20}
        columns={[
          { label: 'Name', cell: (row) => row.name },
          { label: 'Size', cell: (row) => row.size },
        ]}
        actions={() => null}
        details={(row) => (row.id === 2 ? <p>About Beta</p> : null)}
      />,
      storeFor(null),
    );
    const rows = within(screen.getByRole('region', { name: 'Things' })).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual(['NameSizeActions', 'Alpha3', 'Beta12', 'About Beta']);
    expect(within(rows[3]).getByRole('cell')).toHaveAttribute('colspan', '3');
  });
});

function Address() {
  const location = useLocation();
  return <output data-testid="address">{location.pathname + location.search}</output>;
}

describe('filter form', () => {
  it('puts the filled fields in the address, trimmed, and starts again on page 1', async () => {
    renderWith(
      <>
        <FilterForm label="Find things">
          <Field label="Search" name="search" type="search" />
          <Field label="Colour" name="colour" defaultValue="red" />
        </FilterForm>
        <Address />
      </>,
      storeFor(null),
      '/things?page=3&colour=red',
    );
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Find things' });
    await user.type(within(form).getByLabelText('Search'), '  lamp ');
    await user.clear(within(form).getByLabelText('Colour'));
    await user.click(within(form).getByRole('button', { name: 'Search' }));
    expect(screen.getByTestId('address')).toHaveTextContent(/^\/things\?search=lamp$/);
  });

  it('runs onSearch first, so a screen can clear an earlier outcome', async () => {
    const onSearch = vi.fn();
    renderWith(
      <FilterForm label="Find things" onSearch={onSearch}>
        <Field label="Search" name="search" />
      </FilterForm>,
      storeFor(null),
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Search' }));
    expect(onSearch).toHaveBeenCalledOnce();
  });

  it('as the search landmark it has no name of its own and keeps a hidden field, such as a parent filter', async () => {
    renderWith(
      <>
        <FilterForm role="search">
          <input type="hidden" name="product" value="lamp-1" />
          <Field label="Name contains" name="search" type="search" />
        </FilterForm>
        <Address />
      </>,
      storeFor(null),
      '/things?product=lamp-1&page=2',
    );
    const search = screen.getByRole('search');
    expect(search).not.toHaveAttribute('aria-label');
    expect(screen.queryByRole('form')).toBeNull();
    const user = userEvent.setup();
    await user.type(within(search).getByLabelText('Name contains'), 'shade');
    await user.click(within(search).getByRole('button', { name: 'Search' }));
    expect(screen.getByTestId('address')).toHaveTextContent(/^\/things\?product=lamp-1&search=shade$/);
  });

  it('offers every store, selects the one in the address once they arrive, and sends it on', async () => {
    const api = fakeApi({
      'GET /api/stores': { status: 200, body: { count: 2, next: null, previous: null, results: [{ id: 1, name: 'MG Road' }, { id: 2, name: 'Indiranagar' }] } },
    });
    renderWith(
      <>
        <FilterForm label="Find things">
          <Field label="Search" name="search" />
          <StoreFilter />
        </FilterForm>
        <Address />
      </>,
      storeFor(null),
      '/things?store=2&page=2',
    );
    expect(await screen.findByRole('option', { name: 'Indiranagar' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Store' })).toHaveValue('2');
    expect(within(screen.getByRole('combobox', { name: 'Store' })).getAllByRole('option').map((o) => o.textContent)).toEqual(['All stores', 'MG Road', 'Indiranagar']);
    expect(api.calls('GET', '/api/stores')[0].query.get('page_size')).toBe('100');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Search'), 'lamp');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByTestId('address')).toHaveTextContent(/^\/things\?search=lamp&store=2$/);
  });
});
