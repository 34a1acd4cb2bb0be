// UI checks in the workbench page: what a user sees, read from the DOM of VS Code 1.100: the
// Problems panel, the hover, the suggest widget and the quick-fix menu, on ui/listener.elbv2.yaml
// (the companion leaves it open with the Problems panel shown). Each step leaves a screenshot,
// which `npm run screenshots` writes to images/screenshots/ for the README.
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

export interface Shot {
  name: string;
  png: Buffer;
}

const TIMEOUT_MS = 30_000;

/** The rendered line whose text starts so (the editor renders spaces as no-break spaces, which `\s` matches). */
function line(page: Page, start: RegExp): Locator {
  return page.locator('.monaco-editor .view-lines .view-line').filter({ hasText: start });
}

async function problemRows(page: Page): Promise<string[]> {
  return page.locator('.markers-panel .monaco-list-row').allTextContents();
}

async function until<T>(what: string, read: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + TIMEOUT_MS;
  let last: T | undefined;
  for (;;) {
    last = await read().catch(() => undefined);
    if (last !== undefined) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function checkUi(page: Page, shots: Shot[]): Promise<void> {
  const shot = async (name: string): Promise<void> => {
    shots.push({ name, png: await page.screenshot() });
  };
  await page.locator('.monaco-workbench').waitFor({ timeout: TIMEOUT_MS });
  // The Restricted Mode banner says nothing about this extension: close it for the screenshots.
  await page
    .locator('.monaco-workbench .banner .codicon-close, .monaco-workbench .banner [aria-label*="Close"]')
    .first()
    .click({ timeout: 5_000 })
    .catch(() => undefined);
  // Only the document under test in the Problems panel.
  const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
  await filter.fill('**/ui/**');

  // Problems panel: the findings of the document, with their rule ids.
  const rows = await until('the Problems panel to list the findings', async () => {
    const texts = await problemRows(page);
    const all = texts.join('\n');
    return ['value-out-of-range', 'invalid-enum-value', 'action-order-required', 'wrong-type'].every((r) =>
      all.includes(r),
    )
      ? texts
      : undefined;
  });
  assert.ok(
    rows.some((r) => /70000 is too large/.test(r) && /Ln 4, Col 7/.test(r)),
    rows.join('\n'),
  );
  await shot('diagnostics');

  // Hover on the `Type` key of the first action (its documentation is one short SDK sentence; the
  // screenshot shows our allowed-values list rather than paragraphs of AWS text).
  await line(page, /^\s*-\sType:\sForward/)
    .locator('span > span', { hasText: /^Type$/ })
    .first()
    .hover();
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  const hoverText = await until('the hover', async () => {
    const text = await hover.innerText({ timeout: 1_000 });
    return /redirect/.test(text) ? text : undefined;
  });
  assert.match(hoverText, /Allowed values/);
  assert.match(hoverText, /fixed-response/);
  await page.waitForTimeout(500); // the hover fades in
  await shot('hover');
  await page.mouse.move(5, 5); // no Escape: the focus is still in the filter, which it would clear

  // Completion after `Protocol: `, on an Application Load Balancer: HTTP and HTTPS only.
  await line(page, /^Protocol:\sHTTP/).click();
  await page.keyboard.press('End');
  for (let i = 0; i < 'HTTP'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+Space');
  const labels = await until('the suggest widget', async () => {
    const texts = await page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts();
    return texts.length > 0 ? texts.map((t) => t.trim()) : undefined;
  });
  assert.deepEqual([...labels].sort(), ['HTTP', 'HTTPS'], labels.join(', '));
  await shot('completion');
  await page.keyboard.press('Escape');
  await page.keyboard.type('HTTP');

  // Quick fix on `Forward`: the menu offers `forward`, and applying it clears the finding.
  await line(page, /^\s*-\sType:\sForward/)
    .locator('span > span', { hasText: 'Forward' })
    .click();
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: /forward/ }).first();
  await fix.waitFor({ timeout: TIMEOUT_MS });
  await shot('quick-fix');
  // The menu takes keys (a pointer block covers it): move the focus to the fix, then Enter.
  for (let i = 0; i < 10 && !/\bfocused\b/.test((await fix.getAttribute('class')) ?? ''); i++)
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await filter.fill('**/ui/**');
  await until('the invalid-enum-value finding to go', async () => {
    const all = (await problemRows(page)).join('\n');
    return all.includes('value-out-of-range') && !all.includes('invalid-enum-value') ? true : undefined;
  });
  assert.ok(await line(page, /^\s*-\sType:\sforward/).count(), 'the text was not fixed');
}
