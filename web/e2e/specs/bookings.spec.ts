import { expect, test, type Page } from '@playwright/test';
import { login, screenshots } from './helpers';

function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function fillBooking(page: Page, who: { name: string; email: string }) {
  await page.getByLabel('Brand').fill('Apple');
  await page.getByLabel('Model').fill('iPhone 13');
  await page.getByRole('group', { name: 'What is wrong?' }).getByRole('checkbox').first().check();
  await page.getByLabel('Preferred day').fill(inDays(3));
  await page.getByLabel('Preferred time').fill('11:30');
  await page.getByLabel('Name', { exact: true }).fill(who.name);
  await page.getByLabel('E-mail').fill(who.email);
}

async function bookingReference(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Booking received' })).toBeVisible();
  const reference = (await page.getByLabel('Booking reference').textContent())?.trim() ?? '';
  expect(reference).toMatch(/^BK-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
  return reference;
}

test('a visitor books a repair and follows it by reference and e-mail; the admin approves it', async ({ page, browser }) => {
  const email = `guest.${Date.now()}@example.com`;
  await page.goto('/book');
  await expect(page.getByRole('heading', { name: 'Book a repair' })).toBeVisible();
  await screenshots(page, 'book');

  // Neither e-mail nor phone: the API's error sits by the e-mail field.
  await fillBooking(page, { name: 'Guest Visitor', email: '' });
  await page.getByRole('button', { name: 'Book the repair' }).click();
  const emailField = page.getByLabel('E-mail');
  await expect(emailField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Give an e-mail address or a phone number.')).toBeVisible();
  await screenshots(page, 'book-errors');

  await emailField.fill(email);
  await page.getByRole('button', { name: 'Book the repair' }).click();
  const reference = await bookingReference(page);
  await screenshots(page, 'book-confirmation');

  // Status by reference + e-mail: a wrong address is refused, the right one (any case) shows the booking.
  await page.getByRole('link', { name: 'Check the status' }).click();
  await expect(page.getByLabel('Booking reference')).toHaveValue(reference);
  await page.getByLabel('E-mail').fill('someone.else@example.com');
  await page.getByRole('button', { name: 'Show my booking' }).click();
  await expect(page.getByRole('alert')).toHaveText('No booking matches this reference and e-mail address.');
  await page.getByLabel('E-mail').fill(email.toUpperCase());
  await page.getByRole('button', { name: 'Show my booking' }).click();
  const card = page.getByRole('article', { name: new RegExp(reference) });
  await expect(card).toContainText('Pending');
  await screenshots(page, 'booking-status');

  // The admin finds it, approves it and assigns a store; the visitor then sees the step in the history.
  const admin = await browser.newPage();
  await login(admin, 'admin');
  await admin.goto('/manage/bookings');
  await admin.getByLabel('Reference, name, e-mail or phone').fill(reference);
  await admin.getByRole('button', { name: 'Search' }).click();
  await screenshots(admin, 'admin-bookings');
  await admin.getByRole('link', { name: reference }).click();
  await expect(admin.getByRole('heading', { name: `Booking ${reference}` })).toBeVisible();
  // Rejecting needs a reason: the API's message shows by the reason field.
  await admin.getByLabel('New status').selectOption('rejected');
  await admin.getByRole('button', { name: 'Change status' }).click();
  await expect(admin.getByText('A reason is required to cancel or reject a booking.')).toBeVisible();
  await admin.getByLabel('New status').selectOption('approved');
  await admin.getByRole('button', { name: 'Change status' }).click();
  await expect(admin.getByText('Status changed.')).toBeVisible();
  await expect(admin.getByText('Pending → Approved')).toBeVisible();
  await expect(admin.getByLabel('New status').locator('option')).toHaveText(['Choose…', 'In progress', 'Cancelled']);
  await screenshots(admin, 'admin-booking-detail');
  await admin.close();

  await page.getByRole('button', { name: 'Show my booking' }).click();
  await expect(card.getByText('Pending → Approved')).toBeVisible();
  await expect(card).toContainText('Approved');
});

test('a signed-in customer books, sees the booking in My bookings and cancels it with a reason', async ({ page }) => {
  await login(page, 'customer1');
  await page.goto('/book');
  await fillBooking(page, { name: 'Customer One', email: 'customer1@example.com' });
  await page.getByRole('button', { name: 'Book the repair' }).click();
  const reference = await bookingReference(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My bookings' }).click();
  await expect(page).toHaveURL(/\/orders$/);
  const card = page.getByRole('article', { name: new RegExp(reference) });
  await expect(card).toContainText('Pending');
  await screenshots(page, 'orders');

  await page.getByRole('button', { name: `Cancel booking ${reference}` }).click();
  const form = page.getByRole('form', { name: `Cancel booking ${reference}` });
  await form.getByRole('button', { name: 'Cancel the booking' }).click();
  await expect(form.getByLabel('Why are you cancelling?')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('A reason is required to cancel or reject a booking.')).toBeVisible();
  await form.getByLabel('Why are you cancelling?').fill('Fixed it myself.');
  await form.getByRole('button', { name: 'Cancel the booking' }).click();
  await expect(card.getByText('Pending → Cancelled')).toBeVisible();
  await expect(card.getByText('Fixed it myself.').first()).toBeVisible();
  await expect(page.getByRole('button', { name: `Cancel booking ${reference}` })).toHaveCount(0);
});
