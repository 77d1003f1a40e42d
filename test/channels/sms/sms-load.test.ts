import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../src/server.js';
import { startTestServer } from '../../helpers/server.js';
import { BURST_SCRIPT, smsBurst } from '../../helpers/sms-burst.js';
import { elksDriver, twilioDriver, type SmsProviderDriver } from '../../helpers/sms-providers.js';

/**
 * The load test: 500 texts from 100 numbers in a burst (each number texting five times in a
 * row, all numbers at once) — every text answered exactly once, none lost, each number's replies
 * in the order of its texts. Figures: `npm run bench:sms`.
 */
describe.each([
  ['twilio', twilioDriver],
  ['46elks', elksDriver],
] as const)('an SMS burst over %s', (_name, makeDriver) => {
  let driver: SmsProviderDriver;
  let server: RunningServer;

  beforeAll(async () => {
    driver = await makeDriver();
    server = await startTestServer({ env: driver.env, pollIntervalMs: 200 });
  });

  afterAll(async () => {
    await server?.close();
    await driver?.api.close();
  });

  it('answers 500 texts from 100 numbers exactly once each, in order per number', async () => {
    const result = await smsBurst(server.url, driver, { numbers: 100, timeoutMs: 120_000 });
    expect(result.nonOk).toBe(0);
    expect(result.sent).toBe(100 * BURST_SCRIPT.length);
    expect(result.replies.size).toBe(100);
    expect(result.outOfOrder).toEqual([]);
    const handled = await server.core.db.query<{ status: string; n: string | number }>(`select status, count(*) as n from sms_inbound group by status`);
    expect(handled.map((r) => [r.status, Number(r.n)])).toEqual([['done', 500]]);
    const outbox = await server.core.outbox.counts();
    expect(outbox).toEqual({ pending: 0, delivered: 500, failed: 0 });
  }, 180_000);
});
