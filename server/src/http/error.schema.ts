import { z } from 'zod';

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string().describe('stable machine-readable code, e.g. invalid_request, not_found'),
      message: z.string().describe('what went wrong, naming the field or row'),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'ErrorResponse' });

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 429;

/** The error answers a route may give, for its response schema: `...errors(400, 404)`. */
export function errors<S extends ErrorStatus>(...statuses: S[]): Record<S, typeof ErrorResponse> {
  return Object.fromEntries(statuses.map((s) => [s, ErrorResponse])) as Record<S, typeof ErrorResponse>;
}
