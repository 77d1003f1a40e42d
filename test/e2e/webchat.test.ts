import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textsFor } from '../../src/core/texts.js';
import type { RunningServer } from '../../src/server.js';
import { openBrowser, type BrowserSession } from '../helpers/browser.js';
import { startTestServer } from '../helpers/server.js';

const sv = textsFor('sv');
const QUESTION = 'Ingår inkomstförsäkringen i medlemskapet?';
const HOSTILE = '<img src=x onerror=alert(1)>';
const SCREENSHOT = '/tmp/webchat-e2e.png';
// The first load parses Web Chat's 4 MB bundle; on two busy cores that can take a while.
const SLOW = 30_000;

/**
 * A fixed text as Web Chat shows it: Adaptive Card TextBlocks render Markdown with typographic
 * quotes, so "avbryt" may appear as “avbryt”. Whitespace is normalised like getByText does.
 */
function shownAs(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/"/g, '["“”]').replace(/\s+/g, '\\s+');
  return new RegExp(`^${escaped}$`);
}

/**
 * Microsoft's real Web Chat in real (headless) Chromium, opened at `/` on a freshly started
 * server: the page loads Web Chat's bundle from the server, talks to the server's own
 * Direct Line endpoint by polling, and may reach nothing else.
 */
describe('Web Chat in Chromium against the built-in Direct Line endpoint', () => {
  let server: RunningServer;
  let browser: BrowserSession;
  let conversationId: string | undefined;
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const mark = (name: string) => (timings[name] = Math.round(performance.now() - t0));

  beforeAll(async () => {
    server = await startTestServer({ env: { DIRECTLINE_TOKEN_SECRET: 'webchat-e2e-secret-0123456789abcdef0123' } });
    mark('server started');
    browser = await openBrowser(server.url);
    mark('browser launched');
    // Content-Security-Policy violations, as the page itself sees them (init scripts are not subject to CSP).
    await browser.page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = []);
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}${e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : ''}`));
    });
    browser.page.on('response', async (response) => {
      if (response.request().method() === 'POST' && new URL(response.url()).pathname === '/v3/directline/conversations') {
        conversationId = ((await response.json().catch(() => ({}))) as { conversationId?: string }).conversationId;
      }
    });
  });

  afterAll(async () => {
    await browser?.page.screenshot({ path: SCREENSHOT, fullPage: true }).catch(() => undefined);
    await browser?.close();
    await server?.close();
    console.info(`webchat e2e timings (ms since start): ${JSON.stringify(timings)}`);
  });

  it('opens at /, answers a question with a cited card and queues the member for an advisor', { timeout: 90_000 }, async () => {
    const { page } = browser;
    const chat = page.locator('#webchat');

    const response = await page.goto(`${server.url}/`, { waitUntil: 'domcontentloaded' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

    // The welcome arrives over Direct Line as soon as the conversation starts.
    await chat.getByText(sv.welcome, { exact: true }).first().waitFor({ state: 'visible', timeout: SLOW });
    mark('welcome shown');
    await expect.poll(() => conversationId, { timeout: 5_000 }).toMatch(/^[0-9a-f]{32}$/);

    // The member asks through Web Chat's own send box.
    const sendBox = page.getByRole('textbox', { name: /meddelande/i });
    await sendBox.waitFor({ state: 'visible', timeout: SLOW });
    await sendBox.fill(QUESTION);
    await sendBox.press('Enter');

    // The member's own message is shown once (the server's echo replaced the pending copy) and is marked sent.
    const ownMessage = chat.getByText(QUESTION, { exact: true });
    await ownMessage.first().waitFor({ state: 'visible', timeout: SLOW });
    const answerText = chat.getByText(/Inkomstförsäkringen ingår i medlemskapet/);
    await answerText.first().waitFor({ state: 'visible', timeout: SLOW });
    mark('answer shown');
    await expect.poll(() => ownMessage.count(), { timeout: 5_000 }).toBe(1);
    const ownActivity = chat.getByRole('feed').locator('article').filter({ has: page.getByText(QUESTION, { exact: true }) });
    await ownActivity.getByText(/^Skickades/).first().waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => chat.getByText(/^(Skickar|Kunde inte skicka)/).count(), { timeout: 10_000 }).toBe(0);

    // The card: answer text, the "Källa" block with the cited document's title, the advisor button.
    const [answer] = await server.core.db.query<{ citations: { n: number; title: string }[] | string }>(
      `select m.citations from message m join conversation c on c.id = m.conversation_id
        where c.channel_conversation_id = $1 and m.author = 'bot' and m.kind = 'answer' order by m.id desc limit 1`,
      [conversationId],
    );
    expect(answer, 'the answer is stored').toBeDefined();
    const citations = (typeof answer!.citations === 'string' ? JSON.parse(answer!.citations) : answer!.citations) as { n: number; title: string }[];
    expect(citations.length).toBeGreaterThan(0);
    expect(citations[0]!.title).toMatch(/Bli medlem i Vision/);
    const heading = citations.length > 1 ? sv.sourcesHeadingMany : sv.sourcesHeading;
    await chat.getByText(heading, { exact: true }).first().waitFor({ state: 'visible', timeout: 5_000 });
    for (const citation of citations) {
      await chat.getByText(`[${citation.n}] ${citation.title}`).first().waitFor({ state: 'visible', timeout: 5_000 });
    }
    const advisorButton = chat.getByRole('button', { name: sv.advisorButton });
    await advisorButton.first().waitFor({ state: 'visible', timeout: 5_000 });
    expect(await chat.getByRole('button', { name: sv.feedbackUp }).count()).toBeGreaterThan(0);

    // Pressing the card's button queues the member; the queue confirmation comes back in Swedish.
    await advisorButton.first().click();
    await chat.getByText(shownAs(sv.humanRequested)).first().waitFor({ state: 'visible', timeout: SLOW });
    await chat.getByRole('button', { name: sv.cancelQueueButton }).first().waitFor({ state: 'visible', timeout: 5_000 });
    mark('queue confirmation shown');
    const handoffs = await server.core.db.query<{ status: string; reason: string; channel: string }>(
      `select h.status, h.reason, h.channel from handoff_request h join conversation c on c.id = h.conversation_id where c.channel_conversation_id = $1`,
      [conversationId],
    );
    expect(handoffs).toEqual([{ status: 'queued', reason: 'asked_for_human', channel: 'webchat' }]);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    // Offline: nothing outside the server's origin was requested; nothing failed, nothing was refused.
    await expectCleanPage();
  });

  // Continues the same page and conversation (the member is queued by now).
  it('shows markup a member types as those characters, runs nothing and requests nothing for it', { timeout: 60_000 }, async () => {
    const { page } = browser;
    const chat = page.locator('#webchat');
    const sendBox = page.getByRole('textbox', { name: /meddelande/i });
    await sendBox.waitFor({ state: 'visible', timeout: SLOW });
    await sendBox.fill(HOSTILE);
    await sendBox.press('Enter');
    const memberActivities = chat.getByRole('feed').getByRole('article', { name: /^Du sade:/ });
    await expect.poll(() => memberActivities.count(), { timeout: SLOW }).toBe(2); // the question and this message
    await chat.getByRole('feed').locator('article').filter({ has: page.getByRole('article', { name: /^Du sade:/ }) }).last().getByText(/^Skickades/).first().waitFor({ state: 'visible', timeout: SLOW });
    await expect.poll(() => chat.getByText(/^(Skickar|Kunde inte skicka)/).count(), { timeout: SLOW }).toBe(0);
    await page.waitForTimeout(1_000); // time for an onerror handler to fire, if an <img> had been created
    mark('hostile message sent');
    expect(await chat.locator('img[src="x"]').count(), 'the member text became an <img> element').toBe(0);
    await chat.getByText(HOSTILE, { exact: true }).first().waitFor({ state: 'visible', timeout: 5_000 });
    mark('hostile text shown');
    expect(browser.dialogs).toEqual([]);
    await expectCleanPage();
  });

  async function expectCleanPage(): Promise<void> {
    const cspViolations = await browser.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    const cspConsole = [...browser.consoleErrors, ...browser.consoleWarnings].filter((m) => /Content Security Policy|Refused to/i.test(m));
    if (cspViolations.length || cspConsole.length) console.warn(`CSP reports: ${JSON.stringify({ cspViolations, cspConsole })}`);
    const strayRequests = browser.requests.filter((url) => !/^\/(|webchat\/(webchat|app)\.(js|css)|api\/webchat\/token|v3\/directline\/.*)$/.test(url));
    expect({
      blockedRequests: browser.blockedRequests,
      strayRequests,
      pageErrors: browser.pageErrors,
      failedRequests: browser.failedRequests,
      cspViolations,
      consoleErrors: browser.consoleErrors,
      dialogs: browser.dialogs,
    }).toEqual({ blockedRequests: [], strayRequests: [], pageErrors: [], failedRequests: [], cspViolations: [], consoleErrors: [], dialogs: [] });
  }
});
