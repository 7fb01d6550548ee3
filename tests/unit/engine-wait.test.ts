import { describe, expect, it } from 'vitest';
import { ENGINE_START_LIMIT_MS, freePort, waitUntilAnswering } from '../../functions/local/dynamodb-local';

/** An address where nothing answers: a port that was free a moment ago. */
const silentEndpoint = async () => `http://127.0.0.1:${await freePort()}`;

describe('waiting for DynamoDB Local to start', () => {
  it('keeps waiting while the engine lives, saying so every few seconds with the time waited', async () => {
    const reports: number[] = [];
    const started = Date.now();
    await expect(
      waitUntilAnswering(await silentEndpoint(), { gone: () => undefined, limitMs: 2000, reportEveryMs: 500, onWaiting: (ms) => reports.push(ms) }),
    ).rejects.toThrow(/did not answer .* within 2 s/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(reports.length).toBeGreaterThanOrEqual(3);
    expect(reports).toEqual([...reports].sort((a, b) => a - b));
    expect(reports[0]).toBeGreaterThanOrEqual(500);
  });

  it('gives up at once when the engine has exited, with the reason', async () => {
    const started = Date.now();
    await expect(waitUntilAnswering(await silentEndpoint(), { gone: () => 'DynamoDB Local exited (1)' })).rejects.toThrow('DynamoDB Local exited (1)');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('allows a slow machine minutes, not 30 seconds', () => {
    expect(ENGINE_START_LIMIT_MS).toBeGreaterThanOrEqual(5 * 60_000);
  });
});
