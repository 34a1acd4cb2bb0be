// Debian's Chromium driven by playwright-core, with the flags this closed network needs (without
// the background-networking ones Chromium floods it with connections) and a fresh profile.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.ELBV2_CHROMIUM ?? '/usr/bin/chromium';

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

export function hasChromium(): boolean {
  return fs.existsSync(CHROMIUM);
}

export interface ChromiumSession {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A persistent context on a new, empty profile folder, removed on close. */
export async function launchChromium(viewport = { width: 1280, height: 800 }): Promise<ChromiumSession> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type { Browser };
