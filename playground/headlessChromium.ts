// Debian's Chromium, headless, as the browser tests and the benchmark's sidebar timing both drive it.
import { chromium, type Browser } from 'playwright-core';

const launchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** `CHROMIUM_PATH` picks another binary; scripts/setup.sh installs /usr/bin/chromium. */
export function launchHeadlessChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: launchArgs });
}
