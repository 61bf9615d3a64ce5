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

/** The error answers a route may give, for its response schema. */
export const errorResponses = { 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse } as const;
