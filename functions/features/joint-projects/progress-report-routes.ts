import { OpenAPIHono } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../../shared/api/errors';
import { auditListSchema } from '../../../shared/api/plans';
import {
  commentRequestSchema,
  progressReportSchema,
  reportCommentSchema,
  reportSaveSchema,
  reportViewSchema,
  transitionRequestSchema,
} from '../../../shared/api/joint-projects';
import { attachmentRequestSchema, attachmentSchema, attachmentUploadSchema, signedRequestSchema } from '../../../shared/files/attachments';
import type { AppEnv } from '../../platform/auth/context';
import { ANY_ROLE, jsonBody, jsonResponse, PREFECTURE_ROLES, securedRoute, z } from '../../platform/http/route';
import { validationHook } from '../../platform/http/validation-hook';
import { confirmUpload, downloadLink, removeAttachment, requestUpload } from './report-attachments';
import { addComment, reportHistory, reviewQueue, saveReport, transitionReport, viewReport } from './report-workflow';
import { reportParams } from './params';
import { pageQuery } from '../../platform/http/params';

const attachmentParams = reportParams.extend({ attachmentId: z.uuid() });
const REPORT = '/api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}';
/** Municipal staff write their own reports; prefecture staff review; council members only read. */
const WORKFLOW_ROLES = ['prefecture_admin', 'prefecture_staff', 'municipal_staff'] as const;
const conflict = jsonResponse('Changed by someone else first, or not possible in the report’s state (the allowed actions are named)', apiErrorSchema);

/** Municipalities' progress reports on joint projects: draft → submit → approve or return → resubmit. */
export const progressReportRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: REPORT,
      summary: '進捗報告 / A report with the actions the caller may take, its comments and files',
      description: 'Other municipalities and council members see approved reports only (else 404).',
      request: { params: reportParams },
      responses: { 200: jsonResponse('The report', reportViewSchema), 404: jsonResponse('No such report, or not visible to the caller', apiErrorSchema) },
    }),
    async (c) => c.json(await viewReport(c.req.valid('param'), c.get('principal')), 200),
  )
  .openapi(
    securedRoute(['municipal_staff'], {
      method: 'put',
      path: REPORT,
      summary: '進捗報告の下書き保存 / Save the municipality’s report (a new one starts as a draft)',
      request: { params: reportParams, body: jsonBody(reportSaveSchema) },
      responses: { 200: jsonResponse('The saved report', progressReportSchema), 409: conflict },
    }),
    async (c) => c.json(await saveReport(c.req.valid('param'), c.req.valid('json'), c.get('principal')), 200),
  )
  .openapi(
    securedRoute(WORKFLOW_ROLES, {
      method: 'post',
      path: `${REPORT}/transitions`,
      summary: '提出・承認・差戻し / Submit (municipality), approve, return or reopen (prefecture) a report',
      request: { params: reportParams, body: jsonBody(transitionRequestSchema) },
      responses: { 200: jsonResponse('The report after the transition', progressReportSchema), 409: conflict },
    }),
    async (c) => c.json(await transitionReport(c.req.valid('param'), c.req.valid('json'), c.get('principal')), 200),
  )
  .openapi(
    securedRoute(WORKFLOW_ROLES, {
      method: 'post',
      path: `${REPORT}/comments`,
      summary: 'コメント / Comment on a report (the municipality or a reviewer)',
      request: { params: reportParams, body: jsonBody(commentRequestSchema) },
      responses: { 200: jsonResponse('The comment', reportCommentSchema) },
    }),
    async (c) => c.json(await addComment(c.req.valid('param'), c.req.valid('json').text, c.get('principal')), 200),
  )
  .openapi(
    securedRoute(WORKFLOW_ROLES, {
      method: 'get',
      path: `${REPORT}/history`,
      summary: '報告の変更履歴 / Every change of the report: who, when, before, after',
      request: { params: reportParams, query: pageQuery },
      responses: { 200: jsonResponse('One page of history, newest first', auditListSchema) },
    }),
    async (c) => c.json(await reportHistory(c.req.valid('param'), c.get('principal'), c.get('prefCode'), c.req.valid('query')), 200),
  )
  .openapi(
    securedRoute(['municipal_staff'], {
      method: 'post',
      path: `${REPORT}/attachments`,
      summary: '添付ファイルの登録 / Register an evidence file and get a presigned upload URL (5 minutes)',
      description:
        'PDF, PNG, JPEG, CSV, text and Office files up to 10 MB; the name must end in an extension of the declared type, with no second extension before it. ' +
        'At most 10 per report, counting uploads not yet confirmed; an upload not confirmed within 15 minutes is cancelled. Confirm after uploading.',
      request: { params: reportParams, body: jsonBody(attachmentRequestSchema) },
      responses: { 200: jsonResponse('The pending attachment and where to PUT the file', attachmentUploadSchema), 409: conflict },
    }),
    async (c) => c.json(await requestUpload(c.req.valid('param'), c.req.valid('json'), c.get('principal')), 200),
  )
  .openapi(
    securedRoute(['municipal_staff'], {
      method: 'post',
      path: `${REPORT}/attachments/{attachmentId}/confirm`,
      summary: '添付ファイルの確定 / Confirm an upload (the file must have arrived with the declared size, and its content must be of the declared type)',
      description:
        'Once: parallel confirmations get one 200 and 409s. 400 (and the upload removed) when the content is not of the declared type (first bytes; text must be UTF-8 or Shift_JIS) or is a program; ' +
        '409 when the upload expired or the report is no longer being edited. The confirmed file is kept where the upload URL cannot reach it.',
      request: { params: attachmentParams },
      responses: { 200: jsonResponse('The stored attachment', attachmentSchema), 409: conflict },
    }),
    async (c) => {
      const { attachmentId, ...key } = c.req.valid('param');
      return c.json(await confirmUpload(key, attachmentId, c.get('principal')), 200);
    },
  )
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: `${REPORT}/attachments/{attachmentId}`,
      summary: '添付ファイルのダウンロードURL / A presigned download URL (5 minutes)',
      request: { params: attachmentParams },
      responses: { 200: jsonResponse('Where to GET the file', signedRequestSchema), 404: jsonResponse('No such file, or not visible', apiErrorSchema) },
    }),
    async (c) => {
      const { attachmentId, ...key } = c.req.valid('param');
      return c.json(await downloadLink(key, attachmentId, c.get('principal')), 200);
    },
  )
  .openapi(
    securedRoute(['municipal_staff'], {
      method: 'delete',
      path: `${REPORT}/attachments/{attachmentId}`,
      summary: '添付ファイルの削除 / Remove a confirmed file from a report still being edited (409 while its upload is not confirmed)',
      request: { params: attachmentParams },
      responses: { 200: jsonResponse('Removed', z.object({ removed: z.literal(true) })), 409: conflict },
    }),
    async (c) => {
      const { attachmentId, ...key } = c.req.valid('param');
      await removeAttachment(key, attachmentId, c.get('principal'));
      return c.json({ removed: true as const }, 200);
    },
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'get',
      path: '/api/joint-project-reports/awaiting-review',
      summary: '確認待ちの報告 / Reports awaiting review across projects, oldest submission first',
      request: { query: pageQuery },
      responses: { 200: jsonResponse('One page of submitted reports', z.object({ items: z.array(progressReportSchema), nextCursor: z.string().optional() })) },
    }),
    async (c) => {
      const { limit = 50, cursor } = c.req.valid('query');
      return c.json(await reviewQueue(c.get('prefCode'), limit, cursor), 200);
    },
  );
