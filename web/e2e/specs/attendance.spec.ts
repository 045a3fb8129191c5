import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { login, openAdmin, PASSWORD, screenshots } from './helpers';

// A fake camera (a generated test pattern) and no permission prompts: the advisor's selfie comes from
// getUserMedia exactly as on a phone.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
  permissions: ['geolocation', 'camera'],
});

const ADVISOR = 'advisor1.mgr';
const HEAD = 'head.mgr';

async function token(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post('/api/auth/login', { data: { username, password: PASSWORD } });
  expect(response.status()).toBe(200);
  return (await response.json()).access as string;
}

async function api<T>(request: APIRequestContext, access: string, method: 'GET' | 'POST', url: string, data?: object): Promise<T> {
  const response = await request.fetch(url, { method, data, headers: { Authorization: `Bearer ${access}` } });
  expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

function minutesToTime(minutes: number): string {
  const wrapped = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

interface Today {
  date: string;
  server_time: string;
  store: number;
  geofence: { latitude: string; longitude: string; radius_m: number };
}
interface StoreReport {
  advisors: { username: string; total_shifts: number }[];
}

/**
 * The clock decides whether a demo shift is open, so the scenario plans its own: through the admin API, a shift
 * starting 10 minutes from now (store time) and an exception giving it to the advisor today. Check-in is then
 * inside the early window (not late) whenever the suite runs.
 */
async function planShiftNow(request: APIRequestContext) {
  const admin = await token(request, 'admin');
  const advisor = await token(request, ADVISOR);
  const me = await api<{ id: number }>(request, advisor, 'GET', '/api/auth/me');
  const today = await api<Today>(request, advisor, 'GET', '/api/attendance/me/today');
  const [hours, minutes] = today.server_time.slice(11, 16).split(':').map(Number);
  const now = hours * 60 + minutes;
  test.skip(now > 23 * 60 + 30, 'a shift planned now would start tomorrow; the scenario runs at any other time');
  const shift = await api<{ id: number }>(request, admin, 'POST', '/api/attendance/admin/shifts', {
    name: `Scenario ${Date.now()}`,
    start_time: minutesToTime(now + 10),
    end_time: minutesToTime(now + 10 + 240),
  });
  await api(request, admin, 'POST', '/api/attendance/admin/exceptions', {
    user: me.id,
    date: today.date,
    override_shift: shift.id,
    reason: 'end-to-end scenario',
  });
  const month = today.date.slice(0, 7);
  const before = await api<StoreReport>(request, admin, 'GET', `/api/attendance/reports/store/${today.store}?month=${month}`);
  const shiftsBefore = before.advisors.find((row) => row.username === ADVISOR)?.total_shifts ?? 0;
  return { today, month, shiftsBefore };
}

/** A JPEG drawn in the page (a canvas), for the file input path of the selfie. */
async function jpeg(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 240;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#0b5cad';
    context.fillRect(0, 0, 320, 240);
    context.fillStyle = '#ffbf47';
    context.fillRect(100, 60, 120, 120);
    return canvas.toDataURL('image/jpeg', 0.9).split(',')[1];
  });
  return Buffer.from(base64, 'base64');
}

test('an advisor checks in on site with the camera, checks out outside the store area, the head approves, the admin sees the month', async ({
  page,
  browser,
  context,
  request,
}) => {
  const { today, month, shiftsBefore } = await planShiftNow(request);
  const centre = { latitude: Number(today.geofence.latitude), longitude: Number(today.geofence.longitude), accuracy: 15 };

  // Check-in at the store with the camera.
  await context.setGeolocation(centre);
  await login(page, ADVISOR);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My attendance' }).click();
  await expect(page.getByRole('heading', { name: 'Check in', level: 2 })).toBeVisible();
  await expect(page.getByText('Not checked in')).toBeVisible();
  await screenshots(page, 'advisor-attendance');
  await page.getByRole('button', { name: 'Open the camera' }).click();
  await expect(page.getByLabel('Camera preview')).toBeVisible();
  await page.getByRole('button', { name: 'Take photo' }).click();
  await expect(page.getByRole('img', { name: 'The photo that will be sent' })).toBeVisible();
  const checkIn = page.waitForRequest((req) => req.url().endsWith('/api/attendance/check-in') && req.method() === 'POST');
  await page.getByRole('button', { name: 'Check in now' }).click();
  const sent = await checkIn;
  expect(sent.headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  expect(sent.headers()['content-type']).toContain('multipart/form-data');
  await expect(page.getByText(/^Checked in at /)).toBeVisible();
  await expect(page.getByText('Status: Open')).toBeVisible();

  // Check-out away from the store, with a photo from the file input: the punch waits for the branch head.
  await context.setGeolocation({ latitude: centre.latitude + 0.02, longitude: centre.longitude, accuracy: 15 });
  await expect(page.getByRole('heading', { name: 'Check out', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Find my location' }).click();
  await expect(page.getByText(/within about 15 m/)).toBeVisible();
  await page.getByLabel('Or take / choose a photo').setInputFiles({ name: 'selfie.jpg', mimeType: 'image/jpeg', buffer: await jpeg(page) });
  await page.getByRole('button', { name: 'Check out now' }).click();
  await expect(page.getByText(/^Checked out at /)).toBeVisible();
  await expect(page.getByText(new RegExp(`outside its ${today.geofence.radius_m} m area: your branch head must approve`))).toBeVisible();
  await expect(page.getByText('Status: Pending approval')).toBeVisible();
  await expect(page.getByText('You have checked out for today.')).toBeVisible();
  await screenshots(page, 'advisor-pending');
  await page.getByRole('button', { name: 'Sign out' }).click();

  // The branch head approves; a second, stale tab deciding the same request is told it is already decided.
  await login(page, HEAD);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Approvals' }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'Outside the store area' }).filter({ hasText: `Advisor 1 MG Road · ${today.date}` });
  await expect(card).toBeVisible();
  await expect(card).toContainText(/Check-out \d+ m from the store/);
  await screenshots(page, 'head-approvals');
  const stale = await context.newPage();
  await stale.goto('/store/approvals');
  const staleCard = stale.getByRole('listitem').filter({ hasText: 'Outside the store area' }).filter({ hasText: `Advisor 1 MG Road · ${today.date}` });
  await expect(staleCard).toBeVisible();
  await card.getByLabel('Decision note (optional)').fill('Collected a phone from a customer nearby.');
  await card.getByRole('button', { name: /^Approve / }).click();
  await expect(page.getByRole('status').filter({ hasText: `Approved: Advisor 1 MG Road, ${today.date}.` })).toBeVisible();
  await expect(card).toHaveCount(0);
  await staleCard.getByRole('button', { name: /^Reject / }).click();
  await expect(stale.getByRole('alert')).toHaveText(`Already decided: someone decided the request of Advisor 1 MG Road, ${today.date} before you.`);
  await stale.close();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Store attendance' }).click();
  await expect(page.getByRole('rowheader', { name: 'Advisor 1 MG Road' })).toBeVisible();
  await screenshots(page, 'head-store-attendance');
  await page.getByRole('button', { name: 'Sign out' }).click();

  // The advisor asks to correct today's check-in one minute earlier (always in the past and inside the window);
  // the row shows the correction as pending, and the branch head approves it from the queue.
  await login(page, ADVISOR);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My attendance' }).click();
  await page.getByRole('button', { name: `Request a correction of ${today.date}` }).click();
  const correctedIn = page.getByLabel('Corrected check-in');
  const typed = await correctedIn.inputValue();
  expect(typed).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  await page.getByRole('button', { name: 'Send request' }).click();
  // No reason yet: the API's message sits by the reason, which takes the focus.
  await expect(page.getByLabel('Reason')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Reason')).toBeFocused();
  const earlier = new Date(Date.parse(`${typed}:00Z`) - 60_000).toISOString().slice(0, 16);
  await correctedIn.fill(earlier);
  const reason = `Checked in at the door before the app opened (${Date.now()})`;
  await page.getByLabel('Reason').fill(reason);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByText(/^Correction requested\./)).toBeVisible();
  const todayRow = page.getByRole('region', { name: 'My attendance days' }).getByRole('row').filter({ hasText: today.date });
  await expect(todayRow.getByText('Correction pending')).toBeVisible();
  await expect(todayRow.getByRole('button', { name: /Request a correction/ })).toHaveCount(0);
  await screenshots(page, 'advisor-correction-pending');
  await page.getByRole('button', { name: 'Sign out' }).click();

  await login(page, HEAD);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Approvals' }).click();
  const correction = page.getByRole('listitem').filter({ hasText: 'Correction' }).filter({ hasText: reason });
  await expect(correction).toBeVisible();
  await correction.getByRole('button', { name: /^Approve / }).click();
  await expect(page.getByRole('status').filter({ hasText: `Approved: Advisor 1 MG Road, ${today.date}.` })).toBeVisible();
  await expect(correction).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign out' }).click();

  // The admin finds the day in the store's month report and downloads the CSV.
  await login(page, 'admin');
  await openAdmin(page, 'Attendance');
  await page.getByRole('navigation', { name: 'Roster sections' }).getByRole('link', { name: 'Month report' }).click();
  await page.getByLabel('Store').selectOption({ label: 'MG Road' });
  await page.getByLabel('Month').fill(month);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Advisor 1 MG Road' }) });
  await expect(row.getByRole('cell').first()).toHaveText(String(shiftsBefore + 1));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`attendance_store_${today.store}_${month}.csv`);
  const text = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(text).toString('utf8')).toMatch(/^User ID,Name,Username,Total Shifts/);
  await screenshots(page, 'admin-attendance-report');
  expect(browser.isConnected()).toBe(true);
});
