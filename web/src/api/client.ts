import createClient from 'openapi-fetch';
import type { components, paths } from './openapi';

/** The typed client of the platform's HTTP API; paths and bodies come from openapi.json. */
export const api = createClient<paths>({ baseUrl: '' });

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
let csrfToken: string | null = null;

/** The CSRF token of the current cookie session (null when logged out); the session state keeps it current. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token for a request the typed client does not make (an upload through XMLHttpRequest). */
export function csrfTokenNow(): string | null {
  return csrfToken;
}

// A change made with the session cookie must prove it came from these pages: the server refuses it (403 csrf)
// without the session's token in this header. Added here once, so no caller can forget it.
api.use({
  onRequest({ request }) {
    if (csrfToken && !SAFE_METHODS.has(request.method.toUpperCase())) request.headers.set(CSRF_HEADER, csrfToken);
    return request;
  },
});

export type Schemas = components['schemas'];

/** An error the API answered with (`{"error":{"code","message","details"}}`), or a failure to reach it. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(message: string, status: number, code: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

function isErrorBody(value: unknown): value is { error: { code: string; message: string; details?: unknown } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error: unknown = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string' &&
    'code' in error &&
    typeof error.code === 'string'
  );
}

/**
 * The data of an openapi-fetch result, or an ApiError carrying the server's message. A body that is not the API's
 * error shape (a proxy's HTML page, say) becomes an error with an empty message and the status, which the UI words.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  const { data, error, response } = result;
  if (response.ok && data !== undefined) return data;
  if (isErrorBody(error)) {
    throw new ApiError(error.error.message, response.status, error.error.code, error.error.details);
  }
  throw new ApiError('', response.status, 'http_error');
}

/** 401 codes that mean "you are not (or no longer) logged in", as opposed to a refused login. */
const SIGNED_OUT_CODES = new Set(['session_ended', 'unauthenticated']);
type SignedOutListener = (code: string) => void;
const signedOutListeners = new Set<SignedOutListener>();

/** Called with the code when any query or change is refused because the session ended; returns the unsubscribe. */
export function onSignedOut(listener: SignedOutListener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

/** The query and mutation caches pass every error here; a 401 for an ended session reaches the session state. */
export function reportApiError(error: unknown): void {
  if (error instanceof ApiError && error.status === 401 && SIGNED_OUT_CODES.has(error.code)) {
    for (const listener of signedOutListeners) listener(error.code);
  }
}
