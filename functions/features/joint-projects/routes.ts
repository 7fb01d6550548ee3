import { OpenAPIHono } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../../shared/api/errors';
import { auditListSchema } from '../../../shared/api/plans';
import { linkedProjectsSchema, projectListSchema, projectOverviewSchema, projectSaveSchema } from '../../../shared/api/joint-projects';
import { jointProjectSchema } from '../../../shared/joint-projects/definition';
import { participationSchema, participationUpdateSchema } from '../../../shared/joint-projects/participation';
import type { AppEnv } from '../../platform/auth/context';
import { ANY_ROLE, jsonBody, jsonResponse, PREFECTURE_ROLES, securedRoute } from '../../platform/http/route';
import { validationHook } from '../../platform/http/validation-hook';
import { projectHistory, saveProject } from './joint-project-catalogue';
import { setParticipation } from './participation';
import { projectOverview, projectPage, projectsForMeasure } from './project-overview';
import { orgCodeParam, projectParams } from './params';
import { progressReportRoutes } from './progress-report-routes';
import { measureParams, pageQuery } from '../../platform/http/params';

/**
 * Joint projects (協働事業): definitions, the participation board, effects and
 * deadlines, then the municipalities' progress reports on them.
 */
export const jointProjectRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: '/api/joint-projects',
      summary: '協働事業の一覧 / The joint projects',
      request: { query: pageQuery },
      responses: { 200: jsonResponse('One page of the prefecture’s projects, in id order', projectListSchema) },
    }),
    async (c) => {
      const { limit = 100, cursor } = c.req.valid('query');
      return c.json(await projectPage(c.get('principal'), c.get('prefCode'), limit, cursor), 200);
    },
  )
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: '/api/joint-projects/{projectId}',
      summary: '協働事業の状況 / A project: participants by phase, effects, the current period’s deadline status, overdue reports',
      description: 'Municipal staff and council members see other municipalities’ phases and approved reports only; deadline status covers what the caller is accountable for.',
      request: { params: projectParams },
      responses: { 200: jsonResponse('The project overview', projectOverviewSchema), 404: jsonResponse('Unknown project', apiErrorSchema) },
    }),
    async (c) => c.json(await projectOverview(c.req.valid('param').projectId, c.get('principal')), 200),
  )
  .openapi(
    securedRoute(['prefecture_admin'], {
      method: 'put',
      path: '/api/joint-projects/{projectId}',
      summary: '協働事業の登録・変更 / Add or change a project (administrators)',
      request: { params: projectParams, body: jsonBody(projectSaveSchema) },
      responses: { 200: jsonResponse('The saved project', jointProjectSchema), 409: jsonResponse('Someone else changed it first', apiErrorSchema) },
    }),
    async (c) => {
      const { version, project } = c.req.valid('json');
      return c.json(await saveProject(c.req.valid('param').projectId, project, version, c.get('principal')), 200);
    },
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'put',
      path: '/api/joint-projects/{projectId}/participants/{orgCode}',
      summary: '参加団体のフェーズ変更 / Add a municipality to a project or move it to another phase',
      request: { params: projectParams.extend({ orgCode: orgCodeParam }), body: jsonBody(participationUpdateSchema) },
      responses: { 200: jsonResponse('The participation', participationSchema), 409: jsonResponse('Someone else changed it first', apiErrorSchema) },
    }),
    async (c) => {
      const { projectId, orgCode } = c.req.valid('param');
      return c.json(await setParticipation(projectId, orgCode, c.req.valid('json'), c.get('principal')), 200);
    },
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'get',
      path: '/api/joint-projects/{projectId}/history',
      summary: '協働事業の変更履歴 / Who changed the project definition, when, from what to what',
      request: { params: projectParams, query: pageQuery },
      responses: { 200: jsonResponse('One page of history, newest first', auditListSchema) },
    }),
    async (c) => c.json(await projectHistory(c.req.valid('param'), c.get('principal'), c.get('prefCode'), c.req.valid('query')), 200),
  )
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: '/api/plans/{planId}/measures/{measureNo}/joint-projects',
      summary: '施策に関連する協働事業 / The joint projects serving a plan measure',
      request: { params: measureParams },
      responses: { 200: jsonResponse('Linked projects with effects and latest approved reports', linkedProjectsSchema) },
    }),
    async (c) => {
      const { planId, measureNo } = c.req.valid('param');
      return c.json(await projectsForMeasure(planId, measureNo, c.get('principal')), 200);
    },
  )
  .route('/', progressReportRoutes);
