/**
 * Where the provider sends the browser back: fixed paths of the web app, registered with the provider. Apart from
 * shared/auth/web-config.ts so the web app can use them without bundling zod into its sign-in chunk.
 */
export const SIGN_IN_CALLBACK_PATH = '/auth/callback';
export const SIGNED_OUT_PATH = '/signed-out';
