import { expect, test } from '@playwright/test';
import { login, openAdmin, screenshots } from './helpers';

test('the system admin sees the dashboard and manages rosters with field errors and a schedule preview', async ({ page }) => {
  await login(page, 'admin');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Manage' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Bookings per week and status' })).toBeVisible();
  await expect(page.getByText(/balances at or below their threshold/)).toBeVisible();
  await expect(page.getByRole('listitem', { name: /^MG Road: \d+$/ }).first()).toBeVisible();
  await expect(page.getByRole('figure', { name: /^Attendance days per store, \d{4}-\d{2}$/ })).toBeVisible();
  await screenshots(page, 'admin-dashboard');

  // Shifts: a duplicate name is refused next to the field; a new name is created.
  await openAdmin(page, 'Attendance');
  await expect(page.getByRole('heading', { name: 'Shifts', level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Evening', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'New shift' }).click();
  await page.getByLabel('Name').fill('day');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('A shift with this name already exists.')).toBeVisible();
  await expect(page.getByLabel('Name')).toBeFocused();
  await screenshots(page, 'admin-shifts-error');
  await page.getByLabel('Name').fill('Morning');
  await page.getByLabel('Starts at').fill('07:00');
  await page.getByLabel('Ends at').fill('15:00');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Morning', exact: true })).toBeVisible();
  // A shift used by active schedules cannot be deactivated: the API's reason is shown.
  await page.getByRole('button', { name: 'Deactivate Day' }).click();
  await expect(page.getByRole('alert')).toContainText(/schedule/i);
  await screenshots(page, 'admin-shifts');

  // Schedules: the preview of the next two weeks names the week-off days.
  await page.getByRole('navigation', { name: 'Roster sections' }).getByRole('link', { name: 'Schedules' }).click();
  await expect(page.getByRole('heading', { name: 'Schedules', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: /^Preview the schedule of / }).first().click();
  await page.getByRole('button', { name: 'Show days' }).click();
  const preview = page.getByRole('region', { name: 'Preview range' });
  await expect(preview.getByRole('row')).toHaveCount(15);
  await expect(preview.getByRole('cell', { name: 'the week-off' }).first()).toBeVisible();
  await screenshots(page, 'admin-schedules');
  await page.getByRole('button', { name: 'New schedule' }).click();
  await page.getByLabel('Rule').selectOption('alternate_weekly');
  // Advisors are searched by what is typed (a chain can have more than one page of them).
  await page.getByRole('combobox', { name: 'Advisor' }).fill('advisor1.mgr');
  await page.getByRole('listbox', { name: 'Advisor' }).getByRole('option', { name: 'Advisor 1 MG Road (MG Road)' }).click();
  await expect(page.getByRole('combobox', { name: 'Advisor' })).toHaveValue('Advisor 1 MG Road (MG Road)');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('This advisor already has a schedule.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Roster sections' }).getByRole('link', { name: 'Week-offs' }).click();
  await expect(page.getByRole('cell', { name: 'Sunday' }).first()).toBeVisible();
  await screenshots(page, 'admin-weekoffs');

  // Exceptions: the demo store holiday is listed; a store-wide day needs its store.
  await page.getByRole('navigation', { name: 'Roster sections' }).getByRole('link', { name: 'Exceptions and holidays' }).click();
  await expect(page.getByRole('cell', { name: 'Holiday' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'New exception' }).click();
  await page.getByLabel('Applies to').selectOption('store');
  await page.getByLabel('Date').fill('2030-01-01');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Give either user or store.')).toBeVisible();
  await screenshots(page, 'admin-exceptions');

  // Geofences: one per store; saving for a store updates its circle.
  await page.getByRole('navigation', { name: 'Roster sections' }).getByRole('link', { name: 'Geofences' }).click();
  await page.getByRole('button', { name: 'Edit MG Road' }).click();
  await page.getByLabel('Radius (m)').fill('6000');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Radius (m)')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Radius (m)').fill('250');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await expect(page.getByRole('row', { name: /MG Road/ }).getByRole('cell', { name: '250' })).toBeVisible();
  await screenshots(page, 'admin-geofences');

  await page.getByRole('navigation', { name: 'Roster sections' }).getByRole('link', { name: 'Pay rates' }).click();
  await page.getByRole('button', { name: 'New pay rate' }).click();
  await page.getByRole('combobox', { name: 'Advisor' }).fill('advisor1.mgr');
  await page.getByRole('listbox', { name: 'Advisor' }).getByRole('option', { name: 'Advisor 1 MG Road (MG Road)' }).click();
  await page.getByLabel('Hourly rate').fill('120.00');
  await page.getByLabel('Overtime multiplier').fill('9');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Overtime multiplier')).toHaveAttribute('aria-invalid', 'true');
  await screenshots(page, 'admin-payroll');
});

test('a branch head sees the bookings of their store, read only', async ({ page }) => {
  await login(page, 'head.mgr');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Store bookings' }).click();
  await expect(page.getByRole('heading', { name: 'Store bookings' })).toBeVisible();
  await expect(page.getByRole('button', { name: /edit|delete/i })).toHaveCount(0);
  await screenshots(page, 'head-bookings');
});
