import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Saves full-page screenshots at 1280 px and 375 px under screenshots/ (git-ignored) for a human to look at. */
export async function screenshotBothWidths(page: Page, name: string) {
  mkdirSync('screenshots', { recursive: true });
  const original = page.viewportSize();
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `screenshots/${name}-${width}.png`, fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/** True when the page scrolls sideways at its current width (a layout bug at 375 px). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}
