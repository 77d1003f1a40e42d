import { afterAll, describe, expect, it } from 'vitest';
import { textsFor } from '../../src/core/texts.js';
import type { RunningServer } from '../../src/server.js';
import type { Db } from '../../src/store/db.js';
import { openDatabase } from '../../src/store/index.js';
import { addAdvisor } from '../advisor/client.js';
import { openBrowser, type BrowserSession } from '../helpers/browser.js';
import { createPostgresDatabase, postgresReachable } from '../helpers/databases.js';
import { startTestServer } from '../helpers/server.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

const sv = textsFor('sv');
const EMAIL = 'karin.berg@vision.example';
const PASSWORD = 'ett-långt-lösenord-för-e2e';
const REQUEST = 'Jag vill prata med en människa';
const HOSTILE = '<img src=x onerror=alert(1)>';
const QUESTION = 'Ingår inkomstförsäkringen i medlemskapet?';
// Web Chat's 4 MB bundle is parsed on first load; on two busy cores that takes a while.
const SLOW = 30_000;
const ENV = { DIRECTLINE_TOKEN_SECRET: 'advisor-e2e-secret-0123456789abcdef012345', OPENING_HOURS: 'mon-sun 00:00-23:59' };

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A member in Microsoft's Web Chat and an advisor in the console, each in their own headless
 * Chromium: the advisor sees the member arrive live, takes over, writes, reads the reply,
 * hands back; the bot stays silent meanwhile and answers again after. `memberServer` and
 * `advisorServer` may be two server processes on one PostgreSQL database.
 */
async function memberAndAdvisor(memberServer: RunningServer, advisorServer: { url: string }, timings: Record<string, number>): Promise<void> {
  const t0 = performance.now();
  const mark = (name: string) => (timings[name] = Math.round(performance.now() - t0));
  let member: BrowserSession | undefined;
  let advisor: BrowserSession | undefined;
  try {
    [member, advisor] = await Promise.all([openBrowser(memberServer.url), openBrowser(advisorServer.url)]);
    mark('browsers');
    await advisor.page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const console = advisor.page;
    const chat = member.page.locator('#webchat');

    // The advisor signs in through the form.
    const page = await console.goto(`${advisorServer.url}/advisor`, { waitUntil: 'domcontentloaded' });
    expect(page?.headers()['content-security-policy']).toContain("script-src 'self'");
    await console.getByLabel('E-post').fill(EMAIL);
    await console.getByLabel('Lösenord').fill(PASSWORD);
    await console.getByRole('button', { name: 'Logga in' }).click();
    await console.getByText('Karin Berg').waitFor({ state: 'visible', timeout: 10_000 });
    await console.waitForFunction(() => document.body.dataset.events === 'open', undefined, { timeout: 10_000 });
    await console.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    mark('advisor signed in');

    // The member asks for a human in Web Chat.
    await member.page.goto(`${memberServer.url}/`, { waitUntil: 'domcontentloaded' });
    await chat.getByText(sv.welcome, { exact: true }).first().waitFor({ state: 'visible', timeout: SLOW });
    const sendBox = member.page.getByRole('textbox', { name: /meddelande/i });
    await sendBox.fill(REQUEST);
    await sendBox.press('Enter');
    await chat.getByText(new RegExp(escape(sv.humanRequested.slice(0, 25)))).first().waitFor({ state: 'visible', timeout: SLOW });
    const queuedAt = performance.now();
    mark('member queued');

    // It appears in the console without a reload.
    const entry = console.locator('#queue > li').filter({ hasText: REQUEST });
    await entry.waitFor({ state: 'visible', timeout: 5_000 });
    timings['queue entry shown after (ms)'] = Math.round(performance.now() - queuedAt);
    await expect.poll(() => entry.locator('.reason').textContent()).toBe('Vill prata med en människa');
    await expect.poll(() => entry.textContent()).toMatch(/Väntat \d+ s/);
    await expect.poll(() => entry.textContent()).toMatch(/Webbchatt/);

    // Open, take over: the member is told the advisor's first name.
    await entry.getByRole('button', { name: 'Öppna' }).click();
    const transcript = console.locator('#transcript');
    await transcript.locator('li.member').filter({ hasText: REQUEST }).waitFor({ state: 'visible', timeout: 5_000 });
    await console.getByRole('button', { name: 'Ta över' }).click();
    await console.getByText('Du har tagit över samtalet.').waitFor({ state: 'visible', timeout: 5_000 });
    await chat.getByText(/Du pratar nu med Karin/).first().waitFor({ state: 'visible', timeout: SLOW });
    mark('taken over');

    // The advisor writes; the member reads it in Web Chat.
    const botLinesBefore = await botMessages(memberServer);
    await console.getByLabel('Meddelande').fill('Hej! Jag heter Karin. Vad gäller det?');
    await console.getByRole('button', { name: 'Skicka' }).click();
    await chat.getByText('Hej! Jag heter Karin. Vad gäller det?').first().waitFor({ state: 'visible', timeout: SLOW });
    mark('advisor message shown to member');

    // The member answers; the advisor sees it live.
    await sendBox.fill('Det gäller min lön');
    await sendBox.press('Enter');
    await transcript.locator('li.member').filter({ hasText: 'Det gäller min lön' }).waitFor({ state: 'visible', timeout: 5_000 });
    mark('member reply shown to advisor');

    // Markup from the member shows as text in the console and runs nothing.
    await sendBox.fill(HOSTILE);
    await sendBox.press('Enter');
    await transcript.locator('li.member .text').filter({ hasText: HOSTILE }).waitFor({ state: 'visible', timeout: 5_000 });
    await console.waitForTimeout(500);
    expect(await transcript.locator('li.member .text').filter({ hasText: HOSTILE }).first().textContent()).toBe(HOSTILE);
    expect(await console.locator('img').count()).toBe(0);
    expect(advisor.dialogs).toEqual([]);
    mark('hostile text shown as text');

    // The bot said nothing while the advisor had the conversation.
    expect(await botMessages(memberServer)).toBe(botLinesBefore);

    // Hand back: the bot answers the next question.
    await console.getByRole('button', { name: 'Lämna tillbaka till boten' }).click();
    await chat.getByText(/lämnat tillbaka samtalet/).first().waitFor({ state: 'visible', timeout: SLOW });
    await console.getByText(sv.handedBack).waitFor({ state: 'visible', timeout: 5_000 });
    await sendBox.fill(QUESTION);
    await sendBox.press('Enter');
    await chat.getByText(/Inkomstförsäkringen ingår i medlemskapet/).first().waitFor({ state: 'visible', timeout: SLOW });
    await entry.waitFor({ state: 'detached', timeout: 5_000 });
    mark('bot answers again');

    // Never reloaded; clean page.
    expect(await console.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    const csp = await console.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect({ csp, pageErrors: advisor.pageErrors, // The page's first question (GET /advisor/api/session) is answered 401 before login; Chromium logs that.
      consoleErrors: advisor.consoleErrors.filter((m) => !/status of 401/.test(m)), blocked: advisor.blockedRequests, failed: advisor.failedRequests.filter((f) => !f.includes('/advisor/api/events')) }).toEqual({
      csp: [],
      pageErrors: [],
      consoleErrors: [],
      blocked: [],
      failed: [],
    });
    expect(member.pageErrors).toEqual([]);
  } finally {
    await advisor?.page.screenshot({ path: '/tmp/advisor-e2e.png', fullPage: true }).catch(() => undefined);
    await Promise.all([member?.close(), advisor?.close()]);
  }
}

/** Bot-authored messages in the whole store (the flow has one member). */
async function botMessages(server: RunningServer): Promise<number> {
  const rows = await server.core.db.query<{ n: string | number }>(`select count(*) as n from message where author = 'bot'`);
  return Number(rows[0]!.n);
}

const withPostgres = await postgresReachable();

describe('advisor console in Chromium with a member in Web Chat', () => {
  const timings: Record<string, Record<string, number>> = {};
  afterAll(() => {
    console.info(`advisor e2e timings (ms): ${JSON.stringify(timings)}`);
  });

  it('one server: live queue, take over, both ways, bot silent, hand back; markup stays text', { timeout: 120_000 }, async () => {
    const server = await startTestServer({ env: ENV });
    try {
      await addAdvisor(server.core.db, EMAIL, 'Karin Berg', PASSWORD);
      await memberAndAdvisor(server, server, (timings.single = {}));
    } finally {
      await server.close();
    }
  });

  it.skipIf(!withPostgres)('two server processes on one PostgreSQL: member on A (this process), advisor on B (its own process)', { timeout: 180_000 }, async () => {
    const database = await createPostgresDatabase();
    let db: Db | undefined;
    let memberServer: RunningServer | undefined;
    let advisorProcess: ServerProcess | undefined;
    try {
      db = await openDatabase({ databaseUrl: database.url });
      memberServer = await startTestServer({ db, env: ENV });
      advisorProcess = await startServerProcess({ ...ENV, DATABASE_URL: database.url });
      await addAdvisor(db, EMAIL, 'Karin Berg', PASSWORD);
      await memberAndAdvisor(memberServer, advisorProcess, (timings.twoProcesses = {}));
    } finally {
      // SIGTERM: the other process shuts down gracefully and exits 0.
      if (advisorProcess) expect(await advisorProcess.stop()).toBe(0);
      await memberServer?.close();
      await db?.close();
      await database.drop();
    }
  });
});
