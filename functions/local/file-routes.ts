import { OpenAPIHono } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../shared/api/errors';
import { PENDING_PREFIX } from '../platform/files/file-store';
import { decodeGrant, LocalFileStore } from '../platform/files/local-file-store';
import { DomainError } from '../../shared/errors';
import { jsonResponse, openRoute, z } from '../platform/http/route';
import { validationHook } from '../platform/http/validation-hook';

const params = z.object({ token: z.string().min(10).max(2000) });
const refused = () =>
  new DomainError('forbidden', 'bad_signature', {
    ja: 'このURLは無効か、有効期限（5分）が切れています。画面からもう一度操作してください。',
    en: 'This link is invalid or has expired (5 minutes). Try again from the page.',
  });

/**
 * The local stand-in for S3's presigned URLs (FILE_STORE=local only; never in
 * the deployed stack). The signed token in the path is the authorization, as
 * with S3: it allows one operation on one file for five minutes.
 */
export const localFileRoutes = new OpenAPIHono({ defaultHook: validationHook })
  .openapi(
    openRoute({
      method: 'put',
      path: '/api/local-files/{token}',
      summary: 'ローカルのファイル保存 / Local upload to a signed URL (stand-in for S3)',
      request: { params },
      responses: { 200: jsonResponse('Stored', z.object({ stored: z.literal(true) })), 403: jsonResponse('Bad or expired signature', apiErrorSchema) },
    }),
    async (c) => {
      const grant = decodeGrant(c.req.valid('param').token);
      if (!grant || grant.op !== 'put') throw refused();
      if (c.req.header('content-type') !== grant.contentType) {
        throw new DomainError('invalid', 'wrong_type', { ja: 'ファイルの種類が申告と違います。', en: 'The file type differs from the one declared.' });
      }
      const body = new Uint8Array(await c.req.arrayBuffer());
      if (body.byteLength !== grant.size) {
        throw new DomainError('invalid', 'wrong_size', { ja: 'ファイルの大きさが申告と違います。', en: 'The file size differs from the one declared.' });
      }
      // Grants are only signed for pending keys; a key elsewhere (a confirmed file) is never written through a URL.
      if (!grant.key.startsWith(PENDING_PREFIX)) throw refused();
      await new LocalFileStore().write(grant.key, body);
      return c.json({ stored: true as const }, 200);
    },
  )
  .openapi(
    openRoute({
      method: 'get',
      path: '/api/local-files/{token}',
      summary: 'ローカルのファイル取得 / Local download from a signed URL (stand-in for S3)',
      request: { params },
      responses: { 200: { description: 'The file' }, 403: jsonResponse('Bad or expired signature', apiErrorSchema) },
    }),
    async (c) => {
      const grant = decodeGrant(c.req.valid('param').token);
      if (!grant || grant.op !== 'get') throw refused();
      const file = await new LocalFileStore().read(grant.key).catch(() => undefined);
      if (!file) throw new DomainError('not_found', 'not_found', { ja: 'ファイルが見つかりません。', en: 'The file was not found.' });
      return c.body(new Uint8Array(file), 200, {
        'content-type': grant.contentType,
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(grant.fileName ?? 'file')}`,
        'cache-control': 'private, no-store',
      });
    },
  );
