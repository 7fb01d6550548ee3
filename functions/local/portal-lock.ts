import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The file in DATA_DIR that says who runs DynamoDB Local on it, and where it answers. */
export const LOCK_FILE = 'portal.lock';

export interface PortalLock {
  /** `npm start`, or `npm run import` running an engine of its own because no portal was running. */
  holder: 'portal' | 'import';
  pid: number;
  /** Where the directory's DynamoDB Local answers (unknown while the import CLI is still choosing a port). */
  dynamodbEndpoint?: string;
  /** The Java process, so that an engine left behind by a killed holder is recognised. */
  enginePid?: number;
  tableName: string;
  /** The portal's own address (holder `portal`). */
  url?: string;
  startedAt: string;
}

/** Whether a process exists (EPERM: it does, but belongs to another user). */
export function isAlive(pid: number | undefined): boolean {
  if (!pid || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether a process is a DynamoDB Local (where /proc can tell; elsewhere, any live process counts). */
function isDynamoDbLocal(pid: number | undefined): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('DynamoDBLocal');
  } catch {
    return true;
  }
}

const lockPath = (dataDir: string) => join(resolve(dataDir), LOCK_FILE);

/** The lock as written, or undefined if there is none (or it cannot be read: a torn file cannot be, it is linked whole). */
export function readLock(dataDir: string): PortalLock | undefined {
  try {
    return JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as PortalLock;
  } catch {
    return undefined;
  }
}

/** The lock of a holder that is still running; a lock whose process has gone is stale and counts as none. */
export function liveLock(dataDir: string): PortalLock | undefined {
  const lock = readLock(dataDir);
  return lock && isAlive(lock.pid) ? lock : undefined;
}

const who = (lock: PortalLock) =>
  lock.holder === 'portal'
    ? { ja: `起動中のポータル（pid ${lock.pid}${lock.url ? `、${lock.url}` : ''}）`, en: `a running portal (pid ${lock.pid}${lock.url ? `, ${lock.url}` : ''})` }
    : { ja: `実行中の取込（npm run import、pid ${lock.pid}）`, en: `a running import (npm run import, pid ${lock.pid})` };

/** The data directory is in use by another process; the message says by whom and what to do. */
export class DataDirHeld extends Error {
  constructor(
    readonly dataDir: string,
    readonly lock: PortalLock,
    readonly text: { ja: string; en: string } = {
      ja: `データフォルダ ${dataDir} は${who(lock).ja}が使用中です。そちらを停止するか、別の DATA_DIR を指定してください。`,
      en: `The data directory ${dataDir} is in use by ${who(lock).en}. Stop it first, or give another DATA_DIR.`,
    },
  ) {
    super(`${text.ja} / ${text.en}`);
  }
}

/** Writes a file beside the target and moves it into place, so that no reader ever sees half of it. */
function writeAside(dataDir: string, lock: PortalLock): string {
  const aside = `${lockPath(dataDir)}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(aside, `${JSON.stringify(lock, null, 2)}\n`, { mode: 0o600 });
  return aside;
}

export interface HeldLock {
  /** A stale lock this one replaced (its holder had gone), for the start-up message. */
  tookOver: PortalLock | undefined;
  /** Records what became known after taking the lock (the engine's endpoint and pid). */
  update(patch: Partial<PortalLock>): void;
  /** Removes the lock if it is still this process's. Safe to call more than once. */
  release(): void;
}

/**
 * Takes DATA_DIR for this process, before starting an engine on its files:
 * refuses (DataDirHeld) while another holder is alive, and takes over a stale
 * lock unless the engine its holder started is still running on the files.
 * Creation is atomic (a hard link fails if the lock exists), so two starts
 * racing cannot both win. The lock is removed on release and on normal exit.
 */
export function acquireLock(dataDir: string, wanted: Omit<PortalLock, 'pid' | 'startedAt'>): HeldLock {
  mkdirSync(resolve(dataDir), { recursive: true });
  let lock: PortalLock = { ...wanted, pid: process.pid, startedAt: new Date().toISOString() };
  let tookOver: PortalLock | undefined;
  for (let attempt = 0; ; attempt++) {
    const aside = writeAside(dataDir, lock);
    try {
      linkSync(aside, lockPath(dataDir));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw error;
    } finally {
      rmSync(aside, { force: true });
    }
    const existing = readLock(dataDir);
    if (existing && isAlive(existing.pid)) throw new DataDirHeld(dataDir, existing);
    if (existing && isDynamoDbLocal(existing.enginePid)) {
      throw new DataDirHeld(dataDir, existing, {
        ja: `前回の実行（pid ${existing.pid}、終了済み）が起動した DynamoDB Local（pid ${existing.enginePid}）が ${dataDir} を使い続けています。停止してから（kill ${existing.enginePid}）やり直してください。`,
        en: `DynamoDB Local (pid ${existing.enginePid}), started by an earlier run (pid ${existing.pid}, gone), still uses ${dataDir}. Stop it (kill ${existing.enginePid}) and try again.`,
      });
    }
    tookOver = existing;
    // Moved aside first: of two processes taking over the same stale lock, only one rename succeeds.
    const stale = `${lockPath(dataDir)}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
    try {
      renameSync(lockPath(dataDir), stale);
      rmSync(stale, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const ours = () => {
    const now = readLock(dataDir);
    return now?.pid === lock.pid && now.startedAt === lock.startedAt;
  };
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (ours()) rmSync(lockPath(dataDir), { force: true });
  };
  process.on('exit', release);
  return {
    tookOver,
    update(patch) {
      if (released || !ours()) return;
      lock = { ...lock, ...patch, pid: lock.pid, startedAt: lock.startedAt };
      renameSync(writeAside(dataDir, lock), lockPath(dataDir));
    },
    release,
  };
}
