import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

const SHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots');
export const WIDTHS = [360, 1280] as const;

export function shotPath(file: string): string {
  return path.join(SHOTS, file);
}
export const PASSWORD = 'storeops-demo';

/** Full-page screenshots of the current screen at a phone width and a desktop width: <name>-360.png, -1280.png. */
export async function screenshots(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    // Nothing may stick out sideways at this width (the page must reflow, not scroll horizontally).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

export async function login(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Username or e-mail').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${username}`)).toBeVisible();
}

/**
 * Opens a system admin screen through the grouped admin menu: the main navigation's "Manage" entry leads to the
 * admin area, whose "All admin sections" disclosure lists every screen.
 */
export async function openAdmin(page: Page, name: string): Promise<void> {
  const sections = page.getByRole('navigation', { name: 'Admin sections' });
  if (!new URL(page.url()).pathname.startsWith('/manage')) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Manage' }).click();
  }
  if (!(await sections.isVisible())) await page.getByText('All admin sections').click();
  await sections.getByRole('link', { name, exact: true }).click();
}
