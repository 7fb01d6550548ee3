import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { config } from '../config';

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

/** The local outbox: one JSON line per email, instead of sending it. */
export const outboxFile = () => join(config().dataDir, 'outbox', 'mail.jsonl');

/**
 * Sends one email: through SES v2 in AWS (MAIL_MODE=ses), else appended to
 * the local outbox. The SES client is loaded only when used, so the API
 * bundle and local runs never pay for it.
 */
export async function sendMail(mail: Mail, now = new Date()): Promise<void> {
  const { mailMode, mailFrom } = config();
  if (mailMode === 'ses') {
    const { sendWithSes } = await import('./ses');
    await sendWithSes(mailFrom, mail);
    return;
  }
  await mkdir(join(config().dataDir, 'outbox'), { recursive: true });
  await appendFile(outboxFile(), `${JSON.stringify({ at: now.toISOString(), from: mailFrom, ...mail })}\n`, 'utf8');
}

/** The emails in the local outbox, oldest first (for tests and the local operator). */
export async function readOutbox(): Promise<(Mail & { at: string; from: string })[]> {
  try {
    const text = await readFile(outboxFile(), 'utf8');
    return text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
