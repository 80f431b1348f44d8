import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** The Chromium the browser tests drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Whether a Chromium is available to drive. */
export const hasChromium = existsSync(chromiumPath);

/** Launch options for a headless system Chromium that never reaches for the network on its own. */
export const launchOptions: LaunchOptions = {
  executablePath: chromiumPath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-first-run',
    '--disable-quic',
  ],
};

/** Starts the system Chromium (playwright-core gives each launch a fresh profile). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(launchOptions);
}
