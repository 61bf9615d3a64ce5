import createClient from 'openapi-fetch';
import type { components, paths } from './openapi';

/** The typed client of the platform's HTTP API; paths and bodies come from openapi.json. */
export const api = createClient<paths>({ baseUrl: '' });

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
