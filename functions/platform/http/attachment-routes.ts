import { OpenAPIHono, type z } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../../shared/api/errors';
import type { Principal, Role } from '../../../shared/auth/roles';
import { attachmentRequestSchema, attachmentSchema, attachmentUploadSchema, signedRequestSchema } from '../../../shared/files/attachments';
import type { AppEnv } from '../auth/context';
import { attachmentDownload, confirmAttachmentUpload, removeAttachment, requestAttachmentUpload, type AttachmentThread } from '../files/attachments';
import { jsonBody, jsonResponse, securedRoute, z as zod } from './route';
import { validationHook } from './validation-hook';

/**
 * The four routes of a thread's files, the same for every feature:
 *   POST   {path}                        register a file → 201 { attachment, upload } (a signed PUT)
 *   POST   {path}/{attachmentId}/confirm  the upload arrived → 200 attachment (checked against its declared type)
 *   GET    {path}/{attachmentId}          → 200 a signed GET
 *   DELETE {path}/{attachmentId}          → 204
 * `path` is an OpenAPI path with the thread's own parameters, e.g. `/api/consultations/{consultationId}/attachments`,
 * whose zod schema is `params`. `open` finds the thread and decides: for `read`, may the principal read it (else it
 * throws not-found); for `change`, may they add or remove files now (else it throws forbidden or conflict).
 * The thread's files themselves are listed by the feature (listAttachments) with the thread.
 */
export interface AttachmentRouteOptions<P extends z.ZodObject> {
  path: string;
  params: P;
  /** Who may call the routes at all (x-roles); `open` narrows it to the thread. */
  readRoles: readonly Role[];
  changeRoles: readonly Role[];
  /** What the files are, for the document's summaries: 「相談の添付ファイル」. */
  subject: { ja: string; en: string };
  open: (params: z.infer<P>, principal: Principal, prefCode: string, intent: 'read' | 'change') => Promise<AttachmentThread>;
}

const conflict = jsonResponse('Changed by someone else first, expired, or the thread no longer takes changes (the reason is named)', apiErrorSchema);
const missing = jsonResponse('No such file or thread, or not visible to the caller', apiErrorSchema);

export function attachmentRoutes<P extends z.ZodObject>(options: AttachmentRouteOptions<P>): OpenAPIHono<AppEnv> {
  const { path, readRoles, changeRoles, subject, open } = options;
  // Seen through a concrete shape: route typing cannot follow a generic schema. `open` gets what `params` parsed.
  const params = options.params as unknown as z.ZodObject<Record<string, z.ZodString>>;
  const fileParams = params.extend({ attachmentId: zod.uuid() });
  const file = `${path}/{attachmentId}`;
  /** The thread's own parameters, and the file's id apart. */
  const split = (all: Record<string, unknown>) => {
    const { attachmentId, ...rest } = all as { attachmentId: string } & Record<string, unknown>;
    return { attachmentId, thread: rest as z.infer<P> };
  };
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(
      securedRoute(changeRoles, {
        method: 'post',
        path,
        summary: `${subject.ja}の登録 / Register a file (${subject.en}) and get a presigned upload URL (5 minutes)`,
        description:
          'PDF, PNG, JPEG, CSV, text and Office files up to 10 MB; the name must end in an extension of the declared type, with no second extension before it. ' +
          'The number of files per thread is limited, counting uploads not yet confirmed; an upload not confirmed within 15 minutes is cancelled. Confirm after uploading.',
        request: { params, body: jsonBody(attachmentRequestSchema) },
        responses: { 201: jsonResponse('The pending file and where to PUT it', attachmentUploadSchema), 404: missing, 409: conflict },
      }),
      async (c) => {
        const principal = c.get('principal');
        const thread = await open(c.req.valid('param') as z.infer<P>, principal, c.get('prefCode'), 'change');
        return c.json(await requestAttachmentUpload(thread, c.req.valid('json'), principal), 201);
      },
    )
    .openapi(
      securedRoute(changeRoles, {
        method: 'post',
        path: `${file}/confirm`,
        summary: `${subject.ja}の確定 / Confirm an upload (${subject.en}): it must have arrived with the declared size and be of the declared type`,
        description:
          'Once: parallel confirmations get one 200 and 409s. 400 (and the upload removed) when the content is not of the declared type (first bytes; text must be UTF-8 or Shift_JIS) or is a program; ' +
          '409 when the upload expired or the thread no longer takes changes. The confirmed file is kept where the upload URL cannot reach it.',
        request: { params: fileParams },
        responses: { 200: jsonResponse('The stored file', attachmentSchema), 404: missing, 409: conflict },
      }),
      async (c) => {
        const principal = c.get('principal');
        const { attachmentId, thread } = split(c.req.valid('param'));
        return c.json(await confirmAttachmentUpload(await open(thread, principal, c.get('prefCode'), 'change'), attachmentId, principal), 200);
      },
    )
    .openapi(
      securedRoute(readRoles, {
        method: 'get',
        path: file,
        summary: `${subject.ja}のダウンロードURL / A presigned download URL for a file (${subject.en}), 5 minutes`,
        request: { params: fileParams },
        responses: { 200: jsonResponse('Where to GET the file', signedRequestSchema), 404: missing },
      }),
      async (c) => {
        const { attachmentId, thread } = split(c.req.valid('param'));
        return c.json(await attachmentDownload(await open(thread, c.get('principal'), c.get('prefCode'), 'read'), attachmentId), 200);
      },
    )
    .openapi(
      securedRoute(changeRoles, {
        method: 'delete',
        path: file,
        summary: `${subject.ja}の削除 / Remove a confirmed file (${subject.en}); 409 while its upload is not confirmed`,
        request: { params: fileParams },
        responses: { 204: { description: 'Removed' }, 404: missing, 409: conflict },
      }),
      async (c) => {
        const principal = c.get('principal');
        const { attachmentId, thread } = split(c.req.valid('param'));
        await removeAttachment(await open(thread, principal, c.get('prefCode'), 'change'), attachmentId, principal);
        return c.body(null, 204);
      },
    );
}
