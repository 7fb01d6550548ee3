/**
 * The part of oidc-provider (panva, ESM, no type declarations of its own) that the local OpenID provider uses.
 * Its configuration is checked by the provider itself when it starts (tests/api/local-openid-provider.test.ts).
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface Interaction {
    uid: string;
    prompt: { name: string; reasons: string[] };
    params: Record<string, unknown>;
    returnTo: string;
  }

  export interface Grant {
    jti: string;
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  export interface Client {
    clientId: string;
    grantTypeAllowed(type: string): boolean;
  }

  /** The Koa context the provider's hooks receive, as far as they read it. */
  export interface OidcContext {
    oidc: {
      client?: Client;
      account?: { accountId: string };
      session?: { accountId?: string; authTime(): number | undefined; grantIdFor(clientId: string): string | undefined };
      result?: { consent?: { grantId?: string } };
      entities: Record<string, { remainingTTL?: number } | undefined>;
      provider: Provider;
    };
    type: string;
    status: number;
    body: unknown;
    redirect(url: string): void;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Promise<Record<string, unknown>> | Record<string, unknown>;
  }

  export class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    readonly issuer: string;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    Grant: {
      new (properties: { accountId: string; clientId: string }): Grant;
      find(id: string): Promise<Grant | undefined>;
    };
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  export interface Check {
    reason: string;
  }

  export interface Prompt {
    name: string;
    checks: Check[];
  }

  export const interactionPolicy: {
    base(): Prompt[] & { get(name: string): Prompt | undefined };
    Check: {
      new (reason: string, description: string, check: (ctx: OidcContext) => boolean | Promise<boolean>): Check;
      REQUEST_PROMPT: boolean;
      NO_NEED_TO_PROMPT: boolean;
    };
  };

  export const errors: {
    SessionNotFound: new (description?: string) => Error;
  };

  export default Provider;
}

declare module 'oidc-provider/lib/adapters/memory_adapter.js' {
  /** The provider's in-memory storage; passed explicitly, it is used without the provider's start-up warning. */
  export function createMemoryAdapter(clockTolerance?: number): unknown;
}
