// Renders images/icon.svg to the 128×128 PNG the Marketplace needs (images/icon.png, committed),
// with Debian's Chromium: `npx tsx scripts/render-icon.ts` after changing the SVG.
import * as path from 'node:path';
import { launchChromium } from '../test/support/chromium';

const ROOT = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  const browser = await launchChromium({ width: 128, height: 128 });
  try {
    const page = await browser.context.newPage();
    await page.goto(`file://${path.join(ROOT, 'images/icon.svg')}`);
    await page.screenshot({ path: path.join(ROOT, 'images/icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
}

void main();
