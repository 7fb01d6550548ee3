import { z } from 'zod';

/**
 * What the web app needs to know to sign people in, read at start from
 * `/config.json`: written beside the app by the CDK stack in AWS, answered by
 * the local server with the local OpenID provider's values. The web's sign-in
 * code is the same for both (OpenID Connect, authorization code with PKCE).
 */
export const webConfigSchema = z.object({
  auth: z.object({
    /** The OpenID issuer: Cognito's `https://cognito-idp.<region>.amazonaws.com/<pool id>`, or `<origin>/oidc` locally. */
    authority: z.string().url(),
    clientId: z.string().min(1),
    /**
     * Cognito's `/logout` on the user pool's domain: its discovery document names no end-session endpoint. Absent
     * for the local provider, whose discovery document has one.
     */
    signOutEndpoint: z.string().url().optional(),
    /** `cognito` in AWS, `local` for npm start: only what differs between their sign-out requests depends on it. */
    provider: z.enum(['cognito', 'local']),
  }),
});
export type WebConfig = z.infer<typeof webConfigSchema>;

export { SIGN_IN_CALLBACK_PATH, SIGNED_OUT_PATH } from './sign-in-paths';
