/**
 * `npm run bench:sms` — the SMS load test as figures: 500 texts from 100 numbers in a burst
 * (each number texting five times in a row, all numbers at once) through the Twilio webhook,
 * with a local stand-in for Twilio's REST API receiving the replies. Reported: webhook
 * acknowledgement p50/p95, text-to-reply p50/p95, texts answered per second, exactly-once and
 * order per number — as ratios against a bare echo SMS bot on the same restify + twilio
 * signature check + REST send, measured in the same run (the stack's own ceiling). Rådgivaren's
 * path adds the inbox (PGlite in memory, the embedded default), keywords, retrieval and the
 * extractive answer, the outbox, condensing to GSM-7 and the delivery record.
 * Options: BENCH_SMS_NUMBERS (default 100).
 */
import twilio from 'twilio';
import { loadConfig } from '../src/config/index.js';
import { silentLogger } from '../src/core/log.js';
import { readForm } from '../src/http/body.js';
import { Metrics } from '../src/http/metrics.js';
import { HttpServer } from '../src/http/server.js';
import { EMPTY_TWIML } from '../src/channels/sms/twilio/webhook.js';
import { startServer } from '../src/server.js';
import { openDatabase } from '../src/store/index.js';
import { BURST_SCRIPT, p50, p95, smsBurst, type BurstResult } from '../test/helpers/sms-burst.js';
import { PUBLIC_BASE_URL, twilioDriver } from '../test/helpers/sms-providers.js';

const numbers = Number(process.env.BENCH_SMS_NUMBERS ?? 100);

/** The ceiling: verify the signature, acknowledge, echo the text back through the REST API. */
async function echoSmsBot(env: Record<string, string>): Promise<{ url: string; close(): Promise<void> }> {
  const http = new HttpServer({ logger: silentLogger, metrics: new Metrics({ processMetrics: false }) });
  http.route('post', '/api/sms/twilio', async (req, res) => {
    const form = await readForm(req, { limit: 65_536 });
    if (!twilio.validateRequest(env.TWILIO_AUTH_TOKEN!, String(req.headers['x-twilio-signature'] ?? ''), PUBLIC_BASE_URL + req.url, form)) {
      res.writeHead(403);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/xml' });
    res.end(EMPTY_TWIML);
    const body = new URLSearchParams({ To: form.From!, From: env.SMS_FROM!, Body: `Du skrev: ${form.Body}` });
    await fetch(`${env.TWILIO_API_BASE_URL}/2010-04-01/Accounts/${env.TWILIO_ACCOUNT_SID}/Messages.json`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${env.TWILIO_ACCOUNT_SID}:${env.TWILIO_AUTH_TOKEN}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body,
    }).then((r) => r.arrayBuffer());
  });
  await http.listen(0, '127.0.0.1');
  return { url: http.url, close: async () => void (await http.close(1_000)) };
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
function report(name: string, r: BurstResult): { rate: number; ack50: number; ack95: number; reply50: number; reply95: number } {
  const rate = r.sent / (r.wallMs / 1000);
  const row = { rate, ack50: p50(r.ackMs), ack95: p95(r.ackMs), reply50: p50(r.replyMs), reply95: p95(r.replyMs) };
  console.log(
    `${name.padEnd(12)} answered ${r.sent}/${numbers * BURST_SCRIPT.length} in ${(r.wallMs / 1000).toFixed(2)} s = ${rate.toFixed(0)} texts/s; ` +
      `ack p50 ${fmt(row.ack50)} p95 ${fmt(row.ack95)}; text→reply p50 ${fmt(row.reply50)} p95 ${fmt(row.reply95)}`,
  );
  return row;
}

const driver = await twilioDriver();

const echo = await echoSmsBot(driver.env);
const baseline = await smsBurst(echo.url, driver, { numbers, prefix: '+46738' });
await echo.close();
driver.api.sent.length = 0;

const config = loadConfig({ ...driver.env, LOG_LEVEL: 'silent', PORT: '0' });
const db = await openDatabase({});
const server = await startServer(config, { db, logger: silentLogger, host: '127.0.0.1', pollIntervalMs: 200 });
const ours = await smsBurst(server.url, driver, { numbers });
await server.close();
await db.close();
await driver.api.close();

console.log(`\nSMS burst: ${numbers} numbers × ${BURST_SCRIPT.length} texts (Twilio webhook, PGlite in memory)\n`);
const b = report('echo bot', baseline);
const o = report('Rådgivaren', ours);
console.log(`\nexactly once: ${ours.sent === numbers * BURST_SCRIPT.length ? 'yes' : 'NO'}; replies in order for ${numbers - ours.outOfOrder.length}/${numbers} numbers; non-200 acks: ${ours.nonOk}`);
console.log(`ratios vs echo: throughput ${(o.rate / b.rate).toFixed(2)}×, ack p50 ${(o.ack50 / b.ack50).toFixed(2)}×, ack p95 ${(o.ack95 / b.ack95).toFixed(2)}×, text→reply p50 ${(o.reply50 / b.reply50).toFixed(2)}×, p95 ${(o.reply95 / b.reply95).toFixed(2)}×`);
