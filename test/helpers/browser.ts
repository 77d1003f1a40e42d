import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Paths (without query) of the requests the page made to the server, in order. */
  requests: string[];
  /** Requests to any origin other than the server's, each aborted. */
  blockedRequests: string[];
  /** `console.error` messages (and CSP violation reports Chromium logs as errors). */
  consoleErrors: string[];
  /** `console.warn` messages. */
  consoleWarnings: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Requests the browser made to the server that failed (network level). */
  failedRequests: string[];
  /** Dialogs (alert/confirm/prompt) the page opened; each is dismissed. */
  dialogs: string[];
  close(): Promise<void>;
}

/** Debian's chromium by default; CHROMIUM_PATH overrides it. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/**
 * Headless Chromium (playwright-core, the system browser) with one page that may talk only to
 * `origin`: every other request is aborted and recorded, so a test proves the page works
 * offline. Console errors, page errors and dialogs are collected for assertions.
 */
export async function openBrowser(origin: string, { locale = 'sv-SE' }: { locale?: string } = {}): Promise<BrowserSession> {
  const allowed = new URL(origin).origin;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--no-default-browser-check', '--disable-extensions', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ locale, viewport: { width: 900, height: 1000 }, serviceWorkers: 'block' });
  const session: BrowserSession = {
    browser,
    context,
    page: undefined as unknown as Page,
    requests: [],
    blockedRequests: [],
    consoleErrors: [],
    consoleWarnings: [],
    pageErrors: [],
    failedRequests: [],
    dialogs: [],
    close: async () => {
      await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
    },
  };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isAllowed(url, allowed)) {
      if (url.startsWith(allowed)) session.requests.push(new URL(url).pathname);
      return route.continue();
    }
    session.blockedRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  session.page = page;
  page.on('console', (message) => {
    if (message.type() === 'error') session.consoleErrors.push(message.text());
    else if (message.type() === 'warning') session.consoleWarnings.push(message.text());
  });
  page.on('pageerror', (error) => session.pageErrors.push(`${error.name}: ${error.message}`));
  page.on('requestfailed', (request: Request) => {
    if (isAllowed(request.url(), allowed)) session.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('dialog', (dialog) => {
    session.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return session;
}

function isAllowed(url: string, origin: string): boolean {
  // data: and blob: URLs never leave the browser.
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
