import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors, type Interaction, type Provider } from 'oidc-provider';
import { findUser } from '../../features/users';
import { config } from '../../platform/config';

/** The sign-in page's form posts here (`<form method="post" action="/oidc/interaction/<uid>/login">`). */
export const LOGIN_FORM_PATH = /^\/oidc\/interaction\/([A-Za-z0-9_-]{1,64})\/login$/;

/** A form of one field needs no more than this; anything longer is not the sign-in page's. */
const MAX_FORM_BYTES = 4096;

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > MAX_FORM_BYTES) return new URLSearchParams();
  }
  return new URLSearchParams(body);
}

function backToPicker(res: ServerResponse, query: Record<string, string>): void {
  res.statusCode = 303;
  res.setHeader('Location', `/login?${new URLSearchParams(query)}`);
  res.setHeader('Cache-Control', 'no-store');
  res.end();
}

/**
 * Finishes the provider's sign-in interaction with the user picked on the web app's sign-in page (a demo user
 * picker: anyone may be anyone locally). A user without an active record, or an interaction that has expired or
 * belongs to another sign-in of this browser, goes back to the page with the reason, which it shows.
 */
export async function finishLogin(provider: Provider, req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
  let interaction: Interaction;
  try {
    interaction = await provider.interactionDetails(req, res);
  } catch (error) {
    if (error instanceof errors.SessionNotFound) return backToPicker(res, { error: 'expired' });
    throw error;
  }
  if (interaction.uid !== uid) return backToPicker(res, { error: 'expired' });
  const userId = (await readForm(req)).get('userId') ?? '';
  const user = userId && userId.length <= 64 ? await findUser(config().homePrefecture, userId) : undefined;
  if (!user) return backToPicker(res, { uid, error: 'unknown_user' });
  if (user.status !== 'active') return backToPicker(res, { uid, error: 'disabled' });
  await provider.interactionFinished(req, res, { login: { accountId: user.userId } }, { mergeWithLastSubmission: false });
}
