import { randomUUID } from 'node:crypto';

/**
 * Intercom's error body, the same for every status: `{ type: 'error.list', request_id, errors:
 * [{ code, message }] }`. Handlers throw IntercomError; the router answers it in this shape.
 * https://developers.intercom.com/docs/references/2.15/rest-api/errors/error-objects
 * https://developers.intercom.com/docs/references/2.15/rest-api/errors/error-codes
 */
export class IntercomError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const errorBody = (code: string, message: string) => ({ type: 'error.list', request_id: randomUUID(), errors: [{ code, message }] });

export const unauthorized = () => new IntercomError(401, 'unauthorized', 'Access Token Invalid');
/** A regional stack that does not hold the token's workspace does not know the token at all. */
export const tokenNotFound = () => new IntercomError(401, 'token_not_found', 'Token not found');
export const notFound = (message = 'Resource Not Found', code = 'not_found') => new IntercomError(404, code, message);
export const badRequest = (message: string, code = 'parameter_invalid') => new IntercomError(400, code, message);
export const missing = (field: string) => new IntercomError(400, 'parameter_not_found', `${field} is required`);
export const forbidden = (message: string) => new IntercomError(403, 'action_forbidden', message);
