import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { config, overrideConfig } from '../../functions/platform/config';
import { configureLogging, type LogSettings } from '../../functions/platform/logging/log';
import { METRICS_NAMESPACE, REMINDER_METRICS } from '../../functions/platform/logging/metrics';
import { runReminderJob as reminderHandler } from '../../functions/reminder-job';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

/**
 * What an operator reads in CloudWatch: the lines are captured as Lambda
 * would write them (JSON), from the real app against DynamoDB Local.
 */
const api = apiClient();
let lines: Record<string, any>[] = [];
let previous: LogSettings;
const MARKER = 'body-marker-7f3a';
const YOKOHAMA_VALUE = '/api/shared-measures/open-data-datasets/periods/FY2024/values/141003';

/** As hono/aws-lambda passes them: API Gateway's request context and the Lambda context. */
const lambdaEnv = (requestId: string) => ({ requestContext: { requestId }, lambdaContext: { awsRequestId: `lambda-${requestId}` } });

async function callAsLambda(method: string, path: string, as: string | undefined, requestId: string, body?: unknown) {
  const headers: Record<string, string> = {};
  if (as) headers.authorization = `Bearer ${await api.token(as)}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return api.app.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }, lambdaEnv(requestId));
}

const requestLine = (requestId: string) => lines.find((l) => l.message === 'request' && l.requestId === requestId);

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true });
  previous = configureLogging({ level: 'info', format: 'json', service: 'api', write: (line) => lines.push(JSON.parse(line)) });
});
afterAll(() => {
  configureLogging(previous);
});
beforeEach(() => {
  lines = [];
  configureLogging({ service: 'api' });
});

describe('one structured line per API request', () => {
  it('names the request ids, method, route pattern, status, latency, and the caller’s role and organisation', async () => {
    const res = await callAsLambda('GET', '/api/shared-measures/open-data-datasets/periods/FY2024/comparison?q=secret-search', 'muni-141003', 'req-1');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('req-1');
    expect(requestLine('req-1')).toMatchObject({
      level: 'INFO',
      service: 'api',
      lambdaRequestId: 'lambda-req-1',
      method: 'GET',
      route: '/api/shared-measures/:measureId/periods/:period/comparison',
      status: 200,
      role: 'municipal_staff',
      orgCode: '141003',
    });
    expect(requestLine('req-1')!.latencyMs).toEqual(expect.any(Number));
    expect(new Date(requestLine('req-1')!.timestamp).toISOString()).toBe(requestLine('req-1')!.timestamp);
  });

  it('never holds the token, the user’s name or id, the query string or the request body', async () => {
    const token = await api.token('muni-141003');
    await callAsLambda('PUT', YOKOHAMA_VALUE, 'muni-141003', 'req-2', { version: 0, value: 1, note: MARKER, source: `${MARKER}@example.jp` });
    await callAsLambda('GET', '/api/shared-measures/open-data-datasets/periods/FY2024/comparison?q=secret-search', 'muni-141003', 'req-3');
    const text = JSON.stringify(lines);
    expect(requestLine('req-2')).toMatchObject({ method: 'PUT', role: 'municipal_staff', orgCode: '141003' });
    for (const secret of [token, token.split('.')[1]!, MARKER, 'secret-search', 'muni-141003', '横浜市', 'Bearer']) expect(text).not.toContain(secret);
  });

  it('logs an anonymous request without role, and a refused one with the error code the caller got', async () => {
    expect((await callAsLambda('GET', '/api/me', undefined, 'req-4')).status).toBe(401);
    expect(requestLine('req-4')).toMatchObject({ route: '/api/me', status: 401 });
    expect(requestLine('req-4')!.role).toBeUndefined();
    expect((await callAsLambda('PUT', '/api/joint-projects/x-y', 'council', 'req-5', { version: 0, project: {} })).status).toBe(403);
    expect(requestLine('req-5')).toMatchObject({ status: 403, role: 'council', orgCode: '140007', errorCode: 'forbidden' });
    expect(lines.some((l) => l.stack)).toBe(false);
  });

  it('an unknown path is logged by its route pattern, never the raw path a client made up', async () => {
    expect((await callAsLambda('GET', '/api/nowhere/%0aFAKE-LINE', 'council', 'req-6')).status).toBe(404);
    expect(requestLine('req-6')!.status).toBe(404);
    expect(JSON.stringify(lines)).not.toContain('FAKE-LINE');
  });

  it('gives a local request a fresh random id (no Lambda context)', async () => {
    const a = await api.get('/api/health');
    const b = await api.get('/api/health');
    expect(a.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });
});

describe('errors go through the same log', () => {
  it('a bug (500) is logged once at ERROR with its stack and the request’s id and route; the caller sees no stack', async () => {
    const table = config().tableName;
    overrideConfig({ tableName: 'no-such-table' });
    try {
      const res = await callAsLambda('GET', '/api/plans', 'council', 'req-7');
      expect(res.status).toBe(500);
      expect(await res.text()).not.toMatch(/stack|no-such-table/i);
    } finally {
      overrideConfig({ tableName: table });
    }
    const errors = lines.filter((l) => l.level === 'ERROR');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ message: 'unhandled error', requestId: 'req-7', route: '/api/plans', errorName: 'ResourceNotFoundException' });
    expect(errors[0]!.stack).toContain('ResourceNotFoundException');
    expect(requestLine('req-7')).toMatchObject({ status: 500, errorCode: 'internal_error', role: 'council' });
  });

  it('the database out of reach (503) is a warning naming the cause, without a stack', async () => {
    const endpoint = config().dynamodbEndpoint;
    overrideConfig({ dynamodbEndpoint: 'http://127.0.0.1:9' });
    try {
      expect((await callAsLambda('GET', '/api/plans', 'council', 'req-8')).status).toBe(503);
    } finally {
      overrideConfig({ dynamodbEndpoint: endpoint });
    }
    const warning = lines.find((l) => l.level === 'WARN');
    expect(warning).toMatchObject({ message: 'database unavailable', requestId: 'req-8', route: '/api/plans' });
    expect(warning!.stack).toBeUndefined();
    expect(requestLine('req-8')).toMatchObject({ status: 503, errorCode: 'unavailable' });
  });
});

describe('the reminder job reports its outcome as a log line and an EMF metric', () => {
  const emf = () => lines.filter((l) => l._aws);

  it('a finished run: counts, and ReminderRunFailed 0 in the portal’s namespace with the service dimension', async () => {
    const run = await reminderHandler({}, { awsRequestId: 'run-1' });
    expect(lines.find((l) => l.message === 'reminder run finished')).toMatchObject({ service: 'reminders', lambdaRequestId: 'run-1', notices: run.notices, emails: run.emails });
    const doc = emf()[0]!;
    expect(doc._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: METRICS_NAMESPACE,
        Dimensions: [['service']],
        Metrics: [
          { Name: REMINDER_METRICS.failed, Unit: 'Count' },
          { Name: REMINDER_METRICS.notices, Unit: 'Count' },
          { Name: REMINDER_METRICS.emails, Unit: 'Count' },
        ],
      },
    ]);
    expect(doc).toMatchObject({ service: 'reminders', [REMINDER_METRICS.failed]: 0, [REMINDER_METRICS.notices]: run.notices, [REMINDER_METRICS.emails]: run.emails });
  });

  it('a failed run: logged at ERROR, ReminderRunFailed 1, and thrown so Lambda counts the error and retries', async () => {
    const table = config().tableName;
    overrideConfig({ tableName: 'no-such-table' });
    try {
      await expect(reminderHandler({}, { awsRequestId: 'run-2' })).rejects.toThrow();
    } finally {
      overrideConfig({ tableName: table });
    }
    expect(lines.find((l) => l.level === 'ERROR')).toMatchObject({ message: 'reminder run failed', lambdaRequestId: 'run-2', errorName: 'ResourceNotFoundException' });
    expect(emf().map((d) => d[REMINDER_METRICS.failed])).toEqual([1]);
  });
});
