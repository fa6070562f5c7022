// The console's one way to the api: POST /graphql with the session's token, typed by the generated documents.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { CurrentUserFragment } from './graphql/generated';
import { t } from './messages';

export interface Session {
  token: string;
  expiresAt: string;
  user: CurrentUserFragment;
}

const SESSION_KEY = 'gridhr.session';

/** The token lives in sessionStorage: it ends with the browser tab, and is never in a cookie. */
export const session = {
  get(): Session | null {
    try {
      const value = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as Session | null;
      return value && Date.parse(value.expiresAt) > Date.now() ? value : null;
    } catch {
      return null; // unreadable: sign in again
    }
  },
  set(value: Session): void {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(value));
  },
  clear(): void {
    sessionStorage.removeItem(SESSION_KEY);
  },
};

/** An error as the api gave it: its message is shown as is, its code and reason decide what the console does. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly reason?: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

type Listener = () => void;
let onSignedOut: Listener = () => undefined;
/** Called when the api no longer accepts the session's token. */
export function whenSignedOut(listener: Listener): void {
  onSignedOut = listener;
}

/** Sends one operation; `as` is a token other than the session's (the one-time sign-in before a password change). */
export async function request<R, V>(document: DocumentTypeDecoration<R, V>, variables: V, as?: { token: string }): Promise<R> {
  const token = as?.token ?? session.get()?.token;
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError(t.common.networkError, 'NETWORK');
  }
  const body = (await response.json().catch(() => null)) as { data?: R; errors?: { message: string; extensions?: Record<string, string> }[] } | null;
  const error = body?.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    if (code === 'UNAUTHENTICATED' && token) {
      session.clear();
      onSignedOut();
    }
    throw new ApiError(error.message, code, error.extensions?.reason, error.extensions?.field);
  }
  if (!body?.data) throw new ApiError(t.common.networkError, `HTTP_${response.status}`);
  return body.data;
}

/** The text to show for a failure: the api's own message, prefixed by what kind of refusal it is. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const kind = error.code ? t.errors[error.code] : undefined;
    return kind && kind !== error.message ? `${kind}：${error.message}` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
