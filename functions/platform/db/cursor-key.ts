import { hkdfSync } from 'node:crypto';
import { config } from '../config';

let cached: { secret: string; key: Buffer } | undefined;

/**
 * The AES-256 key that seals pagination cursors, derived from the configured
 * cursor secret with HKDF (label "cursor") so the secret itself is never used
 * as a key and could later serve other purposes under other labels. Read
 * lazily, and again whenever the configuration's secret changes (tests and the
 * local server set their own).
 */
export function cursorKey(): Buffer {
  const secret = config().cursorSecret;
  if (cached?.secret !== secret) {
    cached = { secret, key: Buffer.from(hkdfSync('sha256', secret, 'kanagawa-dx-portal', 'cursor', 32)) };
  }
  return cached.key;
}
