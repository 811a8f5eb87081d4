// Debian's Chromium driven by playwright-core: where it is, how to install it, and one headless browser with a fresh profile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** The browser the runner and the tests use (Debian package `chromium`); never downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
/** The line that installs it on Debian or Ubuntu (as root). */
export const CHROMIUM_INSTALL = 'apt-get install -y chromium';

/** Flags for a closed network: no background connections, updates or sync to wait for. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The executable when it is installed, else null. */
export function findChromium(file: string = CHROMIUM_PATH): string | null {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return file;
  } catch (_e) {
    return null;
  }
}

export interface OpenBrowser {
  context: BrowserContext;
  /** Closes the browser and removes its profile folder. */
  close: () => Promise<void>;
}

/** A headless Chromium with a profile of its own (removed on close); throws when `executable` is missing. */
export async function openChromium(executable: string = CHROMIUM_PATH): Promise<OpenBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: executable,
      headless: true,
      args: CHROMIUM_FLAGS,
      timeout: 60_000,
    });
    return {
      context,
      close: async () => {
        await context.close();
        fs.rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}
