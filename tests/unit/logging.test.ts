import { afterEach, describe, expect, it } from 'vitest';
import { configureLogging, defaultLogSettings, errorFields, log, type LogSettings } from '../../functions/platform/logging/log';
import { emitMetrics } from '../../functions/platform/logging/metrics';

const original = configureLogging({});
afterEach(() => {
  configureLogging(original);
});

function capture(patch: Partial<LogSettings>) {
  const lines: string[] = [];
  configureLogging({ service: 'api', ...patch, write: (line) => lines.push(line) });
  return lines;
}

describe('where logs go and how much', () => {
  it('JSON from INFO up in Lambda; quiet locally (warnings) and in tests (errors); LOG_LEVEL or Lambda’s own level wins', () => {
    expect(defaultLogSettings({ AWS_LAMBDA_FUNCTION_NAME: 'fn' })).toMatchObject({ format: 'json', level: 'info' });
    expect(defaultLogSettings({ AWS_LAMBDA_FUNCTION_NAME: 'fn', AWS_LAMBDA_LOG_LEVEL: 'WARN' })).toMatchObject({ level: 'warn' });
    expect(defaultLogSettings({})).toMatchObject({ format: 'text', level: 'warn' });
    expect(defaultLogSettings({ VITEST: 'true' })).toMatchObject({ level: 'error' });
    expect(defaultLogSettings({ VITEST: 'true', LOG_LEVEL: 'debug' })).toMatchObject({ level: 'debug' });
    expect(defaultLogSettings({ LOG_LEVEL: 'toString' })).toMatchObject({ level: 'warn' });
  });

  it('drops lines below the level', () => {
    const lines = capture({ level: 'warn', format: 'json' });
    log.info('hidden');
    log.warn('shown');
    expect(lines.map((l) => JSON.parse(l).message)).toEqual(['shown']);
  });

  it('locally, one readable line per event: a value cannot forge a second line', () => {
    const lines = capture({ level: 'info', format: 'text' });
    log.info('request', { route: '/api/x', status: 200, role: undefined, orgCode: '141003\nINFO [api] forged' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/INFO \[api\] request route=\/api\/x status=200 orgCode=141003 INFO \[api\] forged$/);
    expect(lines[0]).not.toContain('\n');
  });

  it('metrics (EMF) are written in Lambda only: locally they would be noise', () => {
    const local = capture({ level: 'info', format: 'text' });
    emitMetrics({ ReminderRunFailed: { value: 1, unit: 'Count' } });
    expect(local).toEqual([]);
    const lambda = capture({ level: 'error', format: 'json' });
    emitMetrics({ ReminderRunFailed: { value: 1, unit: 'Count' } });
    expect(JSON.parse(lambda[0]!)).toMatchObject({ service: 'api', ReminderRunFailed: 1, _aws: { CloudWatchMetrics: [{ Namespace: 'KanagawaDxPortal' }] } });
  });
});

describe('errors in the log', () => {
  it('mask e-mail addresses (SES quotes recipients) but keep package paths in the stack', () => {
    const error = new Error('Email address is not verified. The following identities failed the check in region AP-NORTHEAST-1: kikaku@city.example.lg.jp, "a.b@c.jp"');
    error.stack = `MessageRejected: ${error.message}\n    at /var/runtime/node_modules/@aws-sdk/client-sesv2/dist-cjs/index.js:1:2`;
    const fields = errorFields(error, { stack: true });
    expect(JSON.stringify(fields)).not.toMatch(/kikaku|a\.b@/);
    expect(fields.errorMessage).toContain('<email>');
    expect(fields.stack).toContain('/@aws-sdk/client-sesv2/');
    expect(errorFields(error).stack).toBeUndefined();
  });

  it('take linear time on 100 KB adversarial messages', () => {
    for (const text of ['a'.repeat(100_000), `${'a@'.repeat(50_000)}`, `${' '.repeat(99_999)}@`, `x${'@.'.repeat(50_000)}`]) {
      const error = new Error(text);
      error.stack = text;
      const started = performance.now();
      errorFields(error, { stack: true });
      expect(performance.now() - started).toBeLessThan(50);
    }
  });
});
