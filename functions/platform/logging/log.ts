/**
 * The portal's structured log: one JSON object per line in Lambda, a short
 * human-readable line locally.
 *
 * Why not Powertools Logger: it adds 23 KB minified to the API bundle
 * (Logger and Metrics together 33 KB), which would take the bundle from
 * 380 KB past its 400 KB budget. This module writes the same kind of line in
 * about 1 KB and follows Lambda's contract for "other logging methods": a JSON
 * object on stdout with `level` and an RFC 3339 `timestamp`, so Lambda's
 * log-level filtering (AWS_LAMBDA_LOG_LEVEL) and Logs Insights' field
 * discovery work on it.
 *
 * Callers pass only the fields they choose (an allow-list by construction):
 * never tokens, headers, request bodies, names or e-mail addresses.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogValue = string | number | boolean | null | undefined;
export type LogFields = Record<string, LogValue>;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface LogSettings {
  level: LogLevel;
  format: 'json' | 'text';
  /** Which function wrote the line (`api`, `reminders`), for queries across log groups. */
  service: string;
  write: (line: string, level: Exclude<LogLevel, 'silent'>) => void;
}

const parseLevel = (value: string | undefined): LogLevel | undefined => {
  const level = value?.toLowerCase();
  return level && Object.hasOwn(RANK, level) ? (level as LogLevel) : level === 'warning' ? 'warn' : undefined;
};

/**
 * Lambda (AWS_LAMBDA_FUNCTION_NAME is set): JSON from INFO up. Locally warnings
 * and errors only, so `npm start` and the benchmarks stay quiet; under vitest
 * errors only, so deliberate 503s in tests print nothing. LOG_LEVEL overrides.
 */
export function defaultLogSettings(env: NodeJS.ProcessEnv = process.env): LogSettings {
  const inLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME);
  return {
    level: parseLevel(env.LOG_LEVEL ?? env.AWS_LAMBDA_LOG_LEVEL) ?? (inLambda ? 'info' : env.VITEST ? 'error' : 'warn'),
    format: inLambda ? 'json' : 'text',
    service: 'api',
    // process.stdout directly, not console: Lambda's JSON log format would wrap a console line's JSON in a `message` string.
    write: (line, level) => (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${line}\n`),
  };
}

let settings: LogSettings | undefined;

/** Changes where and how lines go (the reminder job names its service; tests capture lines). Returns the previous settings. */
export function configureLogging(patch: Partial<LogSettings>): LogSettings {
  const previous = currentSettings();
  settings = { ...previous, ...patch };
  return previous;
}

function currentSettings(): LogSettings {
  settings ??= defaultLogSettings();
  return settings;
}

/** The service name lines are written under. */
export const logService = (): string => currentSettings().service;

export function isLogged(level: Exclude<LogLevel, 'silent'>): boolean {
  return RANK[level] >= RANK[currentSettings().level];
}

// Control characters in a text line would let a crafted value forge a second log line.
const printable = (value: LogValue) => String(value).replace(/[\u0000-\u001f\u007f]/g, ' ');

function emit(level: Exclude<LogLevel, 'silent'>, message: string, fields: LogFields): void {
  const s = currentSettings();
  if (!isLogged(level)) return;
  if (s.format === 'json') {
    // JSON.stringify escapes newlines, so a value cannot start a line of its own here.
    s.write(JSON.stringify({ level: level.toUpperCase(), timestamp: new Date().toISOString(), service: s.service, message, ...fields }), level);
    return;
  }
  const { stack, ...rest } = fields;
  const pairs = Object.entries(rest)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}=${printable(v)}`);
  const time = new Date().toISOString().slice(11, 23);
  s.write([`${time} ${level.toUpperCase()} [${s.service}] ${printable(message)}`, ...pairs].join(' ') + (stack ? `\n${stack}` : ''), level);
}

export const log = {
  debug: (message: string, fields: LogFields = {}) => emit('debug', message, fields),
  info: (message: string, fields: LogFields = {}) => emit('info', message, fields),
  warn: (message: string, fields: LogFields = {}) => emit('warn', message, fields),
  error: (message: string, fields: LogFields = {}) => emit('error', message, fields),
};

// SES rejections quote the recipient ("…failed the check: someone@city.lg.jp"): personal data. Token by token rather
// than one regular expression, which would backtrack over long runs without an @; `/@aws-sdk/` in a stack path is kept.
const looksLikeEmail = (token: string) => {
  const at = token.indexOf('@');
  return at > 0 && token[at - 1] !== '/' && token.indexOf('.', at) > at + 1;
};
const withoutEmails = (text: string) =>
  text
    .split(/(\s+)/)
    .map((token) => (looksLikeEmail(token) ? '<email>' : token))
    .join('');

/** An error's name, message and stack for a log line: e-mail addresses masked, the message cut to 1,000 characters. */
export function errorFields(error: unknown, options: { stack?: boolean } = {}): LogFields {
  const e = error instanceof Error ? error : new Error(String(error));
  return {
    errorName: e.name,
    errorMessage: withoutEmails(e.message.slice(0, 1000)),
    stack: options.stack && e.stack ? withoutEmails(e.stack) : undefined,
  };
}

/** Writes an already-built JSON object as one line (EMF documents), regardless of level: metrics must not be filtered away. */
export function writeJsonLine(document: Record<string, unknown>): void {
  const s = currentSettings();
  if (s.format === 'json') s.write(JSON.stringify(document), 'info');
}
