import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { login, screenshots } from './helpers';

const CSV_HEADER =
  'id,occurred_at,actor_id,actor_label,actor_role,action,entity_type,entity_id,entity_label,store_id,reason,changes,metadata,request_id,ip';

test('a visitor sends the contact form; the admin finds the lead, marks it contacted and exports the log', async ({ page }) => {
  const name = `Visitor ${Date.now()}`;

  // Anonymous visitor: a field error from the API next to its field, then the message goes through.
  await page.goto('/contact');
  await screenshots(page, 'contact');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Mobile number').fill('12ab');
  await page.getByLabel('Message', { exact: true }).fill('My phone screen is cracked; can you fix it today?');
  await page.getByRole('button', { name: 'Send message' }).click();
  const mobile = page.getByLabel('Mobile number');
  await expect(mobile).toHaveAttribute('aria-invalid', 'true');
  await expect(mobile).toBeFocused();
  await screenshots(page, 'contact-errors');
  await mobile.fill('+91 98000 12345');
  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(page.getByText(`Thank you, ${name}.`, { exact: false })).toBeVisible();
  await screenshots(page, 'contact-sent');

  await page.goto('/schedule-call');
  await expect(page.getByRole('heading', { name: 'Schedule a call' })).toBeVisible();
  await screenshots(page, 'schedule-call');

  // The admin sees the new lead, opens it and moves it to contacted with a note.
  await login(page, 'admin');
  await page.goto('/manage/leads');
  await page.getByLabel('Status').selectOption('new');
  await page.getByLabel('Name, number or text').fill(name);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/status=new/);
  await expect(page.getByRole('link', { name })).toBeVisible();
  await screenshots(page, 'admin-leads');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name: `Contact message: ${name}` })).toBeVisible();
  await page.getByLabel('New status').selectOption('contacted');
  await page.getByLabel('Note').fill('Called back, booked for tomorrow.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await expect(page.locator('.facts .badge')).toHaveText('Contacted');
  await expect(page.getByText('New → Contacted')).toBeVisible();
  await expect(page.getByText('Called back, booked for tomorrow.')).toBeVisible();
  await screenshots(page, 'admin-lead-detail');
  // Contacted can only be closed now.
  await expect(page.getByLabel('New status').locator('option')).toHaveText(['Keep the status', 'Closed']);

  // The activity log, filtered to contact requests, shows the creation and the status change.
  await page.goto('/manage/logs');
  await page.getByLabel('Entity type').fill('contact_request');
  await page.getByLabel('Action').fill('marketing.contact.*');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/entity=contact_request/);
  const table = page.getByRole('region', { name: 'Activity log' });
  await expect(table.getByRole('cell', { name: 'marketing.contact.status_changed' }).first()).toBeVisible();
  await expect(table.getByRole('cell', { name: 'marketing.contact.created' }).first()).toBeVisible();
  await expect(table.getByRole('cell', { name: /^marketing\.(?!contact)/ })).toHaveCount(0);
  await screenshots(page, 'admin-logs');

  // The CSV export streams into a file whose first line is the documented header.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^activity_\d{8}-\d{6}\.csv$/);
  const text = await readFile(await download.path(), 'utf8');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe(CSV_HEADER);
  expect(lines.slice(1).some((line) => line.includes('marketing.contact.status_changed'))).toBe(true);
  expect(lines.slice(1).every((line) => line === '' || line.includes(',contact_request,'))).toBe(true);
  await expect(page.getByText(/^Saved activity_.*\.csv: \d+ rows/)).toBeVisible();

  // One event in detail.
  await table.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: /^Event \d+$/ })).toBeVisible();
  await screenshots(page, 'admin-log-event');

  await page.goto('/manage/notifications');
  await expect(page.getByRole('heading', { name: 'Notifications' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'lead.created' }).first()).toBeVisible();
  await screenshots(page, 'admin-notifications');

  // One notification in full: the rendered message, its delivery state, what it is about.
  await page.getByRole('row', { name: /lead\.created/ }).first().getByRole('link', { name: /^Notification \d+, / }).click();
  await expect(page).toHaveURL(/\/manage\/notifications\/\d+$/);
  await expect(page.getByRole('heading', { name: /^Notification \d+$/, level: 1 })).toBeVisible();
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('lead.created');
  await expect(facts).toContainText('Staff');
  await expect(page.getByRole('link', { name: /^contact_request #\d+$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Message' })).toBeVisible();
  await screenshots(page, 'admin-notification');
  await page.getByRole('link', { name: 'Back to the notifications' }).click();
  await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
});
