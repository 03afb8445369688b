/**
 * Debian's Chromium through playwright-core, for the site's browser tests. In CI (CI=true) a
 * missing browser is a failure; on a developer's machine the tests are skipped with a message.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.GKML_CHROMIUM ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
export const MISSING_MESSAGE = `Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set GKML_CHROMIUM) to run the browser tests of the site`;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const profiles = new WeakMap<BrowserContext, string>();

/** A browser with a fresh profile (`close` removes it). */
export async function launch(): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'gkml-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
  });
  profiles.set(context, profile);
  return context;
}

/** Closes a browser from `launch` and removes its profile, which Chromium writes until it exits. */
export async function close(context: BrowserContext): Promise<void> {
  await context.close();
  const profile = profiles.get(context);
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
}

/** What a page did that a clean page must not: console messages, errors, dialogs, requests out. */
export interface PageLog {
  console: string[];
  errors: string[];
  dialogs: string[];
  requests: string[];
}

export function watch(page: Page): PageLog {
  const log: PageLog = { console: [], errors: [], dialogs: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      log.console.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('dialog', (dialog) => {
    log.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith('file://')) log.requests.push(request.url());
  });
  return log;
}
