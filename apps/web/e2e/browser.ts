import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const workspaceRoot = path.resolve(__dirname, '../../..');

function run(command: string, args: string[], timeoutMs: number): void {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    timeout: timeoutMs,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
}

/**
 * Debian's Chromium: no browser can be downloaded from outside here (`npx playwright install`
 * fails), so the test installs the distribution's package when it is missing (these machines
 * run as root).
 */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  process.stdout.write(`[web e2e] ${CHROMIUM} is missing: apt-get install -y chromium\n`);
  run('apt-get', ['update'], 300_000);
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], 600_000);
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is still missing`);
  return CHROMIUM;
}

/** The production build the gateway serves (dist/web), rebuilt only when a source changed. */
export function ensureWebBuild(): void {
  run(process.execPath, [path.join(workspaceRoot, 'apps/web/scripts/build-web.mjs'), '--if-stale'], 300_000);
}

/**
 * Headless Chromium with no network of its own (no background requests, no sync, no QUIC);
 * Playwright gives the browser a fresh, empty profile directory each launch.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PageLoad {
  page: string;
  responseEndMs: number;
  domContentLoadedMs: number;
  loadMs: number;
  usableMs: number;
}

/**
 * Loads a page afresh and measures it with the browser's own clock: the navigation entry
 * (response, DOMContentLoaded, load) and the moment the element that makes the page usable
 * appeared. Printed, never asserted.
 */
export async function measureFirstLoad(page: Page, url: string, usable: Locator, label: string): Promise<PageLoad> {
  await page.goto(url, { waitUntil: 'load' });
  await usable.first().waitFor({ timeout: 30_000 });
  // Evaluated in the page (written as a string: this file is compiled without the DOM's types).
  const timing = await page.evaluate<{ responseEnd: number; domContentLoaded: number; load: number; usable: number }>(`(() => {
    const entry = performance.getEntriesByType('navigation')[0];
    return { responseEnd: entry ? entry.responseEnd : NaN, domContentLoaded: entry ? entry.domContentLoadedEventEnd : NaN, load: entry ? entry.loadEventEnd : NaN, usable: performance.now() };
  })()`);
  const load = {
    page: label,
    responseEndMs: Math.round(timing.responseEnd),
    domContentLoadedMs: Math.round(timing.domContentLoaded),
    loadMs: Math.round(timing.load),
    usableMs: Math.round(timing.usable),
  };
  process.stdout.write(
    `[web e2e] first load of ${label}: response ${load.responseEndMs} ms, DOMContentLoaded ${load.domContentLoadedMs} ms, load ${load.loadMs} ms, usable ${load.usableMs} ms\n`,
  );
  return load;
}

/** Accessibility violations axe finds on the page, serious and critical ones apart. */
export async function accessibilityProblems(page: Page, label: string): Promise<string[]> {
  const { problems, targets } = await axeProblems(page, label);
  // A notification still fading in or out (an earlier step's toast) is measured at part opacity:
  // its contrast fails by chance. When every element at fault is a toast, or is gone already,
  // the page is judged again once the notifications are gone. The page is asked rather than the
  // selector read: axe names a toast by Mantine's static class or by its hashed one (m_…).
  if (problems.length === 0) return problems;
  const onlyToasts = await page.evaluate(
    (selectors) =>
      selectors.every((selector) => {
        const { document } = globalThis as unknown as {
          document: { querySelector(selector: string): { closest(selector: string): unknown } | null };
        };
        try {
          const element = document.querySelector(selector);
          return !element || element.closest('.mantine-Notification-root') !== null;
        } catch {
          return false;
        }
      }),
    targets,
  );
  if (!onlyToasts) return problems;
  await page
    .locator('.mantine-Notification-root')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  return (await axeProblems(page, `${label} (again, the notifications gone)`)).problems;
}

async function axeProblems(page: Page, label: string): Promise<{ problems: string[]; targets: string[] }> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  for (const violation of results.violations) {
    process.stdout.write(`[web e2e] axe on ${label}: ${violation.impact} ${violation.id} (${violation.nodes.length}): ${violation.help}\n`);
  }
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  for (const node of serious.flatMap((violation) => violation.nodes)) {
    process.stdout.write(`[web e2e]   ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}\n`);
  }
  return {
    problems: serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    targets: serious.flatMap((violation) => violation.nodes.map((node) => node.target.join(' '))),
  };
}

/** A 10-digit Russian INN (an organisation's) with its check digit, from nine digits. */
export function organisationInn(nineDigits: string): string {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const digits = [...nineDigits].map(Number);
  const check = (weights.reduce((sum, weight, index) => sum + weight * (digits[index] as number), 0) % 11) % 10;
  return `${nineDigits}${check}`;
}
