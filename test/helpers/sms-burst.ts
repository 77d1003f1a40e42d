import type { CapturedSms, SmsProviderDriver } from './sms-providers.js';

/** What each number texts, in order, and how its reply is recognised. */
export const BURST_SCRIPT: Array<{ text: string; reply: string }> = [
  { text: 'VISION', reply: 'info' },
  { text: 'TEST', reply: 'test' },
  { text: 'Ingår inkomstförsäkringen i medlemskapet?', reply: 'answer' },
  { text: 'test', reply: 'test' },
  { text: 'Vision', reply: 'info' },
];

export function classifyReply(body: string): string {
  if (body.includes('räksmörgås')) return 'test';
  if (body.startsWith('Hej från Vision')) return 'info';
  if (/Källa: /.test(body)) return 'answer';
  return 'other';
}

export interface BurstResult {
  sent: number;
  /** Webhook acknowledgement times, ms. */
  ackMs: number[];
  /** From a text's post to its reply at the provider stand-in, ms (matched per number, in order). */
  replyMs: number[];
  /** First post to last reply, ms. */
  wallMs: number;
  /** Per number: the replies in the order the provider stand-in received them. */
  replies: Map<string, CapturedSms[]>;
  /** Numbers whose replies were not exactly one per text in the script's order. */
  outOfOrder: string[];
  nonOk: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
export const p50 = (v: number[]) => percentile(v, 50);
export const p95 = (v: number[]) => percentile(v, 95);

/**
 * A burst: `numbers` phones text the script at once, each phone one text after the other (as a
 * phone does), all phones in parallel; then waits until every text has its reply (or the timeout).
 */
export async function smsBurst(baseUrl: string, driver: SmsProviderDriver, { numbers = 100, timeoutMs = 120_000, prefix = '+46739' } = {}): Promise<BurstResult> {
  const phones = Array.from({ length: numbers }, (_, i) => `${prefix}${String(100_000 + i).slice(-6)}`);
  const postedAt = new Map<string, number[]>();
  const ackMs: number[] = [];
  let nonOk = 0;
  const before = driver.api.sent.length;
  const start = performance.now();
  await Promise.all(
    phones.map(async (from) => {
      const times: number[] = [];
      postedAt.set(from, times);
      for (const step of BURST_SCRIPT) {
        const t0 = performance.now();
        times.push(Date.now());
        const res = await driver.inbound(baseUrl, { id: driver.newId(), from, body: step.text });
        await res.arrayBuffer();
        if (res.status !== 200) nonOk++;
        ackMs.push(performance.now() - t0);
      }
    }),
  );
  const expected = before + numbers * BURST_SCRIPT.length;
  await driver.api.waitForSent(expected, timeoutMs).catch(() => undefined);
  const wallMs = performance.now() - start;
  // A little longer: a duplicate reply would arrive now.
  await new Promise((r) => setTimeout(r, 300));

  const replies = new Map<string, CapturedSms[]>();
  for (const sms of driver.api.sent.slice(before)) replies.set(sms.to, [...(replies.get(sms.to) ?? []), sms]);
  const outOfOrder: string[] = [];
  const replyMs: number[] = [];
  for (const from of phones) {
    const got = replies.get(from) ?? [];
    const kinds = got.map((s) => classifyReply(s.body));
    if (kinds.join(',') !== BURST_SCRIPT.map((s) => s.reply).join(',')) outOfOrder.push(from);
    got.forEach((sms, i) => {
      const posted = postedAt.get(from)?.[i];
      if (posted !== undefined) replyMs.push(sms.at - posted);
    });
  }
  return { sent: driver.api.sent.length - before, ackMs, replyMs, wallMs, replies, outOfOrder, nonOk };
}
